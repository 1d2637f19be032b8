import Canonical
@testable import Connectors
import Diagnostics
import Foundation
import Formats
import Mapping
import SharedFiles
import Testing

enum UBLSamples {
    /// A purchase order as the ERP gives it (invented values).
    static func purchaseOrder(lines: [OrderLine]? = nil, status: Order.Status = .placed) -> Order {
        Order(
            number: "PO-26-0412", orderKind: .purchase, status: status, orderDate: .day("2026-12-01"), currency: "EUR",
            buyer: Party(number: "K-0088", identifiers: [PartyIdentifier(scheme: "GLN", value: "8712345000004"),
                                                          PartyIdentifier(scheme: "VAT", value: "NL812345678B01")],
                         companyName: "Tuinhuis Vermeer BV", contactName: "Ilse Vermeer", email: "inkoop@tuinhuis-vermeer.nl"),
            seller: Party(number: "groenrijk", identifiers: [PartyIdentifier(scheme: "GLN", value: "5412345000013")],
                          companyName: "Groenrijk Groothandel NV"),
            billingAddress: Address(companyName: "Tuinhuis Vermeer BV", street: "Veilingweg", houseNumber: "4", houseNumberAddition: "B",
                                    postalCode: "2651 BE", city: "Berkel en Rodenrijs", country: "NL"),
            shippingAddress: Address(companyName: "Tuinhuis Vermeer magazijn", street: "Klapwijkseweg", houseNumber: "77",
                                     postalCode: "2651 LK", city: "Berkel en Rodenrijs", country: "NL"),
            lines: lines ?? [
                OrderLine(lineNumber: 1, sku: "POT-TERRA-30", gtin: "8712345110307", supplierArticleCode: "GR-77120",
                          description: "Terracotta pot 30 cm", quantity: 24, unit: "pcs", unitPriceExclVat: Decimal(string: "6.35"),
                          vatRate: 21, countryOfOrigin: "IT"),
                OrderLine(lineNumber: 2, sku: "SOIL-40L", supplierArticleCode: "GR-30040", description: "Potgrond 40 l",
                          quantity: 60, unitPriceExclVat: Decimal(string: "2.10"), vatRate: 9, hsCode: "25309000"),
            ],
            notes: "Levering via dock 3")
    }

    static func settings(_ options: [String: ConnectorOptions.Value] = [:]) -> TargetSettings {
        TargetSettings(kind: .order, format: .xml, options: ConnectorOptions(values: options))
    }
}

@Suite struct UBLWritingTests {
    @Test func aPlacedPurchaseOrderBecomesAUBLOrder() throws {
        let payload = try UBLConnector().payload(for: [UBLSamples.purchaseOrder()], settings: UBLSamples.settings())
        #expect(payload.fileExtension == "ubl-order.xml")
        let xml = String(decoding: payload.bytes, as: UTF8.self)
        #expect(xml.contains("<Order xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Order-2\""))
        #expect(xml.contains("<cbc:ID>PO-26-0412</cbc:ID>"))
        #expect(xml.contains("<cbc:IssueDate>2026-12-01</cbc:IssueDate>"))
        #expect(xml.contains("<cbc:EndpointID schemeID=\"0088\">5412345000013</cbc:EndpointID>"))
        #expect(xml.contains("<cbc:CompanyID>NL812345678B01</cbc:CompanyID>"))
        #expect(xml.contains("<cbc:Quantity unitCode=\"C62\">24</cbc:Quantity>"))
        #expect(xml.contains("<cbc:LineExtensionAmount currencyID=\"EUR\">152.4</cbc:LineExtensionAmount>"))
        #expect(xml.contains("<cbc:ID>GR-77120</cbc:ID>"))
        #expect(xml.contains("<cbc:ID schemeID=\"0160\">8712345110307</cbc:ID>"))
        #expect(xml.contains("<cbc:ItemClassificationCode listID=\"HS\">25309000</cbc:ItemClassificationCode>"))
        #expect(xml.contains("<cbc:BuildingNumber>4 B</cbc:BuildingNumber>"))
        #expect(UBLConnector().events(for: UBLSamples.purchaseOrder()) == [.created])
    }

