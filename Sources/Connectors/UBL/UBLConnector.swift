import Canonical
import Diagnostics
import Foundation
import Formats
import Mapping

/// UBL 2.1 business documents for B2B order exchange (docs/connectors/ubl.md). Reads a
/// customer's `Order` (a sales order), `OrderCancellation` (that order, cancelled) and a
/// supplier's `DespatchAdvice` (a shipment); writes a supplier `Order` for each placed purchase
/// order (`….ubl-order.xml`), or, with `document: order-response`, an `OrderResponseSimple`
/// for each customer order (`….ubl-order-response.xml`).
public struct UBLConnector: Connector {
    public init() {}

    public var system: String { UBLProfile.name }
    public var profile: SystemProfile { UBLProfile.profile }

    public func openSource(path: String, displayName: String, settings: SourceSettings) throws -> any DocumentSource {
        guard settings.kind == .order || settings.kind == .shipment else {
            throw FerryError(.mapUnsupportedKind, at: Location(file: displayName), ["kind": settings.kind.rawValue, "system": system])
        }
        return try UBLSource(path: path, displayName: displayName, settings: settings)
    }

    public func payload(for documents: [any CanonicalDocument], settings: TargetSettings) throws -> Payload {
        guard documents.count == 1, let order = documents.first as? Order else {
            throw FerryError(.mapUnsupportedKind, at: nil, ["kind": documents.first?.kind.rawValue ?? settings.kind.rawValue, "system": system])
        }
        let options = UBLProfile.TargetOptions(settings.options)
        let writer = XMLWriter(indent: true, namespaces: UBLTree.namespaces)
        switch options.document {
        case .order:
            guard order.status == .placed else {
                throw FerryError(.ublNotPlaced, at: ublAt(order, "status"),
                                 ["order": order.number, "status": order.status?.rawValue ?? "-"])
            }
            let tree = try UBLOrderWriter(options: options).order(order)
            return Payload(bytes: writer.write(tree, rootName: "Order", namespace: UBLDocumentReading.namespace("Order")),
                           endpoint: "ubl-order", format: "xml")
        case .orderResponse:
            // The issue day is the only volatile value: "changed" compares the response without it.
            let render = { (issued: String) throws -> [UInt8] in
                let tree = try UBLResponseWriter(options: options).response(order, issued: issued)
                return writer.write(tree, rootName: "OrderResponseSimple", namespace: UBLDocumentReading.namespace("OrderResponseSimple"))
            }
            let today = String(ISODate.format(Date()).prefix(10))
            return Payload(bytes: try render(today), endpoint: "ubl-order-response", format: "xml",
                           stableBytes: try render("0000-00-00"))
        }
    }

    /// A supplier order: `created` for a placed purchase order. A response: `created` for each
    /// customer order that is not cancelled (a cancellation is not answered).
    public func events(for document: any CanonicalDocument) -> [EventName] {
        guard let order = document as? Order else { return [] }
        return order.status == .cancelled ? [] : [.created]
    }

    /// An order response target remembers a customer's cancellation of an order it never
    /// answered and answers nothing for that order arriving afterwards (`UBLCancellation`); a
    /// supplier target exports `events(for:)`.
    public func lifecycle(
        of document: any CanonicalDocument, for target: LifecycleTarget, history: LifecycleHistory
    ) -> LifecycleDecision {
        if UBLProfile.TargetOptions(target.settings.options).document == .orderResponse, let order = document as? Order,
           let decision = UBLCancellation.lifecycle(order, target: target.name, history: history) {
            return decision
        }
        return .export(events(for: document))
    }
}

/// The one document of a UBL file (its root element is the document).
struct UBLSource: DocumentSource {
    private var reader: XMLRecordReader
    private let kind: DocumentKind
    /// The bundled layout `ubl-order` with the flow's `fields:` over it (orders only).
    private let table: LayoutEvaluator?
    var format: FileFormat { .xml }

    init(path: String, displayName: String, settings: SourceSettings) throws {
        reader = try XMLRecordReader(path: path, displayName: displayName, options: XMLReaderOptions(records: .root, limits: settings.limits))
        kind = settings.kind
        table = settings.kind == .order ? settings.layout.map(LayoutEvaluator.init) : nil
    }

    mutating func next() throws -> DecodeResult? {
        guard let record = try reader.next() else { return nil }
        return UBLDocumentReading.decode(
            record.root, rootName: reader.rootName ?? "-", namespace: reader.rootNamespace, kind: kind, table: table)
    }
}
