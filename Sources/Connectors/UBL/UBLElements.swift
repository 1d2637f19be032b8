import Canonical
import Diagnostics
import Foundation
import Formats

/// Element access on a UBL record tree as `XMLRecordReader` gives it: children under their
/// local names (any namespace prefix, or none), an element with attributes as an object with
/// `@name` keys and `#text`, repeated elements as an array.
enum UBLElements {
    /// The first element at `path` (local names, one per level; the first of repeated elements).
    static func first(_ node: Node?, _ path: String...) -> Node? { first(node, path) }

    static func first(_ node: Node?, _ path: [String]) -> Node? {
        var current = node
        for name in path {
            current = current?[name]?.items.first
        }
        return current
    }

    /// Every element named `name` directly under `node`.
    static func all(_ node: Node?, _ name: String) -> [Node] {
        node?[name]?.items ?? []
    }

    /// The trimmed text of the first element at `path`; nil when absent or blank.
    static func text(_ node: Node?, _ path: String...) -> String? {
        text(of: first(node, path))
    }

    static func text(of node: Node?) -> String? {
        guard let raw = node?.elementText else { return nil }
        let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// An attribute of the element (`schemeID`, `unitCode`, `currencyID`).
    static func attribute(_ node: Node?, _ name: String) -> String? {
        guard let value = node?.children["@" + name]?.text?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        return value
    }
}

/// Party identifiers as UBL senders write them, in the schemes Ferry's party registry and
/// partners use: GLN (`schemeID` `0088` or `GLN`), VAT (`PartyTaxScheme/CompanyID`, or ICD
/// schemes of VAT numbers), KVK (`0106`); any other scheme is kept under its own id, and an
/// identifier without a scheme under `ID`.
enum UBLSchemes {
    static func canonical(_ schemeID: String?) -> String {
        guard let scheme = schemeID?.uppercased() else { return "ID" }
        switch scheme {
        case "0088", "GLN", "EAN": return "GLN"
        case "0106", "KVK": return "KVK"
        case "VAT", "9925", "9944", "9906": return "VAT"
        default: return scheme
        }
    }

    /// The ICD code Ferry writes for a canonical scheme (GLN → 0088, KVK → 0106); others as they are.
    static func icd(_ scheme: String) -> String? {
        switch scheme.uppercased() {
        case "GLN": return "0088"
        case "KVK": return "0106"
        case "ID": return nil
        default: return scheme
        }
    }
}

/// Parties and addresses of UBL documents as canonical values.
enum UBLParties {
    /// A `cac:Party` (under `BuyerCustomerParty`, `SellerSupplierParty`, `DeliveryCustomerParty`,
    /// ...) as a canonical party; `number` is the account id the other side assigned.
    static func party(_ party: Node?, number: String?) -> Party? {
        guard let party else { return nil }
        var identifiers: [PartyIdentifier] = []
        func add(_ scheme: String, _ value: String?) {
            guard let value else { return }
            let identifier = PartyIdentifier(scheme: scheme, value: value)
            if !identifiers.contains(identifier) { identifiers.append(identifier) }
        }
        if let endpoint = UBLElements.first(party, "EndpointID") {
            add(UBLSchemes.canonical(UBLElements.attribute(endpoint, "schemeID")), UBLElements.text(of: endpoint))
        }
        for identification in UBLElements.all(party, "PartyIdentification") {
            let id = UBLElements.first(identification, "ID")
            add(UBLSchemes.canonical(UBLElements.attribute(id, "schemeID")), UBLElements.text(of: id))
        }
        for scheme in UBLElements.all(party, "PartyTaxScheme") {
            add("VAT", UBLElements.text(scheme, "CompanyID"))
        }
        for entity in UBLElements.all(party, "PartyLegalEntity") {
            let id = UBLElements.first(entity, "CompanyID")
            if let value = UBLElements.text(of: id) {
                let scheme = UBLElements.attribute(id, "schemeID").map { UBLSchemes.canonical($0) } ?? "LEGAL"
                add(scheme, value)
            }
        }
        let person = UBLElements.first(party, "Person")
        let personName = [UBLElements.text(person, "FirstName"), UBLElements.text(person, "FamilyName")].compactMap { $0 }
        let result = Party(
            number: number, identifiers: identifiers,
            companyName: UBLElements.text(party, "PartyName", "Name") ?? UBLElements.text(party, "PartyLegalEntity", "RegistrationName"),
            contactName: UBLElements.text(party, "Contact", "Name") ?? (personName.isEmpty ? nil : personName.joined(separator: " ")),
            email: UBLElements.text(party, "Contact", "ElectronicMail"),
            phone: UBLElements.text(party, "Contact", "Telephone"))
        return result
    }

    /// The party's `EndpointID` as `scheme:value` (kept to address a response to the sender).
    static func endpoint(_ party: Node?) -> String? {
        guard let endpoint = UBLElements.first(party, "EndpointID"), let value = UBLElements.text(of: endpoint) else { return nil }
        return (UBLElements.attribute(endpoint, "schemeID").map { $0 + ":" } ?? "") + value
    }

    /// A `cac:Address` (`PostalAddress`, `DeliveryAddress`, `DeliveryLocation/Address`). The house
    /// number is `BuildingNumber`; address lines fill the street when `StreetName` is absent.
    static func address(_ node: Node?, name: String? = nil, companyName: String? = nil) -> Address? {
        guard let node else { return nil }
        let lines = UBLElements.all(node, "AddressLine").compactMap { UBLElements.text($0, "Line") }
        let street = UBLElements.text(node, "StreetName") ?? lines.first
        var address = Address(
            name: name, companyName: companyName, street: street, houseNumber: UBLElements.text(node, "BuildingNumber"),
            postalCode: UBLElements.text(node, "PostalZone"), city: UBLElements.text(node, "CityName"),
            region: UBLElements.text(node, "CountrySubentity"),
            country: UBLElements.text(node, "Country", "IdentificationCode")?.uppercased())
        if let additional = UBLElements.text(node, "AdditionalStreetName") {
            address.street = [street, additional].compactMap { $0 }.joined(separator: ", ")
        }
        return address
    }
}
