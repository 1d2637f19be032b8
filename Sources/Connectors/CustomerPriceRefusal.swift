import Canonical
import Diagnostics
import Formats

/// The source of a price flow: a price for one customer fails the whole file (`PRICE-001`),
/// before anything of it is exported. Ferry carries prices per price category only; a file
/// that mixes in customer-specific prices is refused rather than half sent.
///
/// Pass 1 reads every document (`skip` converts too), so the refusal is met before pass 2.
struct CustomerPriceRefusal: DocumentSource {
    private var inner: any DocumentSource

    init(_ inner: any DocumentSource) { self.inner = inner }

    var format: FileFormat { inner.format }

    mutating func next() throws -> DecodeResult? {
        let result = try inner.next()
        if case .document(let document, let location)? = result, let price = document as? SalesPrice,
           let customer = price.customer {
            throw FerryError(.priceCustomerSpecific, at: location.field("customer"),
                             ["sku": price.sku, "customer": customer])
        }
        return result
    }

    mutating func skip() throws -> Bool { try next() != nil }

    func warnings() -> [FerryError] { inner.warnings() }
}

extension DocumentSource {
    /// `self`, refusing customer-specific prices when it reads prices.
    func refusingCustomerPrices(kind: DocumentKind) -> any DocumentSource {
        kind == .price ? CustomerPriceRefusal(self) : self
    }
}
