import Canonical
import Diagnostics
import Foundation
import Formats
import Mapping

/// Robaws, the ERP (docs/connectors/robaws-productflow.md): reads its articles (the API's JSON,
/// or a CSV export) through the bundled layout `robaws-article`; writes, for ProductFlow orders,
/// a stock change when an order is registered, an invoice when it is shipped, and a reversal of
/// the stock change when it is cancelled.
public struct RobawsConnector: Connector {
    public init() {}

    public var system: String { RobawsProfile.name }
    public var profile: SystemProfile { RobawsProfile.profile }

    public func openSource(path: String, displayName: String, settings: SourceSettings) throws -> any DocumentSource {
        guard settings.kind == .article, let layout = settings.layout else {
            throw FerryError(.mapUnsupportedKind, at: Location(file: displayName), ["kind": settings.kind.rawValue, "system": system])
        }
        let format = try settings.format ?? FileFormat(fileExtension: (path as NSString).pathExtension)
            ?? FileFormat(sniffing: FilePrefix.read(path: path, displayName: displayName))
        guard format != .xml else {
            throw FerryError(.mapUnsupportedKind, at: Location(file: displayName), ["kind": "xml", "system": system])
        }
        let entities: RobawsEntitySource.Entities = { record, format in
            format == .csv ? [RobawsRecords.article(fromCSVRow: record.root)] : RobawsRecords.articles(inJSON: record.root)
        }
        func reader() throws -> any RecordReader {
            try SourceReader.open(path: path, displayName: displayName, format: format, settings: settings, xmlRecords: .auto(documentNames: []))
        }
        return RobawsEntitySource(
            reader: try reader(), format: format, layout: layout, numberFormat: settings.numberFormat, entities: entities,
            shape: (system, "an article, a list of articles or a page {\"items\": […], \"totalItems\": …}"),
            findDuplicates: { try RobawsEntitySource.duplicateNumbers(reader: try reader(), format: format, entities: entities) })
    }

    /// One payload per order: a stock change (`….robaws-stock-change.json`) for a registered
    /// order, an invoice (`….robaws-invoice.json`) for a shipped one, a reversal
    /// (`….robaws-stock-change-reversal.json`) for a cancelled one.
    /// - Throws: `ROBAWS-008` when the option the payload needs is missing.
    public func payload(for documents: [any CanonicalDocument], settings: TargetSettings) throws -> Payload {
        let order = try single(documents, settings: settings)
        return try payload(for: order, event: RobawsLifecycle.event(for: order) ?? .created, settings: settings)
    }

    /// The stock change of an order first seen shipped (`created`, next to its invoice);
    /// `rendered` for the event its status stands for, whose payload is `payload(for:settings:)`'s.
    public func payload(
        for document: any CanonicalDocument, event: EventName, history: LifecycleHistory, rendered: Payload,
        target: LifecycleTarget
    ) throws -> Payload {
        let order = try single([document], settings: target.settings)
        guard event != (RobawsLifecycle.event(for: order) ?? .created) else { return rendered }
        return try payload(for: order, event: event, settings: target.settings)
    }

    private func single(_ documents: [any CanonicalDocument], settings: TargetSettings) throws -> Order {
        guard documents.count == 1, let order = documents.first as? Order else {
            throw FerryError(.mapUnsupportedKind, at: nil, ["kind": documents.first?.kind.rawValue ?? settings.kind.rawValue, "system": system])
        }
        return order
    }

