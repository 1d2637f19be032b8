import Canonical
import Mapping

/// What `visma-net` reads and writes and the options it takes (docs/connectors/visma-net.md).
enum VismaNetProfile {
    static let name = "visma-net"

    /// What one `system: visma-net` target writes for an order: the sales order, or the customer
    /// (debtor) the order is for.
    enum Document: String, CaseIterable {
        case salesOrder = "sales-order"
        case customer
        /// The customer invoice of a paid order (`CustomerInvoiceUpdateDto`).
        case salesInvoice = "sales-invoice"
        /// The customer payment of a paid order (`PaymentUpdateDto`).
        case customerPayment = "customer-payment"
        /// The sales price of a price category (`CustomerSalesPriceUpdateDto`), on a price flow.
        case price
    }

    /// The WooCommerce orders a flow with a Visma.net target takes unless it sets `statuses`:
    /// the paid ones (issue 12). Other WooCommerce flows keep WooCommerce's own default.
    static let wooCommerceStatuses = "processing, completed"

    static let profile: SystemProfile = {
        var profile = base
        profile.sourceOptionDefaults = [WooCommerceProfile.name: ["statuses": wooCommerceStatuses]]
        return profile
    }()

    private static let base = SystemProfile(
        name: name, reads: [.stock, .order], writes: [.order, .article, .price],
        options: [
            OptionSpec("statuses", .source, .text),
            OptionSpec("stock", .source, .choice(VismaStockReading.Quantity.allCases.map(\.rawValue))),
            OptionSpec("warehouse", .source, .text),
            OptionSpec("document", .target, .choice(Document.allCases.map(\.rawValue)), choicesFor: [
                .order: Document.allCases.filter { $0 != .price }.map(\.rawValue), .price: [Document.price.rawValue],
            ]),
            OptionSpec("order-type", .target, .text),
            OptionSpec("branch", .target, .text),
            OptionSpec("default-debtor", .target, .text),
            OptionSpec("customer-number-prefix", .target, .text),
            OptionSpec("customer-class", .target, .text),
            OptionSpec("shipping-inventory-id", .target, .text),
            OptionSpec("payment-methods", .target, .mapping),
            OptionSpec("payment-terms", .target, .mapping),
            OptionSpec("ship-via", .target, .mapping),
            OptionSpec("vat-zones", .target, .mapping),
            OptionSpec("tax-categories", .target, .mapping),
            OptionSpec("warehouse", .target, .text),
            OptionSpec("hold", .target, .bool),
            OptionSpec("item-type", .target, .choice([
                "FinishedGoodItem", "NonStockItem", "LaborItem", "ServiceItem", "ChargeItem", "ExpenseItem",
                "ComponentPartItem", "SubassemblyItem",
            ])),
            OptionSpec("item-class", .target, .text),
            OptionSpec("price", .target, .choice(["excl", "incl"])),
            OptionSpec("attributes", .target, .mapping),
            OptionSpec("category-attribute", .target, .text),
            OptionSpec("weight-unit", .target, .text),
            OptionSpec("update-product-information", .target, .bool),
            OptionSpec("revenue-accounts", .target, .mapping),
            OptionSpec("vat-codes", .target, .mapping),
            OptionSpec("cash-account", .target, .text),
            OptionSpec("invoice-reference", .target, .choice(VismaCustomerPaymentPayload.InvoiceReference.allCases.map(\.rawValue))),
        ],
        defaultFilters: defaultFilters)

    /// A flow reading Visma.net sales orders keeps the statuses of option `statuses` (canonical
    /// statuses, comma-separated), default `open`: the ERP's open orders go to the webshop.
    @Sendable static func defaultFilters(kind: DocumentKind, options: ConnectorOptions) -> String? {
        guard kind == .order else { return nil }
        let statuses = (options.text("statuses") ?? "open").split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return statuses.isEmpty ? nil : "filters:\n  - status: [\(statuses.joined(separator: ", "))]\n"
    }
}
