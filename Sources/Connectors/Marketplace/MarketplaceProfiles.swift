import Canonical
import Mapping

/// What `channable` reads and writes and the options it takes (docs/connectors/channable.md).
enum ChannableProfile {
    static let name = "channable"

    static let profile = SystemProfile(
        name: name, reads: [.order], writes: [.order, .stock],
        options: [
            OptionSpec("include-cancellations", .source, .bool),
            OptionSpec("tracking-wait", .target, .duration),
            OptionSpec("transporters", .target, .mapping),
        ],
        layouts: layouts,
        defaultFilters: defaultFilters)

    /// An order as `ChannableOrderReading` leaves it (the API's order object, whatever shape the
    /// file had) to a canonical order.
    static let layouts = """
    layouts:
      channable-order:
        kind: order
        format: json
        direction: source
        groups:
          lines: $.data.products[*]
        fields:
          number: $.id
          sourceSystem: { value: channable }
          orderKind: { value: sales }
          status:
            path: $.status_shipped
            map:
              not_shipped: open
              waiting: open
              processing: open
              pending_shipment: open
              awaiting_confirmation: open
              manual: open
              pending_cancellation: open
              cancellation_request: open
              shipped: shipped
              partial: shipped
              cancelled: cancelled
          sourceStatus: $.status_shipped
          orderDate: $.created
          currency: $.data.price.currency
          shippingCost: $.data.price.shipping
          paymentMethod: $.data.price.payment_method
          shippingMethod: $.shipment_method
          notes: $.data.extra.memo
          buyer.contactName: { concat: [$.data.customer.first_name, $.data.customer.middle_name, $.data.customer.last_name] }
          buyer.companyName: $.data.customer.company
          buyer.email: $.data.customer.email
          buyer.phone: $.data.customer.phone
          billingAddress.name: { concat: [$.data.billing.first_name, $.data.billing.middle_name, $.data.billing.last_name] }
          billingAddress.companyName: $.data.billing.company
          billingAddress.street: $.data.billing.street
          billingAddress.houseNumber: $.data.billing.house_number
          billingAddress.houseNumberAddition: $.data.billing.house_number_ext
          billingAddress.postalCode: $.data.billing.zip_code
          billingAddress.city: $.data.billing.city
          billingAddress.region: $.data.billing.region
          billingAddress.country: { path: $.data.billing.country_code, upper: true }
          shippingAddress.name: { concat: [$.data.shipping.first_name, $.data.shipping.middle_name, $.data.shipping.last_name] }
          shippingAddress.companyName: $.data.shipping.company
          shippingAddress.street: $.data.shipping.street
          shippingAddress.houseNumber: $.data.shipping.house_number
          shippingAddress.houseNumberAddition: $.data.shipping.house_number_ext
          shippingAddress.postalCode: $.data.shipping.zip_code
          shippingAddress.city: $.data.shipping.city
          shippingAddress.region: $.data.shipping.region
          shippingAddress.country: { path: $.data.shipping.country_code, upper: true }
          shippingAddress.servicePointId: $.data.shipping.pickup_point_name
          customFields.channel-order-id: $.channel_id
          customFields.channel: $.channel_name
          customFields.payment-status: $.status_paid
          customFields.platform-id: $.platform_id
          customFields.test-order: $.data.extra.is_test_order
          customFields.discount: $.data.price.discount
          lines.sku: sku
          lines.gtin: ean
          lines.description: title
          lines.quantity: quantity
          lines.unitPriceInclVat: price
          lines.unitPriceExclVat: price_excl
          lines.discount: discount
          lines.customFields.channable-order-item-id: channable_order_item_id
          lines.customFields.reference-code: reference_code
    """

    /// How long a completed order waits for a track & trace code by default: 3 hours.
    static let defaultTrackingWait: Double = 3 * 3600

    /// A flow reading Channable orders starts with `status: [open, cancelled]`: an order that
    /// arrives already shipped is `filtered` with the reason; a cancelled one goes on to the
    /// webshop target, which cancels only what it was sent (`WooCommerceConnector.lifecycle`).
    /// `include-cancellations: false` filters cancelled orders here as well.
    @Sendable static func defaultFilters(kind: DocumentKind, options: ConnectorOptions) -> String? {
        guard kind == .order else { return nil }
        let statuses = options.bool("include-cancellations") == false ? "open" : "open, cancelled"
        return "filters:\n  - status: [\(statuses)]\n"
    }
}

