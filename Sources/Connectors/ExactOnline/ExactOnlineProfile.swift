import Canonical
import Mapping

/// What `exact-online` reads and writes, its options and its default layouts.
enum ExactOnlineProfile {
    static let name = "exact-online"

    static let profile = SystemProfile(
        name: name, reads: [.order, .article], writes: [.shipment],
        options: [
            OptionSpec("statuses", .source, .text),
            OptionSpec("approval", .source, .choice(["approved", "any"])),
            OptionSpec("order-age-days", .source, .integer(minimum: 0)),
            OptionSpec("service-point-field", .source, .text),
        ],
        layouts: layouts,
        defaultFilters: defaultFilters)

    /// The default filters of a flow reading Exact sales orders, as a `filters:` list:
    /// `status` (option `statuses`, default `open`), approval (option `approval`, default
    /// `approved`), order date (option `order-age-days`, default 30; 0 turns it off).
    @Sendable static func defaultFilters(kind: DocumentKind, options: ConnectorOptions) -> String? {
        guard kind == .order else { return nil }
        let statuses = (options.text("statuses") ?? "open").split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        var lines = ["filters:"]
        if !statuses.isEmpty { lines.append("  - status: [\(statuses.joined(separator: ", "))]") }
        if options.text("approval") ?? "approved" == "approved" {
            lines.append("  - { field: approval, equals: approved }")
        }
        let days = options.integer("order-age-days") ?? 30
        if days > 0 { lines.append("  - order-date-within-days: \(days)") }
        return lines.count > 1 ? lines.joined(separator: "\n") + "\n" : nil
    }

    /// Sales orders as `ExactRecords` leaves them (the REST entity's field names, whether read
    /// from JSON or the XML export), and goods-delivery updates with a tracking number.
    static let layouts = """
    layouts:
      exact-online-sales-order:
        kind: order
        format: json
        direction: source
        groups:
          lines: $.SalesOrderLines[*]
        fields:
          number: $.OrderNumber
          sourceSystem: { value: exact-online }
          orderKind: { value: sales }
          status: { path: $.Status, map: { "12": open, "20": processing, "21": completed, "45": cancelled } }
          sourceStatus: $.Status
          approval: { path: $.ApprovalStatus, map: { "1": pending, "2": approved, "3": approved } }
          orderDate: $.OrderDate
          currency: $.Currency
          buyer.number: $.DeliverTo.Code
          buyer.companyName: $.DeliverTo.Name
          buyer.contactName: $.DeliverToContactPerson.FullName
          buyer.email: $.DeliverTo.Email
          buyer.phone: $.DeliverTo.Phone
          shippingAddress.street: { path: $.DeliveryAddress.AddressLine1, street: street }
          shippingAddress.houseNumber: { path: $.DeliveryAddress.AddressLine1, street: number }
          shippingAddress.houseNumberAddition: { path: $.DeliveryAddress.AddressLine1, street: addition }
          shippingAddress.postalCode: $.DeliveryAddress.Postcode
          shippingAddress.city: $.DeliveryAddress.City
          shippingAddress.country: { path: $.DeliveryAddress.Country, upper: true }
          shippingAddress.servicePointId: $.ServicePoint
          shippingMethod: $.ShippingMethodCode
          warehouse: $.WarehouseCode
          notes: $.Remarks
          customFields.yourRef: $.YourRef
          customFields.addressLine2: $.DeliveryAddress.AddressLine2
          customFields.contactEmail: $.DeliverToContactPerson.Email
          customFields.contactPhone: $.DeliverToContactPerson.Phone
          lines.lineNumber: LineNumber
          lines.sku: ItemCode
          lines.description: Description
          lines.quantity: Quantity
          lines.unit: UnitCode
          lines.unitPriceExclVat: UnitPrice
          lines.vatCode: VATCode
          lines.vatRate: { path: VATPercentage, multiply: 100 }
      exact-online-item:
        kind: article
        format: json
        direction: source
        fields:
          sku: $.Code
          gtin: $.Barcode
          name: $.Description
          shortDescription: $.ExtraDescription
          costPrice: $.CostPriceStandard
          currency: $.CostPriceCurrency
          weight: $.GrossWeight
          unit: $.Unit
          hsCode: $.StatisticalCode
          updatedAt: $.Modified
          attributes.FreeTextField_01: $.FreeTextField_01
          attributes.FreeTextField_02: $.FreeTextField_02
          attributes.FreeTextField_03: $.FreeTextField_03
          attributes.FreeTextField_04: $.FreeTextField_04
          attributes.FreeTextField_05: $.FreeTextField_05
          attributes.FreeTextField_06: $.FreeTextField_06
          attributes.FreeTextField_07: $.FreeTextField_07
          attributes.FreeTextField_08: $.FreeTextField_08
          attributes.FreeTextField_09: $.FreeTextField_09
          attributes.FreeTextField_10: $.FreeTextField_10
      exact-online-goods-delivery-update:
        kind: shipment
        format: json
        direction: target
        fields:
          SalesOrderNumber: orderNumber
          TrackingNumber: trackingNumber
          Remarks: { concat: [trackingNumber, trackingURL], separator: " " }
    """
}
