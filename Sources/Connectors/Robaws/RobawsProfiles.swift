import Canonical
import Mapping
import Rules

/// What `robaws` reads and writes, its options and its default layouts
/// (docs/connectors/robaws-productflow.md). Neither system publishes an API description: the
/// shapes below are defined from ../shared/reference/robaws-productflow.md and live here (the
/// layouts) and in `RobawsPayloads` (the order payloads), so a real API's shape replaces them
/// in one place.
enum RobawsProfile {
    static let name = "robaws"

    static let profile = SystemProfile(
        name: name, reads: [.article], writes: [.order],
        options: [
            OptionSpec("productflow-only", .source, .bool),
            OptionSpec("stock-location", .target, .text, required: true),
            OptionSpec("b2c-customer", .target, .text, required: true),
            OptionSpec("invoice-status", .target, .choice(["draft", "final"])),
        ],
        layouts: layouts,
        defaultFilters: defaultFilters)

    /// A flow reading Robaws articles keeps those whose ProductFlow flag is set (`flag:
    /// customFields.productflow`); `productflow-only: false` keeps every article (a flow that
    /// only fills the catalog).
    @Sendable static func defaultFilters(kind: DocumentKind, options: ConnectorOptions) -> String? {
        guard kind == .article, options.bool("productflow-only") ?? true else { return nil }
        return "filters:\n  - flag: customFields.\(RobawsField.productFlowFlag)\n"
    }

    /// A Robaws article as `RobawsRecords` leaves it (the API's article object, whether the file
    /// was JSON or CSV) to a canonical article.
    static let layouts = """
    layouts:
      robaws-article:
        kind: article
        format: json
        direction: source
        fields:
          sku: $.articleNumber
          name: $.name
          longDescription: $.description
          gtin: $.barcode
          brand: $.brand
          unit: $.unit
          stockAvailable: $.availableStock
          costPrice: $.costPrice
          priceExclVat: $.salePrice
          vatCode: $.vatTariff
          updatedAt: $.updatedAt
          customFields.\(RobawsField.articleId): $.id
          customFields.\(RobawsField.productFlowFlag): $.extraFields.ProductFlow.booleanValue
    """
}

/// What `productflow` reads and writes, its options and its default layouts.
enum ProductFlowProfile {
    static let name = "productflow"

    static let profile = SystemProfile(
        name: name, reads: [.order], writes: [.article],
        options: [
            OptionSpec("send-sale-price", .target, .bool),
        ],
        layouts: layouts)

    /// ProductFlow orders (the connector shape's `Order`, with the `status` the order API adds)
    /// to canonical orders; canonical articles to the product payload. Amounts in ProductFlow's
    /// order JSON are whole cents including VAT.
    static let layouts = """
    layouts:
      productflow-order:
        kind: order
        format: json
        direction: source
        groups:
          lines: $.lines[*]
        fields:
          number: $.id
          sourceSystem: { value: productflow }
          orderKind: { value: sales }
          status:
            path: $.status
            default: open
            map:
              new: open
              open: open
              accepted: processing
              processing: processing
              shipped: shipped
              completed: completed
              cancelled: cancelled
          sourceStatus: $.status
          orderDate: $.placed_at
          currency: $.currency_code
          shippingCost: { path: $.shipping_cost, divide: 100 }
          shippingMethod: $.shipping_method
          paymentMethod: $.payment_method
          notes: $.comment
          buyer.contactName: { concat: [$.billing_customer.first_name, $.billing_customer.last_name] }
          buyer.companyName: $.billing_customer.company_name
          buyer.email: $.email
          buyer.phone: $.phone_number
          billingAddress.name: { concat: [$.billing_customer.first_name, $.billing_customer.last_name] }
          billingAddress.companyName: $.billing_customer.company_name
          billingAddress.street: $.billing_customer.street_name
          billingAddress.houseNumber: $.billing_customer.house_number
          billingAddress.houseNumberAddition: $.billing_customer.house_number_addition
          billingAddress.postalCode: $.billing_customer.zip_code
          billingAddress.city: $.billing_customer.city
          billingAddress.country: { path: $.billing_customer.country_code, upper: true }
          shippingAddress.name: { concat: [$.shipping_customer.first_name, $.shipping_customer.last_name] }
          shippingAddress.companyName: $.shipping_customer.company_name
          shippingAddress.street: $.shipping_customer.street_name
          shippingAddress.houseNumber: $.shipping_customer.house_number
          shippingAddress.houseNumberAddition: $.shipping_customer.house_number_addition
          shippingAddress.postalCode: $.shipping_customer.zip_code
          shippingAddress.city: $.shipping_customer.city
          shippingAddress.country: { path: $.shipping_customer.country_code, upper: true }
          customFields.\(RobawsField.externalIdentifier): $.external_identifiers
          customFields.order-name: $.name
          lines.customFields.line-id: external_identifier
          lines.sku: sku
          lines.gtin: ean
          lines.description: title
          lines.quantity: quantity
          lines.unitPriceInclVat: { path: price, divide: 100 }
          lines.vatCode: vat_code
      productflow-product:
        kind: article
        format: json
        direction: target
        fields:
          product_id: sku
          name: name
          description: longDescription
          stock_available: stockAvailable
          cost_price: costPrice
          sale_price: priceExclVat
    """

    /// The payload field that carries the sale price: left out unless `send-sale-price: true`.
    static let salePriceField = "sale_price"
}