    /// The call of one event: `shipped` the invoice, `cancelled` the reversal, otherwise the stock change.
    private func payload(for order: Order, event: EventName, settings: TargetSettings) throws -> Payload {
        func option(_ key: String, for document: String) throws -> String {
            guard let value = settings.options.text(key), !value.allSatisfy(\.isWhitespace) else {
                throw FerryError(.robawsOptionMissing, at: nil, ["option": key, "document": document])
            }
            return value
        }
        switch event {
        case .shipped:
            let customer = try option("b2c-customer", for: "invoice")
            let body = try RobawsPayloads.invoice(order, customer: customer, status: settings.options.text("invoice-status") ?? "draft")
            return Payload(bytes: body, endpoint: RobawsPayloads.Endpoint.invoice, format: "json")
        case .cancelled:
            let location = try option("stock-location", for: "stock change")
            return Payload(bytes: RobawsPayloads.stockChange(order, location: location, reversal: true),
                           endpoint: RobawsPayloads.Endpoint.stockChangeReversal, format: "json")
        default:
            let location = try option("stock-location", for: "stock change")
            return Payload(bytes: RobawsPayloads.stockChange(order, location: location, reversal: false),
                           endpoint: RobawsPayloads.Endpoint.stockChange, format: "json")
        }
    }

    /// `created` for a registered order, `shipped` for a shipped one, `cancelled` for a cancelled
    /// one (`RobawsLifecycle`).
    public func events(for document: any CanonicalDocument) -> [EventName] {
        guard let order = document as? Order, let event = RobawsLifecycle.event(for: order) else { return [] }
        return [event]
    }

    /// A shipped order may also go out as `created` (its stock change, when none was booked).
    public func exportableEvents(for document: any CanonicalDocument) -> [EventName] {
        let own = events(for: document)
        return own == [.shipped] ? [.created, .shipped] : own
    }

    /// The events of the order's status, decided against what happened to it at this target
    /// before (`RobawsLifecycle.decide`): exported events and events recorded without an export.
    public func lifecycle(
        of document: any CanonicalDocument, for target: LifecycleTarget, history: LifecycleHistory
    ) -> LifecycleDecision {
        guard let order = document as? Order else { return .export(events(for: document)) }
        let recorded = Set(history.recorded.filter { $0.target == target.name }.map(\.event))
        switch RobawsLifecycle.decide(order, exported: Set(history.exportedEvents(to: target.name)), recorded: recorded) {
        case .export(let events): return .export(events)
        case .skip(let reason): return .skip(reason)
        case .record(let event, let reason): return .record(event, reason: reason)
        }
    }
}

/// ProductFlow, the PIM / marketplace hub: reads its orders (JSON) through the bundled layout
/// `productflow-order`; writes a product payload per Robaws article through `productflow-product`.
public struct ProductFlowConnector: Connector {
    public init() {}

    public var system: String { ProductFlowProfile.name }
    public var profile: SystemProfile { ProductFlowProfile.profile }

    public func openSource(path: String, displayName: String, settings: SourceSettings) throws -> any DocumentSource {
        guard settings.kind == .order, let layout = settings.layout else {
            throw FerryError(.mapUnsupportedKind, at: Location(file: displayName), ["kind": settings.kind.rawValue, "system": system])
        }
        let reader = try JSONRecordReader(path: path, displayName: displayName, options: JSONReaderOptions(limits: settings.limits))
        return RobawsEntitySource(
            reader: reader, format: .json, layout: layout, numberFormat: settings.numberFormat,
            entities: { record, _ in RobawsRecords.orders(inJSON: record.root) },
            shape: (system, "an order, a list of orders or {\"data\": […]}"))
    }

    /// One product per article (`article_<sku>[_vN].productflow-product.json`, `POST
    /// product/{sku}`); the sale price only with `send-sale-price: true`.
    public func payload(for documents: [any CanonicalDocument], settings: TargetSettings) throws -> Payload {
        guard settings.kind == .article, var layout = settings.layout else {
            throw FerryError(.mapUnsupportedKind, at: nil, ["kind": settings.kind.rawValue, "system": system])
        }
        if settings.options.bool("send-sale-price") != true {
            layout.fields.removeAll { $0.field == ProductFlowProfile.salePriceField }
        }
        let writer = LayoutWriter(layout: layout, delimiter: settings.delimiter)
        return Payload(bytes: try writer.render(documents, stable: false), endpoint: "productflow-product", format: "json",
                       stableBytes: try writer.render(documents, stable: true))
    }
}
