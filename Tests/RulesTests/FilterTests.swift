import Canonical
import Connectors
import Diagnostics
import Foundation
import Formats
import Rules
import Testing

@Suite struct FilterTests {
    let now = Date(timeIntervalSince1970: 1_790_000_000)  // 2026-09-21

    func reason(_ filter: FilterSpec, _ document: any CanonicalDocument) -> String? {
        FlowRules(filters: [filter]).filterReason(for: document, tree: { CanonicalTree.tree(of: document) }, now: now)?.text(in: .en)
    }

    func path(_ text: String) throws -> FieldPath { try #require(FieldPath(text)) }

    var sample: Order {
        Order(
            number: "SO-1", status: .processing, orderDate: .instant(now.addingTimeInterval(-10 * 86_400)),
            buyer: Party(email: "Anouk@Korenbloem.nl"), shippingAddress: Address(country: "BE"),
            lines: [OrderLine(sku: "A-1", quantity: 1, vatRate: 21), OrderLine(sku: "B-2", quantity: 2)],
            customFields: ["syncToProductFlow": "Ja", "channel": "web"])
    }

    @Test func statusKeepsListedStatusesAndSaysWhichOneItWas() {
        #expect(reason(.status(["open", "processing"]), sample) == nil)
        var shipped = sample
        shipped.status = .shipped
        #expect(reason(.status(["open", "processing"]), shipped) == "filter status: status is shipped, not one of open, processing")
        shipped.status = nil
        #expect(reason(.status(["open"]), shipped)?.contains("no status") == true)
    }

    @Test func orderDateWithinDaysCountsBackFromTheEngineClock() {
        #expect(reason(.orderDateWithinDays(30), sample) == nil)
        #expect(reason(.orderDateWithinDays(10), sample) == nil)  // exactly 10 days: still inside
        let late = reason(.orderDateWithinDays(9), sample)
        #expect(late == "filter order-date-within-days: ordered 2026-09-11, more than 9 days before 2026-09-21")
        var undated = sample
        undated.orderDate = nil
        #expect(reason(.orderDateWithinDays(30), undated)?.contains("no order date") == true)
    }

    /// A calendar day counts whole: the day 10 days back is inside `10` days at any hour of
    /// today (its midnight UTC is earlier than now minus 10 × 24 h when now is after midnight).
    @Test func orderDateWithinDaysCountsACalendarDayWhole() {
        var order = sample
        order.orderDate = .day("2026-09-11")
        #expect(reason(.orderDateWithinDays(10), order) == nil)
        #expect(reason(.orderDateWithinDays(9), order) == "filter order-date-within-days: ordered 2026-09-11, more than 9 days before 2026-09-21")
    }

    @Test func flagAcceptsTheUsualYesValues() throws {
        let flag = FilterSpec.flag(try path("customFields.syncToProductFlow"))
        for value in ["true", "1", "yes", "JA", "y", " Y "] {
            var order = sample
            order.customFields["syncToProductFlow"] = value
            #expect(reason(flag, order) == nil, "\(value)")
        }
        for value in ["false", "0", "nee", "maybe"] {
            var order = sample
            order.customFields["syncToProductFlow"] = value
            #expect(reason(flag, order) == "filter flag customFields.syncToProductFlow: \"\(value)\", not a yes value")
        }
        #expect(reason(.flag(try path("customFields.other")), sample) == "filter flag customFields.other: absent, not a yes value")
    }

    @Test func fieldComparisonsReadTheCanonicalTree() throws {
        #expect(reason(.field(try path("buyer.email"), .equals("anouk@korenbloem.nl")), sample) == nil)
        #expect(reason(.field(try path("shippingAddress.country"), .oneOf(["NL", "BE"])), sample) == nil)
        #expect(reason(.field(try path("shippingAddress.country"), .noneOf(["BE"])), sample)
            == "filter field shippingAddress.country not-in [BE]: value \"BE\"")
        #expect(reason(.field(try path("customFields.channel"), .notEquals("shop")), sample) == nil)
        #expect(reason(.field(try path("buyer.phone"), .exists(false)), sample) == nil)
        #expect(reason(.field(try path("buyer.phone"), .exists(true)), sample) == "filter field buyer.phone exists true: value absent")
        #expect(reason(.field(try path("buyer"), .exists(true)), sample) == nil)
        #expect(reason(.field(try path("lines[0].vatRate"), .equals("21.00")), sample) == nil)
    }

    @Test func aListPathMatchesAnyItemOrTheOneIndexed() throws {
        let pattern = try #require(FieldPattern("B-[0-9]+"))
        #expect(reason(.field(try path("lines[*].sku"), .matches(pattern)), sample) == nil)
        #expect(reason(.field(try path("lines.sku"), .equals("B-2")), sample) == nil)
        #expect(reason(.field(try path("lines[0].sku"), .matches(pattern)), sample) != nil)
        #expect(reason(.field(try path("lines[1].sku"), .matches(pattern)), sample) == nil)
        #expect(reason(.field(try path("lines[*].sku"), .notEquals("B-2")), sample) != nil)
    }

