import Foundation

// The field tables of the canonical model: one entry per field, in the canonical tree's
// order (docs/formats.md). Readers, writers, CSV columns, XML list elements and
// `CanonicalSchema` are derived from these; see `CanonicalRecord`. A new record type also
// joins the `@_specialize` lists of `RecordMapping.read`/`tree` and `CanonicalJSONWriter`'s
// record writer (speed only: without, its walks look key path metadata up at run time).

extension Order {  // CanonicalRecord, as every CanonicalDocument
    public static let blank = Order(number: "")
    public static let canonicalFields: [CanonicalField<Order>] = [
        CanonicalField("number", .fixedText(\.number), required: true, key: true),
        CanonicalField("sourceSystem", .fixedText(\.sourceSystem), key: true),
        CanonicalField("sourceCompany", .text(\.sourceCompany), key: true),
        CanonicalField("orderKind", .oneOf(\.orderKind)),
        CanonicalField("status", .oneOf(\.status)),
        CanonicalField("approval", .oneOf(\.approval)),
        CanonicalField("sourceStatus", .text(\.sourceStatus)),
        CanonicalField("orderDate", .businessDate(\.orderDate)),
        CanonicalField("currency", .currency(\.currency)),
        CanonicalField("buyer", .record(\.buyer)),
        CanonicalField("seller", .record(\.seller)),
        CanonicalField("billingAddress", .record(\.billingAddress)),
        CanonicalField("shippingAddress", .record(\.shippingAddress)),
        CanonicalField("lines", .records(\.lines), csv: "line", csvList: .rows, xmlItem: "Line"),
        CanonicalField("shippingMethod", .text(\.shippingMethod)),
        CanonicalField("shippingCost", .decimal(\.shippingCost)),
        CanonicalField("paymentMethod", .text(\.paymentMethod)),
        CanonicalField("paymentTerms", .text(\.paymentTerms)),
        CanonicalField("payment", .record(\.payment)),
        CanonicalField("discounts", .records(\.discounts), csvList: .numbered, xmlItem: "Discount"),
        CanonicalField("warehouse", .text(\.warehouse)),
        CanonicalField("notes", .text(\.notes)),
        CanonicalField("customFields", .dictionary(\.customFields), csv: "custom", xmlItem: "Field"),
    ]
}

extension Party: CanonicalRecord {
    public static let blank = Party()
    public static let canonicalFields: [CanonicalField<Party>] = [
        CanonicalField("number", .text(\.number)),
        CanonicalField("identifiers", .records(\.identifiers), csv: "", csvList: .keyed(fixed: ["gln", "vat", "kvk"]),
                       xmlItem: "Identifier"),
        CanonicalField("companyName", .text(\.companyName)),
        CanonicalField("contactName", .text(\.contactName)),
        CanonicalField("email", .text(\.email)),
        CanonicalField("phone", .text(\.phone)),
    ]
}

extension PartyIdentifier: CanonicalRecord {
    public static let blank = PartyIdentifier(scheme: "", value: "")
    public static let canonicalFields: [CanonicalField<PartyIdentifier>] = [
        CanonicalField("scheme", .fixedText(\.scheme), required: true),
        CanonicalField("value", .fixedText(\.value), required: true),
    ]
}

extension Address: CanonicalRecord {
    public static let blank = Address()
    public static let canonicalFields: [CanonicalField<Address>] = [
        CanonicalField("name", .text(\.name)),
        CanonicalField("companyName", .text(\.companyName)),
        CanonicalField("street", .text(\.street)),
        CanonicalField("houseNumber", .text(\.houseNumber)),
        CanonicalField("houseNumberAddition", .text(\.houseNumberAddition)),
        CanonicalField("postalCode", .text(\.postalCode)),
        CanonicalField("city", .text(\.city)),
        CanonicalField("region", .text(\.region)),
        CanonicalField("country", .country(\.country)),
        CanonicalField("servicePointId", .text(\.servicePointId)),
    ]
}

extension OrderLine: CanonicalRecord {
    public static let blank = OrderLine(quantity: 0)
    public static let canonicalFields: [CanonicalField<OrderLine>] = [
        CanonicalField("lineNumber", .integer(\.lineNumber)),
        CanonicalField("sku", .text(\.sku)),
        CanonicalField("gtin", .text(\.gtin)),
        CanonicalField("supplierArticleCode", .text(\.supplierArticleCode)),
        CanonicalField("description", .text(\.description)),
        CanonicalField("quantity", .fixedDecimal(\.quantity), required: true),
        CanonicalField("unit", .text(\.unit)),
        CanonicalField("unitPriceExclVat", .decimal(\.unitPriceExclVat)),
        CanonicalField("unitPriceInclVat", .decimal(\.unitPriceInclVat)),
        CanonicalField("vatRate", .decimal(\.vatRate)),
        CanonicalField("vatCode", .text(\.vatCode)),
        CanonicalField("discount", .decimal(\.discount)),
        CanonicalField("hsCode", .text(\.hsCode)),
        CanonicalField("countryOfOrigin", .country(\.countryOfOrigin)),
        CanonicalField("weight", .decimal(\.weight)),
        CanonicalField("customFields", .dictionary(\.customFields), csv: "custom", xmlItem: "Field"),
    ]
}

