import Canonical
import Diagnostics
import Foundation
import Formats
import Mapping

/// Exact Online: sales orders as its REST API returns them (OData JSON) or its XML export
/// writes them, read through the bundled layout; goods-delivery updates written with the
/// tracking number (docs/connectors/exact-online.md).
public struct ExactOnlineConnector: Connector {
    public init() {}

    public var system: String { ExactOnlineProfile.name }
    public var profile: SystemProfile { ExactOnlineProfile.profile }

    /// - Throws: `mapUnsupportedKind` for kinds other than orders, or without the bundled
    ///   layout (settings from outside ferry.yml); reader errors unchanged.
    public func openSource(path: String, displayName: String, settings: SourceSettings) throws -> any DocumentSource {
        guard [.order, .article].contains(settings.kind), let layout = settings.layout else {
            throw FerryError(.mapUnsupportedKind, at: Location(file: displayName), ["kind": settings.kind.rawValue, "system": system])
        }
        let format = try settings.format ?? FileFormat(fileExtension: (path as NSString).pathExtension)
            ?? FileFormat(sniffing: FilePrefix.read(path: path, displayName: displayName))
        guard format != .csv else {
            throw FerryError(.mapUnsupportedKind, at: Location(file: displayName), ["kind": "csv", "system": system])
        }
        let reader = try SourceReader.open(path: path, displayName: displayName, format: format, settings: settings,
                                           xmlRecords: .auto(documentNames: [settings.kind == .order ? "SalesOrder" : "Item"]))
        return ExactOnlineSource(reader: reader, format: format, layout: layout,
                                 servicePointField: settings.options.text("service-point-field"))
    }

    /// A goods-delivery update (`PUT salesorder/GoodsDeliveries`) with the tracking number and,
    /// in the remarks, the tracking URL.
    public func payload(for documents: [any CanonicalDocument], settings: TargetSettings) throws -> Payload {
        guard settings.kind == .shipment, let layout = settings.layout else {
            throw FerryError(.mapUnsupportedKind, at: nil, ["kind": settings.kind.rawValue, "system": system])
        }
        let writer = LayoutWriter(layout: layout, delimiter: settings.delimiter)
        let bytes = try writer.render(documents, stable: false)
        return Payload(bytes: bytes, endpoint: "exact-goods-delivery-update", format: "json",
                       stableBytes: try writer.render(documents, stable: true))
    }
}

/// The first bytes of a file, for format sniffing.
enum FilePrefix {
    static func read(path: String, displayName: String) throws -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw FerryError(.inputUnreadable, at: Location(file: displayName), ["reason": "cannot open the file"])
        }
        defer { try? handle.close() }
        do {
            return Array(try handle.read(upToCount: 512) ?? Data())
        } catch {
            throw FerryError(.inputUnreadable, at: Location(file: displayName), ["reason": "\(error)"])
        }
    }
}

/// Sales orders of one Exact file, one at a time.
struct ExactOnlineSource: DocumentSource {
    private var reader: any RecordReader
    let format: FileFormat
    private let layout: Layout
    private let evaluator: LayoutEvaluator
    private let servicePointField: String?
    private var queued: [Node] = []

    init(reader: any RecordReader, format: FileFormat, layout: Layout, servicePointField: String?) {
        self.reader = reader
        self.format = format
        self.layout = layout
        evaluator = LayoutEvaluator(layout)
        self.servicePointField = servicePointField
    }

    mutating func next() throws -> DecodeResult? {
        while queued.isEmpty {
            guard let record = try reader.next() else { return nil }
            switch format {
            case .xml:
                guard layout.kind == .order else {
                    throw FerryError(.mapUnsupportedKind, at: record.root.location, ["kind": "article (XML)", "system": "exact-online"])
                }
                let orders = CanonicalXMLShape.elementName(of: record.root.location) == "SalesOrder"
                    ? [record.root] : (record.root["SalesOrder"]?.items ?? [])
                queued = orders.map(ExactRecords.salesOrder(fromXML:))
            default:
                queued = ExactRecords.entities(inJSON: record.root)
            }
        }
        let entity = queued.removeFirst()
        return decode(layout.kind == .order ? ExactRecords.completeSalesOrder(entity, servicePointField: servicePointField) : entity)
    }

    private func decode(_ entity: Node) -> DecodeResult {
        let number = entity.children[layout.kind == .order ? "OrderNumber" : "Code"]?.text
        if entity.children[ExactRecords.deferredMarker] != nil {
            let error = FerryError(.exactLinesDeferred, at: entity.location, ["number": number ?? "?"])
            return .failure(key: number, errors: [error], location: entity.location)
        }
        let built = evaluator.build(record: entity)
        var reading = NodeReading(naming: .csvColumn)
        guard let mapped = DocumentMapping.document(from: built.tree, kind: layout.kind, &reading) else {
            let error = FerryError(.mapUnsupportedKind, at: entity.location, ["kind": layout.kind.rawValue, "system": layout.name])
            return .failure(key: number, errors: [error], location: entity.location)
        }
        let errors = built.errors + reading.errors
        if errors.isEmpty { return .document(mapped.document, entity.location) }
        return .failure(key: mapped.key, errors: errors, location: entity.location)
    }
}
