/// Small canonical documents for end-to-end tests.
enum Samples {
    static func orderJSON(number: String, lines: [(sku: String, quantity: String, price: String)], note: String? = nil) -> String {
        let lineObjects = lines.enumerated().map { index, line in
            """
            {"lineNumber": \(index + 1), "sku": "\(line.sku)", "description": "Article \(line.sku)", "quantity": \(line.quantity), "unitPriceExclVat": \(line.price), "vatRate": 21}
            """
        }
        return """
            {
              "number": "\(number)",
              "orderKind": "sales",
              "status": "open",
              "orderDate": "2026-11-20T09:30:00Z",
              "currency": "EUR",
              "buyer": {"number": "C-100", "companyName": "Bakkerij De Zon", "email": "inkoop@dezon.example"},
              "shippingAddress": {"name": "Bakkerij De Zon", "street": "Kerkstraat", "houseNumber": "12", "houseNumberAddition": "A", "postalCode": "1234 AB", "city": "Utrecht", "country": "NL"},
              "lines": [\(lineObjects.joined(separator: ", "))]\(note.map { ",\n  \"notes\": \"\($0)\"" } ?? "")
            }
            """
    }

    /// Two orders as canonical CSV (one row per line, semicolons).
    static let ordersCSV = """
        number;orderDate;currency;buyer.companyName;buyer.email;shippingAddress.street;shippingAddress.houseNumber;shippingAddress.postalCode;shippingAddress.city;shippingAddress.country;line.sku;line.quantity;line.unitPriceExclVat
        SO-2001;2026-11-21;EUR;Fietsenwinkel Jansen;info@jansen.example;Dorpsweg;5;3511 AA;Utrecht;NL;BIKE-01;1;499.00
        SO-2001;2026-11-21;EUR;Fietsenwinkel Jansen;info@jansen.example;Dorpsweg;5;3511 AA;Utrecht;NL;LOCK-02;2;24.95
        SO-2002;2026-11-21;EUR;Café Het Hoekje;bar@hoekje.example;Markt;1;5611 AB;Eindhoven;NL;CUP-10;12;3.50

        """

    /// A CSV whose second order has a quantity that is not a number.
    static let ordersCSVWithBadQuantity = """
        number;orderDate;currency;line.sku;line.quantity;line.unitPriceExclVat
        SO-3001;2026-11-21;EUR;BIKE-01;1;499.00
        SO-3002;2026-11-21;EUR;CUP-10;twelve;3.50

        """

    static let brokenXML = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Orders>
          <Order>
            <Number>SO-4001</Number>
            <Lines><Line><Sku>A</Sku><Quantity>1</Quantity></Line></Lines>
          </Order>
          <Order>
            <Number>SO-4002</Number>
            <Lines><Line><Sku>B</Sku><Quantity>1</Quantity>
        </Orders>
        """
}
