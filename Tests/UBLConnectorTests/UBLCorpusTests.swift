import Canonical
import Configuration
@testable import Connectors
import Diagnostics
import Foundation
import Formats
import Mapping
import SharedFiles
import Testing

/// Reads through the `ubl` connector as a flow with `source: ubl` does (with the bundled layout
/// `ubl-order`, and `fields` over it): a file, for a kind, every result.
enum UBLRead {
    static func results(path: String, kind: DocumentKind, fields: String = "", bundled: Bool = true) throws -> [DecodeResult] {
        var settings = SourceSettings(kind: kind)
        if bundled { settings.layout = try bundledLayout(kind: kind, fields: fields) }
        var source = try UBLConnector().openSource(path: path, displayName: (path as NSString).lastPathComponent, settings: settings)
        var results: [DecodeResult] = []
        while let result = try source.next() { results.append(result) }
        return results
    }

    /// The bundled source layout of `ubl` for `kind` with `fields` (lines of a `fields:` section)
    /// over it, as `ferry check` builds it for a flow; nil for a kind without one.
    static func bundledLayout(kind: DocumentKind, fields: String = "") throws -> Layout? {
        var yaml = "flows:\n  - name: f\n    kind: \(kind.rawValue)\n    source: ubl\n"
        if !fields.isEmpty { yaml += "    fields:\n" + fields }
        let result = ConfigLoader.check(yaml: yaml, knownSystems: Set(ConnectorRegistry.builtIn.keys), systems: ConnectorRegistry.profiles)
        let flow = try #require(result.config?.flows.first, "\(result.issues)")
        return flow.systemLayout
    }

    static func one<T: CanonicalDocument>(_ path: String, kind: DocumentKind, as type: T.Type = T.self, fields: String = "",
                                         sourceLocation: SourceLocation = #_sourceLocation) throws -> T {
        let results = try results(path: path, kind: kind, fields: fields)
        #expect(results.count == 1, sourceLocation: sourceLocation)
        switch results.first {
        case .document(let document, _)?:
            return try #require(document as? T, sourceLocation: sourceLocation)
        case .failure(_, let errors, _)?:
            Issue.record("failed: \(errors)", sourceLocation: sourceLocation)
        case nil:
            Issue.record("no document", sourceLocation: sourceLocation)
        }
        throw CancellationError()
    }

    static func temporary(_ name: String, _ text: String) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ubl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }
}

/// Every UBL Order, OrderCancellation and DespatchAdvice example of the shared corpus, read in
/// place with concrete values asserted.
@Suite(.needsSharedFolder) struct UBLCorpusTests {
    static func order(_ relative: String) throws -> Order {
        try UBLRead.one(try SharedFolder.path(relative), kind: .order)
    }

    @Test(arguments: ["corpus/ubl-2.1-Order-Example.xml", "corpus/vendors/ubl/oasis-UBL-Order-2.1-Example.xml"])
    func theOASISOrderExample(relative: String) throws {
        let order = try Self.order(relative)
        #expect(order.number == "34")
        #expect(order.key.rawValue == "ubl/7300072311115/sales/34")
        #expect(order.status == .open)
        #expect(order.orderDate?.dayText == "2010-01-20")
        #expect(order.currency == "SEK")
        let buyer = try #require(order.buyer)
        #expect(buyer.companyName == "Johnssons byggvaror")
        #expect(buyer.email == "pelle@johnsson.se")
        #expect(buyer.identifiers.contains(PartyIdentifier(scheme: "GLN", value: "7300070011115")))
        #expect(buyer.identifiers.contains(PartyIdentifier(scheme: "GLN", value: "7300072311115")))
        #expect(buyer.identifiers.contains(PartyIdentifier(scheme: "VAT", value: "SE1234567801")))
        #expect(buyer.identifiers.contains(PartyIdentifier(scheme: "ID", value: "PartyID123")))
        #expect(order.seller?.companyName == "Moderna Produkter AB")
        #expect(order.shippingAddress?.city == "Stockholm")
        #expect(order.lines.count == 2)
        let first = try #require(order.lines.first)
        #expect(first.lineNumber == 1)
        #expect(first.sku == "SItemNo001")
        #expect(first.gtin == "1234567890123")
        #expect(first.description == "Falu Rödfärg")
        #expect(first.quantity == 120)
        #expect(first.unit == "LTR")
        #expect(first.unitPriceExclVat == 50)
        #expect(order.lines[1].sku == "SItemNo011")
        #expect(order.lines[1].quantity == 15)
        #expect(order.lines[1].unit == "C62")
        #expect(order.customFields["buyer-endpoint"] == "GLN:7300072311115")
    }