    @Test func aLineWithNeitherGTINNorSupplierCodeFailsTheOrderNamingTheLine() throws {
        let lines = [
            OrderLine(lineNumber: 1, sku: "POT-TERRA-30", gtin: "8712345110307", quantity: 2),
            OrderLine(lineNumber: 2, sku: "RAKE-WOOD", quantity: 1),
            OrderLine(lineNumber: 3, supplierArticleCode: "GR-1", quantity: 1),
            OrderLine(lineNumber: 4, description: "Losse hark", quantity: 1),
        ]
        let error = try #require(throws: FerryError.self) {
            try UBLConnector().payload(for: [UBLSamples.purchaseOrder(lines: lines)], settings: UBLSamples.settings())
        }
        #expect(error.code == .ublLineUnidentified)
        #expect(error.arguments["lines"] == "2 (RAKE-WOOD), 4 (Losse hark)")
        #expect(error.arguments["supplier"] == "groenrijk")
        #expect(error.location?.field == "lines[1].supplierArticleCode")
        #expect(error.message(in: .de).contains("2 (RAKE-WOOD), 4 (Losse hark)"))
    }

    @Test func onlyPlacedPurchaseOrdersGoToTheSupplier() throws {
        let error = try #require(throws: FerryError.self) {
            try UBLConnector().payload(for: [UBLSamples.purchaseOrder(status: .open)], settings: UBLSamples.settings())
        }
        #expect(error.code == .ublNotPlaced)
        #expect(error.arguments["status"] == "open")
    }

    @Test(.needsSharedFolder, arguments: [false, true])
    func everyGeneratedOrderValidatesAgainstTheUBL21OrderSchema(peppol: Bool) throws {
        let schema = try XMLSchema.load(path: try SharedFolder.path(SharedFolder.ublOrderSchema), displayName: "UBL-Order-2.1.xsd")
        var options: [String: ConnectorOptions.Value] = [:]
        if peppol {
            options["customization-id"] = .text("urn:fdc:peppol.eu:poacc:trns:order:3")
            options["profile-id"] = .text("urn:fdc:peppol.eu:poacc:bis:order_only:3")
            options["gtin-scheme"] = .text("GTIN")
        }
        let orders = [
            UBLSamples.purchaseOrder(),
            UBLSamples.purchaseOrder(lines: [OrderLine(supplierArticleCode: "GR-1", quantity: 1)]),
            Order(number: "PO-MIN", orderKind: .purchase, status: .placed, orderDate: .instant(Date(timeIntervalSince1970: 1_790_000_000)),
                  buyer: Party(companyName: "Koper"), seller: Party(number: "s-1"),
                  lines: [OrderLine(gtin: "8712345110307", quantity: Decimal(string: "2.5") ?? 0, unit: "kg")]),
        ]
        for order in orders {
            let payload = try UBLConnector().payload(for: [order], settings: UBLSamples.settings(options))
            let problems = schema.validate(payload.bytes, payloadName: "order \(order.number)")
            #expect(problems.isEmpty, "\(order.number): \(problems.map(\.description))\n\(String(decoding: payload.bytes, as: UTF8.self))")
        }
    }

    @Test func aCustomerOrderIsAnsweredWithAnOrderResponseSimple() throws {
        let path = try UBLRead.temporary("order.xml", UBLFixtures.customerOrder)
        var order: Order = try UBLRead.one(path, kind: .order)
        let settings = UBLSamples.settings(["document": .text("order-response")])
        let payload = try UBLConnector().payload(for: [order], settings: settings)
        #expect(payload.fileExtension == "ubl-order-response.xml")
        let xml = String(decoding: payload.bytes, as: UTF8.self)
        #expect(xml.contains("<OrderResponseSimple xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:OrderResponseSimple-2\""))
        #expect(xml.contains("<cbc:AcceptedIndicator>true</cbc:AcceptedIndicator>"))
        #expect(xml.contains("<cac:OrderReference>\n    <cbc:ID>SO-BV-2291</cbc:ID>"))
        #expect(xml.contains("<cbc:EndpointID schemeID=\"0088\">8712345000042</cbc:EndpointID>"))
        #expect(!xml.contains("RejectionNote"))
        // Only the issue day differs between renderings: "changed" ignores it.
        #expect(String(decoding: payload.stableBytes, as: UTF8.self).contains("<cbc:IssueDate>0000-00-00</cbc:IssueDate>"))

        order.approval = .rejected
        order.customFields["rejection-reason"] = "Artikel SOIL-40L niet meer leverbaar"
        let rejected = String(decoding: try UBLConnector().payload(for: [order], settings: settings).bytes, as: UTF8.self)
        #expect(rejected.contains("<cbc:AcceptedIndicator>false</cbc:AcceptedIndicator>"))
        #expect(rejected.contains("<cbc:RejectionNote>Artikel SOIL-40L niet meer leverbaar</cbc:RejectionNote>"))
    }

    /// The OASIS release has the OrderResponseSimple schema too: every response Ferry writes,
    /// accepted and rejected, from a customer's order and from the OASIS and Peppol examples,
    /// validates against it.
    @Test(.needsSharedFolder) func everyOrderResponseValidatesAgainstTheUBL21OrderResponseSimpleSchema() throws {
        let schema = try XMLSchema.load(
            path: try SharedFolder.path("reference/xsd/ubl-2.1/maindoc/UBL-OrderResponseSimple-2.1.xsd"),
            displayName: "UBL-OrderResponseSimple-2.1.xsd")
        var orders: [Order] = [try UBLRead.one(try UBLRead.temporary("order.xml", UBLFixtures.customerOrder), kind: .order)]
        for relative in ["corpus/ubl-2.1-Order-Example.xml", "corpus/vendors/ubl/peppol-bis3-Order_Example.xml"] {
            orders.append(try UBLRead.one(try SharedFolder.path(relative), kind: .order))
        }
        var rejected = orders[0]
        rejected.approval = .rejected
        rejected.customFields["rejection-reason"] = "Artikel SOIL-40L niet meer leverbaar"
        orders.append(rejected)
        for options in [["document": ConnectorOptions.Value.text("order-response")],
                        ["document": .text("order-response"), "profile-id": .text("urn:fdc:peppol.eu:poacc:bis:ordering:3")]] {
            for order in orders {
                let payload = try UBLConnector().payload(for: [order], settings: UBLSamples.settings(options))
                let problems = schema.validate(payload.bytes, payloadName: "response to \(order.number)")
                #expect(problems.isEmpty, "\(order.number): \(problems.map(\.description))\n\(String(decoding: payload.bytes, as: UTF8.self))")
            }
        }
        // The check is live: a response is not an Order.
        let order = try XMLSchema.load(path: try SharedFolder.path(SharedFolder.ublOrderSchema), displayName: "UBL-Order-2.1.xsd")
        let response = try UBLConnector().payload(for: [orders[0]], settings: UBLSamples.settings(["document": .text("order-response")]))
        #expect(!order.validate(response.bytes, payloadName: "response").isEmpty)
    }

    @Test func aCancellationIsSkippedBeforeExportAndAnAmendmentAfter() throws {
        let path = try UBLRead.temporary("cancel.xml", UBLFixtures.cancellation)
        let cancelled: Order = try UBLRead.one(path, kind: .order)
        #expect(cancelled.status == .cancelled)
        #expect(UBLConnector().events(for: cancelled).isEmpty)
        guard case .skip(let reason)? = UBLCancellation.decide(cancelled, exportedEvents: []) else {
            Issue.record("expected skip")
            return
        }
        #expect(reason.key == .ublCancelledBeforeExport)
        #expect(reason.arguments["cancellation"] == "CX-2291")
        guard case .amendment(let note)? = UBLCancellation.decide(cancelled, exportedEvents: [.created]) else {
            Issue.record("expected amendment")
            return
        }
        #expect(note.text(in: .fr).contains("SO-BV-2291"))
        let open: Order = try UBLRead.one(try UBLRead.temporary("o.xml", UBLFixtures.customerOrder), kind: .order)
        #expect(UBLCancellation.decide(open, exportedEvents: []) == nil)
        #expect(open.key == cancelled.key)
    }
}

