import Canonical
import Foundation
import Diagnostics
import Formats
import Rules

/// The columns of each reference table, shared by inline rows in ferry.yml and CSV files,
/// and how one row's cells become a typed row.
struct ReferenceTableSchema {
    let table: ReferenceData.Table
    /// In documentation order.
    let columns: [String]
    let required: [String]
    /// The column that must be unique (ignoring case).
    let key: String

    static func of(_ table: ReferenceData.Table) -> ReferenceTableSchema? {
        switch table {
        case .vatRates:
            ReferenceTableSchema(table: table, columns: ["code", "rate", "inclusive", "description"], required: ["code", "rate"], key: "code")
        case .warehouses:
            ReferenceTableSchema(
                table: table,
                columns: [
                    "code", "name", "company", "street", "house-number", "addition", "postal-code", "city", "country",
                    "phone", "email", "default",
                ],
                required: ["code"], key: "code")
        case .priceCategories:
            ReferenceTableSchema(table: table, columns: ["code", "name"], required: ["code"], key: "code")
        case .partners:
            ReferenceTableSchema(
                table: table, columns: ["name", "active", "number", "email", "gln", "vat", "kvk"], required: ["name"], key: "name")
        case .defaultDebtor:
            nil
        }
    }

    /// A problem with one row, at a column or the row as a whole.
    struct Problem {
        var code: ErrorCode
        var column: String?
        var arguments: [String: String]
    }

    /// Adds the row `cells` (column → trimmed text; empty counts as absent) to `data`.
    /// - Returns: the problems; a row with any is not added.
    func add(_ cells: [String: String], into data: inout ReferenceData) -> [Problem] {
        var problems: [Problem] = []
        let cell = { (column: String) -> String? in
            guard let text = cells[column]?.trimmedWhitespace, !text.isEmpty else { return nil }
            return text
        }
        for column in required where cell(column) == nil {
            problems.append(Problem(code: .refMissingValue, column: column, arguments: ["column": column]))
        }
        func flag(_ column: String, default value: Bool) -> Bool {
            guard let text = cell(column) else { return value }
            if let parsed = Truthiness.strict(text) { return parsed }
            problems.append(Problem(code: .refBadBool, column: column, arguments: ["column": column, "value": text]))
            return value
        }
        switch table {
        case .vatRates:
            var rate: Decimal?
            if let text = cell("rate") {
                rate = Self.percentage(text)
                if rate == nil { problems.append(Problem(code: .refBadRate, column: "rate", arguments: ["value": text])) }
            }
            let inclusive = flag("inclusive", default: false)
            guard problems.isEmpty, let code = cell("code"), let rate else { return problems }
            data.vatRates.append(VATRate(code: code, rate: rate, inclusive: inclusive, description: cell("description")))
        case .warehouses:
            var country = cell("country")
            if let text = country {
                if text.count == 2, text.allSatisfy({ $0.isASCII && $0.isLetter }) {
                    country = text.uppercased()
                } else {
                    problems.append(Problem(code: .refBadCountry, column: "country", arguments: ["value": text]))
                }
            }
            let isDefault = flag("default", default: false)
            guard problems.isEmpty, let code = cell("code") else { return problems }
            let sender = Address(
                name: cell("name"), companyName: cell("company"), street: cell("street"), houseNumber: cell("house-number"),
                houseNumberAddition: cell("addition"), postalCode: cell("postal-code"), city: cell("city"), country: country)
            data.warehouses.append(Warehouse(code: code, sender: sender, phone: cell("phone"), email: cell("email"), isDefault: isDefault))
        case .priceCategories:
            guard problems.isEmpty, let code = cell("code") else { return problems }
            data.priceCategories.append(PriceCategory(code: code, name: cell("name")))
        case .partners:
            let active = flag("active", default: true)
            guard problems.isEmpty, let name = cell("name") else { return problems }
            var identifiers: [String: String] = [:]
            for scheme in ["gln", "vat", "kvk"] { identifiers[scheme.uppercased()] = cell(scheme) }
            data.partners.append(Partner(name: name, active: active, number: cell("number"), email: cell("email"), identifiers: identifiers))
        case .defaultDebtor:
            break
        }
        return problems
    }

    /// A percentage from 0 to 100 written with a point or a comma (`21`, `5,5`).
    static func percentage(_ text: String) -> Decimal? {
        guard let value = NumberFormat.decimalPointOrComma(text), value >= 0, value <= 100 else { return nil }
        return value
    }
}