    @Test(arguments: ["corpus/ubl-2.0-Order-Example-International.xml", "corpus/vendors/ubl/oasis-UBL-Order-2.0-Example-International.xml"])
    func theOASISInternationalOrder(relative: String) throws {
        let order = try Self.order(relative)
        #expect(order.number == "AEG012345")
        #expect(order.orderDate == .day("2005-06-20"))
        #expect(order.buyer?.companyName == "IYT Corporation")
        #expect(order.buyer?.email == "fred@iytcorporation.gov.uk")
        #expect(order.key.rawValue == "ubl/IYT Corporation/sales/AEG012345")
        #expect(order.seller?.companyName == "Consortial")
        #expect(order.shippingAddress?.city == "Bridgtow")
        #expect(order.customFields["ubl-version"] == "2.0")
        let line = try #require(order.lines.first)
        #expect(order.lines.count == 1)
        #expect(line.sku == "17589683")
        #expect(line.gtin == nil)
        #expect(line.description == "Acme Beeswax")
        #expect(line.quantity == 100)
        #expect(line.unit == "KGM")
        #expect(line.unitPriceExclVat == Decimal(string: "10.00"))
    }

    @Test func thePeppolOrderExample() throws {
        let order = try Self.order("corpus/vendors/ubl/peppol-bis3-Order_Example.xml")
        #expect(order.number == "34")
        #expect(order.currency == "NOK")
        #expect(order.orderDate == .day("2018-09-01"))
        #expect(order.customFields["customization-id"] == "urn:fdc:peppol.eu:poacc:trns:order:3")
        let buyer = try #require(order.buyer)
        #expect(buyer.companyName == "Helseforetak")
        #expect(buyer.identifiers.first == PartyIdentifier(scheme: "0192", value: "987654325"))
        #expect(buyer.identifiers.contains(PartyIdentifier(scheme: "GLN", value: "7300010000001")))
        #expect(buyer.identifiers.contains(PartyIdentifier(scheme: "VAT", value: "NO9311867455MVA")))
        #expect(buyer.email == "post@helseforetak.no")
        #expect(order.seller?.companyName == "Medical")
        #expect(order.shippingAddress?.city == "Lørenskog")
        #expect(order.lines.map(\.sku) == ["121212", "SItemNo011"])
        #expect(order.lines.map(\.gtin) == ["7560000012345", nil])
        #expect(order.lines[0].unitPriceExclVat == 50)
        #expect(order.lines[0].unit == "EA")
        #expect(order.lines[0].description == "Needle 4mm")
    }