/// Invented UBL documents in the shapes customers send (values of our own).
enum UBLFixtures {
    static let customerOrder = """
        <?xml version="1.0" encoding="UTF-8"?>
        <ubl:Order xmlns:ubl="urn:oasis:names:specification:ubl:schema:xsd:Order-2"
            xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
            xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
          <cbc:CustomizationID>urn:fdc:peppol.eu:poacc:trns:order:3</cbc:CustomizationID>
          <cbc:ProfileID>urn:fdc:peppol.eu:poacc:bis:ordering:3</cbc:ProfileID>
          <cbc:ID>SO-BV-2291</cbc:ID>
          <cbc:IssueDate>2026-12-02</cbc:IssueDate>
          <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
          <cac:BuyerCustomerParty><cac:Party>
            <cbc:EndpointID schemeID="0088">8712345000042</cbc:EndpointID>
            <cac:PartyName><cbc:Name>Bloemenhal Vos</cbc:Name></cac:PartyName>
          </cac:Party></cac:BuyerCustomerParty>
          <cac:SellerSupplierParty><cac:Party>
            <cbc:EndpointID schemeID="0088">8712345000004</cbc:EndpointID>
            <cac:PartyName><cbc:Name>Tuinhuis Vermeer BV</cbc:Name></cac:PartyName>
          </cac:Party></cac:SellerSupplierParty>
          <cac:OrderLine><cac:LineItem>
            <cbc:ID>1</cbc:ID>
            <cbc:Quantity unitCode="C62">4</cbc:Quantity>
            <cac:Price><cbc:PriceAmount currencyID="EUR">12.95</cbc:PriceAmount></cac:Price>
            <cac:Item><cbc:Name>Terracotta pot 30 cm</cbc:Name>
              <cac:SellersItemIdentification><cbc:ID>POT-TERRA-30</cbc:ID></cac:SellersItemIdentification>
            </cac:Item>
          </cac:LineItem></cac:OrderLine>
        </ubl:Order>
        """