/// What `woocommerce` reads and writes and the options it takes (docs/connectors/woocommerce.md).
enum WooCommerceProfile {
    static let name = "woocommerce"

    static let profile = SystemProfile(
        name: name, reads: [.order, .shipment, .stock, .article, .price], writes: [.order, .stock],
        options: [
            OptionSpec("statuses", .source, .text),
            OptionSpec("price-categories", .source, .mapping, requiredFor: [.price]),
            OptionSpec("currency", .source, .text),
            OptionSpec("prices-include-vat", .source, .bool),
            OptionSpec("vat-rate", .source, .text),
            OptionSpec("tracking-meta-keys", .source, .text),
            OptionSpec("order-status", .target, .choice(["pending", "processing", "on-hold"])),
            OptionSpec("shipping-method-id", .target, .text),
            OptionSpec("set-paid", .target, .bool),
            OptionSpec("manage-stock", .target, .bool),
            OptionSpec("payment-methods", .target, .mapping),
            OptionSpec("customer-id", .target, .integer(minimum: 1)),
        ],
        layouts: layouts,
        defaultFilters: defaultFilters)

    /// Orders as the REST API returns them, to canonical orders (the connector prepares `number`
    /// and the creation date first and adds the tracking code, Channable id and coupon discounts
    /// after: `WooCommerceOrderReading`); and the create-order body (`POST /orders`) from a
    /// canonical order. The connector reads the latter with
    /// one address standing in for a missing other and the buyer's names on the billing address,
    /// then adds what a table cannot say: names split into first and last, the street line, line
    /// totals, shipping lines, meta data, the payment gateway and `set_paid`
    /// (`WooCommercePayload.order`, docs/connectors/woocommerce.md). Last, the order CSV of the
    /// Customer/Order CSV Export plugin, one row per line item, rows grouped by `order_id` (a flow
    /// with `format: csv` gets it; the connector fills `order_number` and `item_discount` first:
    /// `WooCommerceOrderCSVReading`).
    static let layouts = """
    layouts:
      woocommerce-order:
        kind: order
        format: json
        direction: source
        groups:
          lines: $.line_items[*]
        fields:
          number: $.number
          sourceSystem: { value: woocommerce }
          orderKind: { value: sales }
          status:
            path: $.status
            lower: true
            default: open
            unmapped: empty
            map:
              pending: open
              on-hold: open
              failed: open
              checkout-draft: open
              processing: processing
              completed: completed
              cancelled: cancelled
          sourceStatus: { path: $.status, lower: true, default: pending }
          orderDate: $.date_created_gmt
          currency: { path: $.currency, upper: true }
          paymentMethod: $.payment_method_title
          payment.amount: $.total
          payment.paidAt: $.date_paid_gmt
          payment.transactionId: $.transaction_id
          shippingCost: $.shipping_total
          shippingMethod: $.shipping_lines[0].method_title
          notes: $.customer_note
          buyer.companyName: $.billing.company
          buyer.contactName: { concat: [$.billing.first_name, $.billing.last_name] }
          buyer.email: $.billing.email
          buyer.phone: $.billing.phone
          billingAddress.name: { concat: [$.billing.first_name, $.billing.last_name] }
          billingAddress.companyName: $.billing.company
          billingAddress.street: $.billing.address_1
          billingAddress.postalCode: $.billing.postcode
          billingAddress.city: $.billing.city
          billingAddress.region: $.billing.state
          billingAddress.country: { path: $.billing.country, upper: true }
          shippingAddress.name: { concat: [$.shipping.first_name, $.shipping.last_name] }
          shippingAddress.companyName: $.shipping.company
          shippingAddress.street: $.shipping.address_1
          shippingAddress.postalCode: $.shipping.postcode
          shippingAddress.city: $.shipping.city
          shippingAddress.region: $.shipping.state
          shippingAddress.country: { path: $.shipping.country, upper: true }
          customFields.woocommerce-id: $.id
          customFields.customer-id: { path: $.customer_id, map: { "0": "" }, unmapped: pass }
          lines.sku: sku
          lines.description: name
          lines.quantity: quantity
          lines.unitPriceExclVat: price
          lines.customFields.product-id: product_id
          lines.customFields.variation-id: { path: variation_id, map: { "0": "" }, unmapped: pass }
      woocommerce-order-create:
        kind: order
        format: json
        direction: target
        groups:
          line_items: lines
        fields:
          status: { value: processing }
          currency: currency
          customer_note: notes
          payment_method_title: paymentMethod
          billing.company: billingAddress.companyName
          billing.city: billingAddress.city
          billing.state: billingAddress.region
          billing.postcode: billingAddress.postalCode
          billing.country: billingAddress.country
          billing.email: buyer.email
          billing.phone: buyer.phone
          shipping.company: shippingAddress.companyName
          shipping.city: shippingAddress.city
          shipping.state: shippingAddress.region
          shipping.postcode: shippingAddress.postalCode
          shipping.country: shippingAddress.country
          line_items.name: description
          line_items.sku: sku
          line_items.quantity: quantity
      woocommerce-order-csv:
        kind: order
        format: csv
        direction: source
        group-by: order_id
        groups:
          lines: row
        fields:
          number: order_number
          sourceSystem: { value: woocommerce }
          orderKind: { value: sales }
          status:
            column: status
            lower: true
            default: open
            unmapped: empty
            map:
              pending: open
              on-hold: open
              failed: open
              checkout-draft: open
              processing: processing
              completed: completed
              cancelled: cancelled
          sourceStatus: { column: status, lower: true, default: pending }
          orderDate: { column: date, date: "yyyy-MM-dd HH:mm:ss", zone: UTC }
          currency: { column: order_currency, upper: true }
          paymentMethod: payment_method
          shippingCost: shipping_total
          shippingMethod: shipping_method
          notes: customer_note
          buyer.companyName: billing_company
          buyer.contactName: { concat: [billing_first_name, billing_last_name] }
          buyer.email: billing_email
          buyer.phone: billing_phone
          billingAddress.name: { concat: [billing_first_name, billing_last_name] }
          billingAddress.companyName: billing_company
          billingAddress.street: billing_address_1
          billingAddress.postalCode: billing_postcode
          billingAddress.city: billing_city
          billingAddress.region: billing_state
          billingAddress.country: { column: billing_country, upper: true }
          shippingAddress.name: { concat: [shipping_first_name, shipping_last_name] }
          shippingAddress.companyName: shipping_company
          shippingAddress.street: shipping_address_1
          shippingAddress.postalCode: shipping_postcode
          shippingAddress.city: shipping_city
          shippingAddress.region: shipping_state
          shippingAddress.country: { column: shipping_country, upper: true }
          customFields.woocommerce-id: order_id
          customFields.customer-id: { column: customer_id, map: { "0": "" }, unmapped: pass }
          lines.sku: item_sku
          lines.description: item_name
          lines.quantity: item_quantity
          lines.unitPriceExclVat: { column: item_subtotal, divide: item_quantity, round: 6 }
          lines.discount: item_discount
          lines.customFields.tax: item_total_tax
    """

    /// A flow reading webshop orders keeps those whose status asks something of the marketplace:
    /// option `statuses`, default `completed, cancelled` (canonical statuses; empty: no filter).
    @Sendable static func defaultFilters(kind: DocumentKind, options: ConnectorOptions) -> String? {
        guard kind == .order else { return nil }
        let statuses = list(options.text("statuses") ?? "completed, cancelled")
        return statuses.isEmpty ? nil : "filters:\n  - status: [\(statuses.joined(separator: ", "))]\n"
    }

    /// Meta keys of option `tracking-meta-keys` (comma-separated), searched before the defaults.
    static func trackingMetaKeys(_ options: ConnectorOptions) -> [String] {
        list(options.text("tracking-meta-keys") ?? "") + WooCommerceOrderReading.defaultTrackingMetaKeys
    }

    static func list(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
