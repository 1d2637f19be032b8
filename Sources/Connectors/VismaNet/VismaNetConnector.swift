import Canonical
import Diagnostics
import Formats
import Mapping

/// Visma.net ERP (Service API, docs/connectors/visma-net.md). Writes, per order, the sales
/// order (`….visma-salesorder.json`, `POST /v1/salesorder`); on a target with
/// `document: customer` the customer the order is for, kept under the customer's own key and
/// written as a create or, when its data changed, an update (`order_customer_<number>.visma-customer-create.json`,
/// `…-update.json`); with `document: sales-invoice` the invoice of a paid order
/// (`….visma-customerinvoice.json`); with `document: customer-payment` the payment of an order
/// that carries one (`….visma-payment.json`). Per article the inventory item; per price of a
/// price category (`document: price`) the sales price (`price_<key>.visma-salesprice.json`).
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
            let items = VismaInventoryPayload(options: settings.options)
            let bytes = JSONWriter(pretty: true).write(try items.body(for: article))
            // `update-product-information: false`: only the price tells a changed item.
            let stable = items.updatesProductInformation ? bytes : JSONWriter(pretty: true).write(try items.priceUpdate(for: article))
            return Payload(bytes: bytes, endpoint: "visma-inventory", format: "json", stableBytes: stable)
        }
        if documents.count == 1, let price = documents.first as? SalesPrice {
            let body = VismaSalesPricePayload(options: settings.options).body(for: price)
            return Payload(bytes: JSONWriter(pretty: true).write(body), endpoint: "visma-salesprice", format: "json")
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
        case .salesInvoice:
            let body = try VismaSalesInvoicePayload(options: settings.options).body(for: order)
            return Payload(bytes: writer.write(body), endpoint: "visma-customerinvoice", format: "json")
        case .customerPayment:
            let body = try VismaCustomerPaymentPayload(options: settings.options).body(for: order)
            return Payload(bytes: writer.write(body), endpoint: "visma-payment", format: "json")
        case .price:
            throw FerryError(.mapUnsupportedKind, at: nil, ["kind": order.kind.rawValue, "system": system])
        }
    }

    /// One payload per order, its `created` event, exported once per target: the same order
    /// again (in this file or another) is `already-exported`.
    /// An inventory item is the article's `state`: sent again only when its payload changed
    /// (`_v2`, `_v3` … are updates); so is a sales price.
    public func events(for document: any CanonicalDocument) -> [EventName] {
        document is Order ? [.created] : [.state]
    }

    /// A customer target keeps its exports under the customer's key (`customer/<number>`), shared
    /// by every order of the buyer, so the customer is created once and updated when it changes.
    public func lifecycleKey(of document: any CanonicalDocument, for target: LifecycleTarget) -> String? {
        guard let order = document as? Order, Self.document(target.settings.options) == .customer else { return nil }
        return try? VismaCustomerSync.key(for: order, options: target.settings.options)
    }

    /// A customer target: create, update or nothing new, from the customer key's history
    /// (`VismaCustomerSync`); with `default-debtor` no customer at all. An invoice target skips an
    /// unpaid order, a payment target an order that carries no payment.
    public func lifecycle(
        of document: any CanonicalDocument, for target: LifecycleTarget, history: LifecycleHistory
    ) -> LifecycleDecision {
        let options = target.settings.options
        if let order = document as? Order, Self.document(options) == .salesInvoice, !VismaSalesInvoicePayload.isPaid(order) {
            return .skip(Note(.vismaInvoiceNotPaid, ["target": target.name, "status": order.sourceStatus ?? order.status?.rawValue ?? "?"]))
        }
        if let order = document as? Order, Self.document(options) == .customerPayment, VismaCustomerPaymentPayload.payment(of: order) == nil {
            return .skip(Note(.vismaPaymentNotPaid, ["target": target.name, "status": order.sourceStatus ?? order.status?.rawValue ?? "?"]))
        }
        guard let order = document as? Order, Self.document(options) == .customer,
              let event = try? VismaCustomerSync.event(for: order, options: options)
        else { return .export(events(for: document)) }
        let decision = VismaCustomerSync.decide(event: event, exported: history.exportedEvents(to: target.name), options: options)
        if decision.action == .none {
            return .skip(Note(.vismaDefaultDebtorNoCustomer, ["target": target.name, "debtor": options.text("default-debtor") ?? ""]))
        }
        return .export([decision.event])
    }

    /// The customer as a create (`visma-customer-create`) when the target has had none of the
    /// buyer, else an update (`visma-customer-update`). An inventory item the target had before,
    /// with `update-product-information: false`, as its price only.
    public func payload(
        for document: any CanonicalDocument, event: EventName, history: LifecycleHistory, rendered: Payload,
        target: LifecycleTarget
    ) throws -> Payload {
        let options = target.settings.options
        if document is Order, Self.document(options) == .customer {
            let before = history.exportedEvents(to: target.name).contains { $0.rawValue.hasPrefix("customer-") && $0 != event }
            return Payload(bytes: rendered.bytes, endpoint: VismaCustomerSync.endpoint(exportedBefore: before), format: "json",
                           stableBytes: rendered.stableBytes)
        }
        if let article = document as? Article, history.wasExported(.state, to: target.name) {
            let items = VismaInventoryPayload(options: options)
            guard !items.updatesProductInformation else { return rendered }
            return Payload(bytes: JSONWriter(pretty: true).write(try items.priceUpdate(for: article)), endpoint: "visma-inventory",
                           format: "json", stableBytes: rendered.stableBytes)
        }
        return rendered
    }

    static func document(_ options: ConnectorOptions) -> VismaNetProfile.Document {
        options.text("document").flatMap(VismaNetProfile.Document.init(rawValue:)) ?? .salesOrder
    }
}
