import Canonical
import Mapping

/// What `sendcloud` reads and writes, its options and its default layouts.
enum SendcloudProfile {
    static let name = "sendcloud"

    /// Sendcloud's customs shipment types (v2 `customs_shipment_type`), by option word.
    static let shipmentTypes: [(word: String, code: Int)] = [
        ("gift", 0), ("documents", 1), ("commercial-goods", 2), ("commercial-sample", 3), ("returned-goods", 4),
    ]

    static let profile = SystemProfile(
        name: name, reads: [.shipment], writes: [.order],
        options: [
            OptionSpec("customer-mapping", .target, .choice(["dynamic", "manual"])),
            OptionSpec("create-label", .target, .choice(["never", "on-order", "on-goods-delivery"])),
            OptionSpec("shipping-method", .target, .integer(minimum: 1)),
            OptionSpec("shipping-methods", .target, .mapping),
            OptionSpec("sender-address", .target, .integer(minimum: 1)),
            OptionSpec("customs-shipment-type", .target, .choice(shipmentTypes.map(\.word))),
            OptionSpec("origin-country", .target, .text),
            OptionSpec("hs-code", .target, .text),
            OptionSpec("item-weight", .target, .text),
        ],
        layouts: layouts)

    /// A parcel from a canonical order (the connector then applies the customer rule, the
    /// sender address, customs and the label request), and tracking from a parcel.
    static let layouts = """
    layouts:
      sendcloud-parcel:
        kind: order
        format: json
        direction: target
        groups:
          parcel_items: lines
        fields:
          name: { path: shippingAddress.name, default: "" }
          company_name: shippingAddress.companyName
          address: shippingAddress.street
          house_number: { concat: [shippingAddress.houseNumber, shippingAddress.houseNumberAddition], separator: " " }
          address_2: customFields.addressLine2
          city: shippingAddress.city
          postal_code: shippingAddress.postalCode
          country: shippingAddress.country
          email: buyer.email
          telephone: buyer.phone
          order_number: number
          shipping_method_checkout_name: shippingMethod
          total_order_value_currency: currency
          parcel_items.description: description
          parcel_items.quantity: quantity
          parcel_items.weight: weight
          parcel_items.value: unitPriceInclVat
          parcel_items.sku: sku
          parcel_items.hs_code: hsCode
          parcel_items.origin_country: countryOfOrigin
      sendcloud-parcel-tracking:
        kind: shipment
        format: json
        direction: source
        fields:
          orderNumber: $.order_number
          trackingNumber: $.tracking_number
          carrier: $.carrier.code
          trackingURL: $.tracking_url
          sourceSystem: { value: sendcloud }
    """
}
