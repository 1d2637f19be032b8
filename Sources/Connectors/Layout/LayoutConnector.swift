import Canonical
import Diagnostics
import Foundation
import Formats
import Mapping

/// A system described in ferry.yml by layouts instead of code: its files are read with a
/// source layout, its payloads written with a target layout (docs/mapping.md).
public struct LayoutConnector: Connector {
    public let source: Layout?
    public let target: Layout?

    public init(source: Layout? = nil, target: Layout? = nil) {
        self.source = source
        self.target = target
    }

    public var system: String { "layout:" + (source ?? target).map(\.name).unsafelyUnwrappedName }

    public func openSource(path: String, displayName: String, settings: SourceSettings) throws -> any DocumentSource {
        guard let layout = source else {
            throw FerryError(.mapUnsupportedKind, at: Location(file: displayName), ["kind": settings.kind.rawValue, "system": system])
        }
        let reader: any RecordReader
        switch layout.format {
        case .csv:
            let options = CSVReaderOptions(delimiter: settings.csv.delimiter, encoding: settings.csv.encoding, limits: settings.limits)
            reader = try CSVReader(path: path, displayName: displayName, options: options)
        case .json:
            reader = try JSONRecordReader(path: path, displayName: displayName, options: JSONReaderOptions(limits: settings.limits))
        case .xml:
            let records: XMLRecordSelector = layout.recordElement.map { .auto(documentNames: [$0]) } ?? .root
            reader = try XMLRecordReader(path: path, displayName: displayName,
                                         options: XMLReaderOptions(records: records, limits: settings.limits))
        }
        return LayoutSource(reader: reader, layout: layout, numberFormat: settings.numberFormat, displayName: displayName)
    }

    public func payload(for documents: [any CanonicalDocument], settings: TargetSettings) throws -> Payload {
        guard let layout = target else {
            throw FerryError(.mapUnsupportedKind, at: nil, ["kind": settings.kind.rawValue, "system": system])
        }
        let writer = LayoutWriter(layout: layout, delimiter: settings.delimiter)
        let bytes = try writer.render(documents, stable: false)
        let stable = documents.contains(where: DocumentMapping.hasVolatileFields) ? try writer.render(documents, stable: true) : bytes
        return Payload(bytes: bytes, fileExtension: layout.format.fileExtension, stableBytes: stable)
    }

    public func events(for document: any CanonicalDocument) -> [EventName] {
        [type(of: document).semantics == .state ? .state : .created]
    }
}

private extension Optional where Wrapped == String {
    var unsafelyUnwrappedName: String { self ?? "?" }
}
