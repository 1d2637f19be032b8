"""The ferry.yml of a benchmark root: one flow per workload, reading the generator's shop
exports through source layouts (docs/mapping.md) into canonical orders, written to one JSON
target (one payload per order, Ferry's default)."""

SHARED = """maps:
  shop-status:
    values:
      processing: processing
      completed: completed
      on-hold: open
      pending: open
    unmapped: error
"""

# Order-level fields per source format: canonical field -> the shop file's path.
ORDER_FIELDS = {
    "csv": {"number": "{ column: order_number, trim: true }", "status": "{ column: status, map: shop-status }",
            "orderDate": "created_at", "currency": "{ column: currency, upper: true }", "buyer.number": "customer_id",
            "buyer.contactName": "customer_name", "buyer.email": "{ column: customer_email, trim: true, lower: true }",
            "buyer.phone": "customer_phone", "shippingAddress.name": "ship_name",
            "shippingAddress.street": "ship_street", "shippingAddress.houseNumber": "ship_house_number",
            "shippingAddress.postalCode": "ship_postcode", "shippingAddress.city": "ship_city",
            "shippingAddress.country": "{ column: ship_country, upper: true }", "shippingCost": "shipping_total",
            "paymentMethod": "payment_method", "notes": "customer_note",
            "lines.sku": "line_sku", "lines.description": "line_name", "lines.quantity": "line_qty",
            "lines.unitPriceExclVat": "line_price", "lines.vatRate": "line_tax_rate"},
    "json": {"number": "{ path: $.id, trim: true }", "status": "{ path: $.status, map: shop-status }",
             "orderDate": "$.created_at", "currency": "{ path: $.currency, upper: true }",
             "buyer.number": "$.customer.id", "buyer.contactName": "$.customer.name",
             "buyer.email": "{ path: $.customer.email, trim: true, lower: true }", "buyer.phone": "$.customer.phone",
             "shippingAddress.name": "$.shipping.name", "shippingAddress.street": "$.shipping.street",
             "shippingAddress.houseNumber": "$.shipping.house_number",
             "shippingAddress.postalCode": "$.shipping.postcode", "shippingAddress.city": "$.shipping.city",
             "shippingAddress.country": "{ path: $.shipping.country, upper: true }",
             "shippingCost": "$.shipping_total", "paymentMethod": "$.payment_method", "notes": "$.customer_note",
             "lines.sku": "sku", "lines.description": "name", "lines.quantity": "quantity",
             "lines.unitPriceExclVat": "price", "lines.vatRate": "tax_rate"},
    "xml": {"number": "{ path: Id, trim: true }", "status": "{ path: Status, map: shop-status }",
            "orderDate": "CreatedAt", "currency": "{ path: Currency, upper: true }", "buyer.number": "Customer/Id",
            "buyer.contactName": "Customer/Name", "buyer.email": "{ path: Customer/Email, trim: true, lower: true }",
            "buyer.phone": "Customer/Phone", "shippingAddress.name": "Shipping/Name",
            "shippingAddress.street": "Shipping/Street", "shippingAddress.houseNumber": "Shipping/HouseNumber",
            "shippingAddress.postalCode": "Shipping/Postcode", "shippingAddress.city": "Shipping/City",
            "shippingAddress.country": "{ path: Shipping/Country, upper: true }",
            "shippingCost": "ShippingTotal", "paymentMethod": "PaymentMethod", "notes": "CustomerNote",
            "lines.sku": "Sku", "lines.description": "Name", "lines.quantity": "Quantity",
            "lines.unitPriceExclVat": "Price", "lines.vatRate": "TaxRate"},
}
LAYOUT_HEAD = {
    "csv": "    group-by: order_number\n    groups:\n      lines: row\n",
    "json": '    groups:\n      lines: "$.line_items[*]"\n',
    "xml": "    record: Order\n    groups:\n      lines: Items/Item\n",
}
ARTICLE_LAYOUT = """  shop-articles:
    kind: article
    format: csv
    fields:
      sku: { column: sku, trim: true }
      gtin: ean
      name: name
      longDescription: description
      priceExclVat: price_excl
      vatRate: tax_rate
      stockAvailable: stock
      weight: weight_kg
      brand: brand
      categories: { column: category, split: ">" }
"""


def order_layout(fmt):
    fields = "".join(f"      {name}: {rule}\n" for name, rule in ORDER_FIELDS[fmt].items())
    return (f"  shop-{fmt}:\n    kind: order\n    format: {fmt}\n" + LAYOUT_HEAD[fmt] +
            "    fields:\n      sourceSystem: { value: webshop }\n" + fields)


def ferry_yml(flow, fmt):
    """ferry.yml for one flow. `fmt`: csv, json or xml through a layout; canon = Ferry's own
    JSON format (no layout); articles = the article feed through a layout."""
    target = "    targets:\n      - { name: erp, format: json }\n"
    pickup = "    pickup: { settle: 0 }\n"
    if fmt == "canon":
        return f"flows:\n  - name: {flow}\n    kind: order\n    format: json\n{pickup}{target}"
    if fmt == "articles":
        return (f"layouts:\n{ARTICLE_LAYOUT}flows:\n  - name: {flow}\n    kind: article\n"
                f"    layout: shop-articles\n    csv: {{ delimiter: \",\" }}\n{pickup}{target}")
    csv = '    csv: { delimiter: "," }\n' if fmt == "csv" else ""
    return (SHARED + f"layouts:\n{order_layout(fmt)}flows:\n  - name: {flow}\n    kind: order\n"
            f"    layout: shop-{fmt}\n{csv}{pickup}{target}")