    static let cancellation = """
        <?xml version="1.0" encoding="UTF-8"?>
        <OrderCancellation xmlns="urn:oasis:names:specification:ubl:schema:xsd:OrderCancellation-2"
            xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
            xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
          <cbc:ID>CX-2291</cbc:ID>
          <cbc:IssueDate>2026-12-03</cbc:IssueDate>
          <cbc:CancellationNote>Dubbel besteld</cbc:CancellationNote>
          <cac:OrderReference><cbc:ID>SO-BV-2291</cbc:ID></cac:OrderReference>
          <cac:BuyerCustomerParty><cac:Party>
            <cbc:EndpointID schemeID="0088">8712345000042</cbc:EndpointID>
          </cac:Party></cac:BuyerCustomerParty>
          <cac:SellerSupplierParty><cac:Party>
            <cbc:EndpointID schemeID="0088">8712345000004</cbc:EndpointID>
          </cac:Party></cac:SellerSupplierParty>
        </OrderCancellation>
        """
}

@Suite struct UBLReadingErrorTests {
    @Test func aCancellationWithoutOrderReferenceFailsAtTheElement() throws {
        let text = UBLFixtures.cancellation.replacingOccurrences(of: "<cac:OrderReference><cbc:ID>SO-BV-2291</cbc:ID></cac:OrderReference>", with: "")
        let results = try UBLRead.results(path: try UBLRead.temporary("c.xml", text), kind: .order)
        guard case .failure(_, let errors, _)? = results.first else {
            Issue.record("expected a failure: \(results)")
            return
        }
        #expect(errors.map(\.code) == [.mapRequiredFieldMissing])
        #expect(errors.first?.location?.field == "OrderReference/ID")
    }

    @Test func anOrderWithABadQuantityOrNoLinesFailsNamingTheElement() throws {
        let bad = UBLFixtures.customerOrder.replacingOccurrences(of: ">4</cbc:Quantity>", with: ">vier</cbc:Quantity>")
        let results = try UBLRead.results(path: try UBLRead.temporary("o.xml", bad), kind: .order)
        guard case .failure(let key, let errors, _)? = results.first else {
            Issue.record("expected a failure: \(results)")
            return
        }
        #expect(key == "ubl/8712345000042/sales/SO-BV-2291")
        #expect(errors.map(\.code) == [.mapInvalidDecimal])
        #expect(errors.first?.arguments["value"] == "vier")
        #expect(errors.first?.location?.line == 20)

        let empty = UBLFixtures.customerOrder.replacingOccurrences(of: "<cac:OrderLine>", with: "<cac:Ignored>")
            .replacingOccurrences(of: "</cac:OrderLine>", with: "</cac:Ignored>")
        guard case .failure(_, let none, _)? = try UBLRead.results(path: try UBLRead.temporary("e.xml", empty), kind: .order).first else {
            Issue.record("expected a failure")
            return
        }
        #expect(none.first?.arguments["field"] == "OrderLine")
    }

    @Test func aDespatchAdviceInAnOrderFlowAndANonUBLFileAreNamed() throws {
        let despatch = try UBLRead.results(path: try UBLRead.temporary("d.xml", """
            <DespatchAdvice xmlns="urn:oasis:names:specification:ubl:schema:xsd:DespatchAdvice-2"><ID>1</ID></DespatchAdvice>
            """), kind: .order)
        guard case .failure(_, let errors, _)? = despatch.first else {
            Issue.record("expected a failure")
            return
        }
        #expect(errors.first?.code == .ublNotExpectedDocument)
        #expect(errors.first?.message(in: .nl).contains("DespatchAdvice") == true)
        let other = try UBLRead.results(path: try UBLRead.temporary("x.xml", "<Order xmlns=\"urn:example:not-ubl\"><ID>1</ID></Order>"), kind: .order)
        guard case .failure(_, let wrong, _)? = other.first else {
            Issue.record("expected a failure")
            return
        }
        #expect(wrong.first?.arguments["namespace"] == "urn:example:not-ubl")
        let noOrder = try UBLRead.results(path: try UBLRead.temporary("n.xml", """
            <DespatchAdvice xmlns="urn:oasis:names:specification:ubl:schema:xsd:DespatchAdvice-2" \
            xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"><cbc:ID>DA-9</cbc:ID></DespatchAdvice>
            """), kind: .shipment)
        guard case .failure(_, let missing, _)? = noOrder.first else {
            Issue.record("expected a failure")
            return
        }
        #expect(missing.first?.code == .ublDespatchWithoutOrder)
        #expect(missing.first?.arguments["despatch"] == "DA-9")
    }
}
