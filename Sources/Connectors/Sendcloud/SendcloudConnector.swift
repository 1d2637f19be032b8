import Canonical
import Diagnostics
import Foundation
import Formats
import Mapping
import OrderedCollections
import Rules

/// Sendcloud (parcels API v2): orders become parcel payloads (`POST /api/v2/parcels`); parcels
/// and `parcel_status_changed` webhooks with a tracking number become shipments
/// (docs/connectors/sendcloud.md).
public struct SendcloudConnector: Connector {
    public init() {}

    public var system: String { SendcloudProfile.name }
    public var profile: SystemProfile { SendcloudProfile.profile }

    /// - Throws: `mapUnsupportedKind` for kinds other than shipments or without the bundled layout.
    public func openSource(path: String, displayName: String, settings: SourceSettings) throws -> any DocumentSource {
        guard settings.kind == .shipment, let layout = settings.layout else {
            throw FerryError(.mapUnsupportedKind, at: Location(file: displayName), ["kind": settings.kind.rawValue, "system": system])
        }
        // Sendcloud's own responses repeat a key (`"shipment": null`, later the object): the
        // later value is the one meant.
        let reader = try SourceReader.open(
            path: path, displayName: displayName, format: .json, settings: settings, xmlRecords: .root, laterJSONKeyWins: true)
        return SendcloudParcelSource(reader: reader, layout: layout)
    }

    /// A parcel from a goods delivery (it requests the label) is the order's `shipped` event; one
    /// from the sales order its `created` event: each goes out once.
    public func events(for document: any CanonicalDocument) -> [EventName] {
        guard let order = document as? Order else { return [.created] }
        return SendcloudParcelBuilder.isGoodsDelivery(order) ? [.shipped] : [.created]
    }

    /// One parcel payload per order: `{"parcel": {...}}`.
    /// - Throws: a located `FerryError` for an address Sendcloud would refuse or missing customs data.
    public func payload(for documents: [any CanonicalDocument], settings: TargetSettings) throws -> Payload {
        guard settings.kind == .order, let layout = settings.layout else {
            throw FerryError(.mapUnsupportedKind, at: nil, ["kind": settings.kind.rawValue, "system": system])
        }
        let builder = SendcloudParcelBuilder(layout: layout, options: settings.options, reference: settings.reference)
        var parcels: [Node] = []
        for document in documents {
            guard let order = document as? Order else {
                throw FerryError(.mapKindMismatch, at: nil, ["expected": "order", "found": document.kind.rawValue])
            }
            parcels.append(try builder.parcel(for: order))
        }
        let body: Node = parcels.count == 1
            ? NodeBuilding.object([("parcel", parcels[0])]) : NodeBuilding.object([("parcels", NodeBuilding.array(parcels))])
        return Payload(bytes: JSONWriter(pretty: true).write(body), endpoint: "sendcloud-parcel", format: "json")
    }
}

/// Parcels of one Sendcloud file: `{"parcel": {...}}`, `{"parcels": [...]}`, a webhook
/// (`{"action": "parcel_status_changed", "parcel": {...}}`) or a bare parcel object.
struct SendcloudParcelSource: DocumentSource {
    private var reader: any RecordReader
    private let evaluator: LayoutEvaluator
    private let layout: Layout
    private var queued: [Node] = []
    var format: FileFormat { .json }

    init(reader: any RecordReader, layout: Layout) {
        self.reader = reader
        self.layout = layout
        evaluator = LayoutEvaluator(layout)
    }

    static func parcels(in root: Node) -> [Node] {
        if let list = root.children["parcels"], case .array(let items) = list.value { return items }
        if let parcel = root.children["parcel"] { return [parcel] }
        if case .array(let items) = root.value { return items.flatMap(parcels(in:)) }
        return [root]
    }

    mutating func next() throws -> DecodeResult? {
        while queued.isEmpty {
            guard let record = try reader.next() else { return nil }
            queued = Self.parcels(in: record.root)
        }
        let parcel = queued.removeFirst()
        let order = parcel.children["order_number"]?.text
        guard let tracking = parcel.children["tracking_number"]?.text, !tracking.trimmingCharacters(in: .whitespaces).isEmpty else {
            let status = parcel.children["status"]?.children["message"]?.text ?? "-"
            let error = FerryError(.sendcloudNoTracking, at: parcel.location,
                                   ["parcel": parcel.children["id"]?.text ?? "?", "order": order ?? "?", "status": status])
            return .failure(key: order, errors: [error], location: parcel.location)
        }
        guard let order, !order.trimmingCharacters(in: .whitespaces).isEmpty else {
            let error = FerryError(.sendcloudNoOrderNumber, at: parcel.location,
                                   ["parcel": parcel.children["id"]?.text ?? "?", "tracking": tracking])
            return .failure(key: nil, errors: [error], location: parcel.location)
        }
        let built = evaluator.build(record: parcel)
        var reading = NodeReading(naming: .csvColumn)
        guard let mapped = DocumentMapping.document(from: built.tree, kind: .shipment, &reading) else {
            let error = FerryError(.mapUnsupportedKind, at: parcel.location, ["kind": "shipment", "system": layout.name])
            return .failure(key: order, errors: [error], location: parcel.location)
        }
        let errors = built.errors + reading.errors
        if errors.isEmpty { return .document(mapped.document, parcel.location) }
        return .failure(key: mapped.key, errors: errors, location: parcel.location)
    }
}