    @Test func filtersStopAtTheFirstThatLeavesTheDocumentOut() throws {
        let rules = FlowRules(filters: [.status(["open"]), .orderDateWithinDays(1)])
        var built = 0
        let reason = rules.filterReason(for: sample, tree: { built += 1; return nil }, now: now)
        #expect(reason?.text(in: .en).hasPrefix("filter status:") == true)
        #expect(built == 0)  // neither filter reads fields
    }

    @Test func fieldPathsParseNamesWithListSelectors() throws {
        #expect(try path("buyer.identifiers[0].value").steps.map(\.selector) == [nil, .index(0), nil])
        #expect(try path("lines[*].sku").dotted == "lines.sku")
        for bad in ["", "lines[", "lines[x].sku", "a..b", "lines[-1]", "buyer email", ".sku"] {
            #expect(FieldPath(bad) == nil, "\(bad)")
        }
    }

    @Test func canonicalFieldsKnowEveryFieldTheTreeCanHold() throws {
        let full: [any CanonicalDocument] = [
            Order(
                number: "1", sourceCompany: "c", status: .open, approval: .approved, sourceStatus: "s", orderDate: .instant(now),
                currency: "EUR", buyer: Self.party, seller: Self.party, billingAddress: Self.address,
                shippingAddress: Self.address,
                lines: [
                    OrderLine(
                        lineNumber: 1, sku: "a", gtin: "g", supplierArticleCode: "s", description: "d", quantity: 1,
                        unit: "u", unitPriceExclVat: 1, unitPriceInclVat: 1, vatRate: 1, vatCode: "v", discount: 1,
                        hsCode: "h", countryOfOrigin: "NL", weight: 1, customFields: ["x": "y"]),
                ],
                shippingMethod: "m", shippingCost: 1, paymentMethod: "p", paymentTerms: "t",
                discounts: [Discount(code: "c", description: "d", amount: 1)], warehouse: "w", notes: "n",
                customFields: ["x": "y"]),
            Article(
                sku: "a", gtin: "g", supplierCodes: [SupplierCode(supplier: "s", code: "c")], name: "n",
                shortDescription: "s", longDescription: "l", priceExclVat: 1, priceInclVat: 1, vatRate: 1, vatCode: "v",
                costPrice: 1, currency: "EUR", stockAvailable: 1, stockReserved: 1, unit: "u", weight: 1, hsCode: "h",
                countryOfOrigin: "NL", brand: "b", categories: ["c"], imageURLs: ["i"], attributes: ["k": "v"],
                parentSku: "p", customFields: ["x": "y"], updatedAt: now),
            StockLevel(sku: "a", warehouse: "w", available: 1, reserved: 1, asOfDate: now),
            Shipment(orderNumber: "1", trackingNumber: "t", carrier: "c", trackingURL: "u", shippedAt: now),
        ]
        for document in full {
            let tree = try #require(CanonicalTree.tree(of: document))
            let leaves = Self.leaves(tree, prefix: "")
            #expect(leaves.count > 4)
            for leaf in leaves {
                #expect(CanonicalFields.contains(try path(leaf), kind: document.kind), "\(document.kind) \(leaf)")
            }
        }
        #expect(!CanonicalFields.contains(try path("buyer.emial"), kind: .order))
        #expect(!CanonicalFields.contains(try path("number[0]"), kind: .order))
        #expect(!CanonicalFields.contains(try path("customFields.a.b"), kind: .order))
        #expect(CanonicalFields.contains(try path("customFields.anything"), kind: .order))
        #expect(!CanonicalFields.contains(try path("status"), kind: .article))
    }

    static let party = Party(
        number: "n", identifiers: [PartyIdentifier(scheme: "GLN", value: "1")], companyName: "c", contactName: "c",
        email: "e", phone: "p")
    static let address = Address(
        name: "n", companyName: "c", street: "s", houseNumber: "1", houseNumberAddition: "a", postalCode: "p", city: "c",
        region: "r", country: "NL", servicePointId: "s")

    /// Paths of every scalar in a tree, lists written `[*]`.
    static func leaves(_ node: Node, prefix: String) -> [String] {
        switch node.value {
        case .object(let children):
            return children.flatMap { leaves($0.value, prefix: prefix.isEmpty ? $0.key : prefix + "." + $0.key) }
        case .array(let items):
            return items.prefix(1).flatMap { leaves($0, prefix: prefix + "[*]") }
        default:
            return [prefix]
        }
    }
}
