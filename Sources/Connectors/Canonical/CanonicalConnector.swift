import Canonical
import Diagnostics
import Foundation
import Formats
import Mapping

/// Ferry's own CSV, JSON and XML formats for orders, articles, stock and shipments
/// (documented in docs/formats.md).
public struct CanonicalConnector: Connector {
    /// `fields:` of a flow: applied to each document's canonical tree as it is read.
    public let sourceOverrides: Layout?
    /// `fields:` of a target: applied to each document's canonical tree before it is written.
    public let targetOverrides: Layout?

    public init(sourceOverrides: Layout? = nil, targetOverrides: Layout? = nil) {
        self.sourceOverrides = sourceOverrides
        self.targetOverrides = targetOverrides
    }
    public var system: String { "canonical" }
    public var profile: SystemProfile {
        let kinds = Set(DocumentMapping.supported)
        return SystemProfile(name: system, reads: kinds, writes: kinds)
    }

    /// Opens `path` with the reader for `settings.format`, or for the file's extension, or
    /// for what its first bytes look like.
    /// - Throws: `mapUnsupportedKind` for kinds other than order, article, stock, shipment and price;
    ///   reader errors (unreadable, empty, ...) unchanged.
    public func openSource(path: String, displayName: String, settings: SourceSettings) throws -> any DocumentSource {
        guard DocumentMapping.supported.contains(settings.kind) else {
            throw FerryError(.mapUnsupportedKind, at: Location(file: displayName),
                             ["kind": settings.kind.rawValue, "system": system])
        }
        let format = try settings.format
            ?? FileFormat(fileExtension: (path as NSString).pathExtension)
            ?? FileFormat(sniffing: Self.prefix(of: path, displayName: displayName))
        let names = Set(DocumentMapping.supported.map { DocumentMapping.xmlNames(of: $0).element })
        let reader = try SourceReader.open(path: path, displayName: displayName, format: format, settings: settings,
                                           xmlRecords: .auto(documentNames: names))
        return CanonicalSource(reader: reader, format: format, kind: settings.kind, numberFormat: settings.numberFormat,
                               overrides: sourceOverrides.map(LayoutEvaluator.init))
            .refusingCustomerPrices(kind: settings.kind)
    }

    /// One payload for `documents`: a JSON object or array, an `<Order>` or `<Orders>` XML
    /// document, or a CSV table with one row per order line.
    /// - Throws: `mapKindMismatch` for a document not of `settings.kind`; `mapNotExpressible`.
    public func payload(for documents: [any CanonicalDocument], settings: TargetSettings) throws -> Payload {
        let overrides = targetOverrides.map(LayoutEvaluator.init)
        return try Payload(documents: documents, fileExtension: settings.format.fileExtension) { stable in
            try CanonicalWriter.render(documents, kind: settings.kind, format: settings.format,
                                       delimiter: settings.delimiter, stable: stable, overrides: overrides)
        }
    }

    /// Every event of `events(for:)`, except for a UBL customer's cancellation of an order this
    /// target was never sent (nothing to export; the cancellation is remembered) and that order
    /// arriving after it (refused): filtered with the reason (`UBLCancellation`).
    public func lifecycle(
        of document: any CanonicalDocument, for target: LifecycleTarget, history: LifecycleHistory
    ) -> LifecycleDecision {
        if let order = document as? Order, let decision = UBLCancellation.lifecycle(order, target: target.name, history: history) {
            return decision
        }
        return .export(events(for: document))
    }

    /// Up to 512 bytes from the start of the file, for format sniffing.
    private static func prefix(of path: String, displayName: String) throws -> [UInt8] {
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
