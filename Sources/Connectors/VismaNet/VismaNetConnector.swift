import Canonical
import Diagnostics
import Formats
import Mapping

/// Visma.net ERP (Service API, docs/connectors/visma-net.md). Writes, per order, the sales
/// order (`….visma-salesorder.json`, `POST /v1/salesorder`) or, on a target with
/// `document: customer`, the customer the order is for (`….visma-customer.json`).
public struct VismaNetConnector: Connector {
    public init() {}

    public var system: String { VismaNetProfile.name }
    public var profile: SystemProfile { VismaNetProfile.profile }

    /// Stock: inventory items (`InventoryDto`) and inventory summaries (docs/connectors/visma-net.md).
    public func openSource(path: String, displayName: String, settings: SourceSettings) throws -> any DocumentSource {
        if settings.kind == .stock { return try VismaStockSource(path: path, displayName: displayName, settings: settings) }
        if settings.kind == .order { return try VismaSalesOrderSource(path: path, displayName: displayName, settings: settings) }
        throw FerryError(.mapUnsupportedKind, at: Location(file: displayName), ["kind": settings.kind.rawValue, "system": system])
    }

    public func payload(for documents: [any CanonicalDocument], settings: TargetSettings) throws -> Payload {
        if documents.count == 1, let article = documents.first as? Article {
            let body = try VismaInventoryPayload(options: settings.options).body(for: article)
            return Payload(bytes: JSONWriter(pretty: true).write(body), endpoint: "visma-inventory", format: "json")
        }
        guard documents.count == 1, let order = documents.first as? Order else {
            throw FerryError(.mapUnsupportedKind, at: nil, ["kind": documents.first?.kind.rawValue ?? settings.kind.rawValue, "system": system])
        }
        let writer = JSONWriter(pretty: true)
        switch Self.document(settings.options) {
        case .salesOrder:
            let body = try VismaSalesOrderPayload(options: settings.options).body(for: order)
            return Payload(bytes: writer.write(body), endpoint: "visma-salesorder", format: "json")
        case .customer:
            let body = try VismaCustomerPayload(options: settings.options).body(for: order)
            return Payload(bytes: writer.write(body), endpoint: "visma-customer", format: "json")
        }
    }

    /// One payload per order, its `created` event, exported once per target: the same order
    /// again (in this file or another) is `already-exported`.
    /// An inventory item is the article's `state`: sent again only when its payload changed
    /// (`_v2`, `_v3` … are updates).
    public func events(for document: any CanonicalDocument) -> [EventName] {
        document is Order ? [.created] : [.state]
    }

    static func document(_ options: ConnectorOptions) -> VismaNetProfile.Document {
        options.text("document").flatMap(VismaNetProfile.Document.init(rawValue:)) ?? .salesOrder
    }
}