extension Payment: CanonicalRecord {
    public static let blank = Payment(amount: 0)
    public static let canonicalFields: [CanonicalField<Payment>] = [
        CanonicalField("amount", .fixedDecimal(\.amount), required: true),
        CanonicalField("paidAt", .instant(\.paidAt)),
        CanonicalField("transactionId", .text(\.transactionId)),
    ]
}

extension Discount: CanonicalRecord {
    public static let blank = Discount(amount: 0)
    public static let canonicalFields: [CanonicalField<Discount>] = [
        CanonicalField("code", .text(\.code)),
        CanonicalField("description", .text(\.description)),
        CanonicalField("amount", .fixedDecimal(\.amount), required: true),
    ]
}

extension Article {  // CanonicalRecord, as every CanonicalDocument
    public static let blank = Article(sku: "")
    public static let canonicalFields: [CanonicalField<Article>] = [
        CanonicalField("sku", .fixedText(\.sku), required: true, key: true),
        CanonicalField("gtin", .text(\.gtin)),
        CanonicalField("supplierCodes", .records(\.supplierCodes), csv: "supplierCode", csvList: .keyed(fixed: []),
                       xmlItem: "SupplierCode"),
        CanonicalField("name", .text(\.name)),
        CanonicalField("shortDescription", .text(\.shortDescription)),
        CanonicalField("longDescription", .text(\.longDescription)),
        CanonicalField("priceExclVat", .decimal(\.priceExclVat)),
        CanonicalField("priceInclVat", .decimal(\.priceInclVat)),
        CanonicalField("vatRate", .decimal(\.vatRate)),
        CanonicalField("vatCode", .text(\.vatCode)),
        CanonicalField("costPrice", .decimal(\.costPrice)),
        CanonicalField("currency", .currency(\.currency)),
        CanonicalField("stockAvailable", .decimal(\.stockAvailable)),
        CanonicalField("stockReserved", .decimal(\.stockReserved)),
        CanonicalField("unit", .text(\.unit)),
        CanonicalField("weight", .decimal(\.weight)),
        CanonicalField("hsCode", .text(\.hsCode)),
        CanonicalField("countryOfOrigin", .country(\.countryOfOrigin)),
        CanonicalField("brand", .text(\.brand)),
        CanonicalField("categories", .texts(\.categories), xmlItem: "Category"),
        CanonicalField("imageURLs", .texts(\.imageURLs), xmlItem: "ImageURL"),
        CanonicalField("attributes", .dictionary(\.attributes), csv: "attribute", xmlItem: "Attribute"),
        CanonicalField("parentSku", .text(\.parentSku)),
        CanonicalField("customFields", .dictionary(\.customFields), csv: "custom", xmlItem: "Field"),
        CanonicalField("updatedAt", .instant(\.updatedAt), volatile: true),
    ]
}

extension SupplierCode: CanonicalRecord {
    public static let blank = SupplierCode(supplier: "", code: "")
    public static let canonicalFields: [CanonicalField<SupplierCode>] = [
        CanonicalField("supplier", .fixedText(\.supplier), required: true),
        CanonicalField("code", .fixedText(\.code), required: true),
    ]
}

extension StockLevel {  // CanonicalRecord, as every CanonicalDocument
    public static let blank = StockLevel(sku: "", available: 0)
    public static let canonicalFields: [CanonicalField<StockLevel>] = [
        CanonicalField("sku", .fixedText(\.sku), required: true, key: true),
        CanonicalField("warehouse", .text(\.warehouse), key: true),
        CanonicalField("available", .fixedDecimal(\.available), required: true),
        CanonicalField("reserved", .decimal(\.reserved)),
        CanonicalField("asOf", .instant(\.asOfDate), volatile: true, codingKey: "asOfDate"),
    ]
}

extension Shipment {  // CanonicalRecord, as every CanonicalDocument
    public static let blank = Shipment(orderNumber: "", trackingNumber: "")
    public static let canonicalFields: [CanonicalField<Shipment>] = [
        CanonicalField("orderNumber", .fixedText(\.orderNumber), required: true, key: true),
        CanonicalField("trackingNumber", .fixedText(\.trackingNumber), required: true, key: true),
        CanonicalField("carrier", .text(\.carrier)),
        CanonicalField("trackingURL", .text(\.trackingURL)),
        CanonicalField("shippedAt", .instant(\.shippedAt)),
        CanonicalField("sourceSystem", .fixedText(\.sourceSystem), key: true),
    ]
}

extension SalesPrice {  // CanonicalRecord, as every CanonicalDocument
    public static let blank = SalesPrice(sku: "", priceCategory: "", price: 0)
    public static let canonicalFields: [CanonicalField<SalesPrice>] = [
        CanonicalField("sku", .fixedText(\.sku), required: true, key: true),
        CanonicalField("priceCategory", .fixedText(\.priceCategory), required: true, key: true),
        CanonicalField("price", .fixedDecimal(\.price), required: true),
        CanonicalField("currency", .currency(\.currency)),
        CanonicalField("unit", .text(\.unit)),
        CanonicalField("breakQuantity", .decimal(\.breakQuantity)),
        CanonicalField("promotion", .oneOf(\.promotion)),
        CanonicalField("vatCode", .text(\.vatCode)),
        CanonicalField("effectiveDate", .businessDate(\.effectiveDate)),
        CanonicalField("expirationDate", .businessDate(\.expirationDate)),
        CanonicalField("customer", .text(\.customer), key: true),
    ]
}