    @Test func thePeppolUseCaseOrders() throws {
        let uc1 = try Self.order("corpus/vendors/ubl/peppol-bis3-UC1_Order.xml")
        #expect(uc1.number == "1")
        #expect(uc1.key.rawValue == "ubl/7300010000001/sales/1")
        #expect(uc1.buyer?.companyName == "City Hospital")
        #expect(uc1.seller?.companyName == "The Supplier AB")
        #expect(uc1.lines.count == 3)
        #expect(uc1.lines[0].sku == "SN-33")
        #expect(uc1.lines[0].gtin == "05704066204093")
        #expect(uc1.lines[0].quantity == 10)
        #expect(uc1.lines[0].unit == "NAR")
        #expect(uc1.lines[0].unitPriceExclVat == 4)
        #expect(uc1.lines[1].description == "White sauce")

        let uc4 = try Self.order("corpus/vendors/ubl/peppol-bis3-UC4_Order.xml")
        #expect(uc4.number == "5")
        #expect(uc4.buyer?.identifiers.first == PartyIdentifier(scheme: "0007", value: "5541277710"))
        #expect(uc4.buyer?.identifiers.contains(PartyIdentifier(scheme: "VAT", value: "SE554127771101")) == true)
        #expect(uc4.seller?.companyName == "Cod Liver Oil Limited")
        #expect(uc4.lines.map(\.description) == ["Snow shovel"])
        #expect(uc4.lines[0].quantity == 50)

        let uc5 = try Self.order("corpus/vendors/ubl/peppol-bis3-UC5_Order.xml")
        #expect(uc5.number == "5")
        #expect(uc5.currency == "SEK")
        #expect(uc5.orderDate == .day("2019-09-30"))
        #expect(uc5.buyer?.companyName == "Region West")
        #expect(uc5.shippingAddress?.city == "Borås")
        #expect(uc5.lines.count == 3)
        #expect(uc5.lines[1].sku == "111125")
        #expect(uc5.lines[1].description == "Waste bags 2,5 lit")
        #expect(uc5.lines[1].unitPriceExclVat == 6)
        // Both examples come from the buyer with Swedish organisation number 5541277710 (its
        // EndpointID): one key, so the second would be that buyer's order 5 again.
        #expect(uc4.key.rawValue == "ubl/5541277710/sales/5")
        #expect(uc5.key == uc4.key)
    }

    @Test(arguments: ["corpus/ubl-2.1-OrderCancellation-Example.xml", "corpus/vendors/ubl/oasis-UBL-OrderCancellation-2.1-Example.xml"])
    func theOASISCancellation(relative: String) throws {
        let order = try Self.order(relative)
        #expect(order.number == "34")
        #expect(order.status == .cancelled)
        #expect(order.key.rawValue == "ubl/7300072311115/sales/34")
        #expect(order.customFields["cancellation-id"] == "7")
        #expect(order.customFields["cancellation-note"] == "With reference to phone call")
        #expect(order.buyer?.companyName == "Johnssons byggvaror")
        #expect(order.lines.isEmpty)
        // The cancellation names the same buyer as the order: it has the order's key.
        let original = try Self.order("corpus/vendors/ubl/oasis-UBL-Order-2.1-Example.xml")
        #expect(original.key == order.key)
    }

    @Test func thePeppolCancellation() throws {
        let order = try Self.order("corpus/vendors/ubl/peppol-bis3-OrderCancellation_Example.xml")
        #expect(order.number == "Order-1")
        #expect(order.status == .cancelled)
        #expect(order.customFields["cancellation-id"] == "Cancellation-1")
        #expect(order.customFields["profile-id"] == "urn:fdc:peppol.eu:poacc:bis:advanced_ordering:3")
        #expect(order.buyer?.companyName == "City Hospital 345433")
        #expect(order.buyer?.identifiers.first == PartyIdentifier(scheme: "GLN", value: "7300010000001"))
        #expect(order.seller?.companyName == "The Supplier AB")
    }

    static func shipment(_ relative: String) throws -> Shipment {
        try UBLRead.one(try SharedFolder.path(relative), kind: .shipment)
    }

    @Test(arguments: ["corpus/ubl-2.0-DespatchAdvice-Example.xml", "corpus/vendors/ubl/oasis-UBL-DespatchAdvice-2.0-Example.xml"])
    func theOASISDespatchAdvice(relative: String) throws {
        let shipment = try Self.shipment(relative)
        #expect(shipment.orderNumber == "AEG012345")
        // No carrier tracking id in the example: the despatch advice's id stands for it.
        #expect(shipment.trackingNumber == "565899")
        #expect(shipment.carrier == nil)
        #expect(shipment.shippedAt.map(ISODate.format) == "2005-06-20T00:00:00Z")
        #expect(shipment.key.rawValue == "ubl/AEG012345/565899")
    }

    @Test func thePeppolDespatchAdvice() throws {
        let shipment = try Self.shipment("corpus/vendors/ubl/peppol-bis3-DespatchAdvice_Example.xml")
        #expect(shipment.orderNumber == "AEG012345")
        #expect(shipment.trackingNumber == "456789")
        #expect(shipment.carrier == "Name")
        #expect(shipment.shippedAt.map(ISODate.format) == "2018-09-25T13:00:00Z")
    }

    @Test(arguments: 1...4)
    func thePeppolDespatchSnippets(number: Int) throws {
        let shipment = try Self.shipment("corpus/vendors/ubl/peppol-bis3-despatch-snippet-30-\(number).xml")
        #expect(shipment.orderNumber == "4321")
        #expect(shipment.trackingNumber == "1234")
        #expect(shipment.carrier == "CarrierPart")
        #expect(shipment.shippedAt.map(ISODate.format) == "2013-03-13T08:00:00Z")
        #expect(shipment.sourceSystem == "ubl")
    }

    /// The bundled table (`ubl-order`) reads every Order example exactly as the connector's own
    /// code does: the table is the same mapping, made data.
    @Test(arguments: [
        "corpus/ubl-2.1-Order-Example.xml", "corpus/ubl-2.0-Order-Example-International.xml",
        "corpus/vendors/ubl/peppol-bis3-Order_Example.xml", "corpus/vendors/ubl/peppol-bis3-UC1_Order.xml",
        "corpus/vendors/ubl/peppol-bis3-UC4_Order.xml", "corpus/vendors/ubl/peppol-bis3-UC5_Order.xml",
    ])
    func theBundledTableReadsEachOrderAsTheCodeDoes(relative: String) throws {
        let path = try SharedFolder.path(relative)
        let layout = try #require(try UBLRead.bundledLayout(kind: .order))
        #expect(layout.name == "ubl-order")
        #expect(try UBLRead.bundledLayout(kind: .shipment) == nil)
        let withTable: Order = try UBLRead.one(path, kind: .order)
        let code = try UBLRead.results(path: path, kind: .order, bundled: false)
        guard case .document(let document, _)? = code.first, let inCode = document as? Order else {
            Issue.record("\(relative): \(code)")
            return
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        #expect(String(decoding: try encoder.encode(withTable), as: UTF8.self) == String(decoding: try encoder.encode(inCode), as: UTF8.self))
    }

    /// `fields:` over the bundled table: a row replaced, a row added, a path selecting nothing.
    @Test func fieldsOverrideTheBundledTable() throws {
        let path = try SharedFolder.path("corpus/vendors/ubl/peppol-bis3-Order_Example.xml")
        let fields = """
                  lines.sku: cac:Item/cac:BuyersItemIdentification/cbc:ID
                  customFields.accounting-cost: cbc:AccountingCost
                  currency: cbc:PricingCurrencyCode

            """
        let order: Order = try UBLRead.one(path, kind: .order, fields: fields)
        let plain: Order = try UBLRead.one(path, kind: .order)
        // Line 1 names the buyer's item id, line 2 does not: its SKU is then left out.
        #expect(order.lines.map(\.sku) == plain.lines.map { $0.customFields["buyers-item-id"] })
        #expect(order.lines.first?.sku != nil && order.lines.last?.sku == nil)
        #expect(plain.lines.map(\.sku) == ["121212", "SItemNo011"])
        #expect(order.customFields["accounting-cost"] == "Project123")
        #expect(plain.currency == "NOK" && order.currency == nil)
        #expect(order.buyer == plain.buyer && order.orderDate == plain.orderDate, "what the code reads stays")
    }

    @Test func anOrderResponseInAnOrderFlowIsNamedNotGuessed() throws {
        let results = try UBLRead.results(path: try SharedFolder.path("corpus/vendors/ubl/oasis-UBL-OrderResponseSimple-2.1-Example.xml"), kind: .order)
        guard case .failure(_, let errors, _)? = results.first else {
            Issue.record("expected a failure: \(results)")
            return
        }
        #expect(errors.first?.code == .ublNotExpectedDocument)
        #expect(errors.first?.arguments["found"] == "OrderResponseSimple")
    }
}
