import Canonical
import Diagnostics
import Foundation
import Formats
import Mapping

/// The Visma.net customer (`CustomerUpdateDto`) an order's buyer is: a company debtor (named
/// after the billing company, the person as its contact's attention) or a person debtor (named
/// after the person), with the billing address as main address, the shipping address as delivery
/// address, and the number the sales order refers to (`VismaCustomerNumber`), set with
/// `overrideNumberSeries` so the sales order written beside it can name it.
struct VismaCustomerPayload {
    let options: ConnectorOptions

    /// Whether the order's buyer is a company (a billing company name).
    static func isCompany(_ order: Order) -> Bool {
        let company = order.billingAddress?.companyName ?? order.buyer?.companyName
        return !(company?.trimmingCharacters(in: .whitespaces).isEmpty ?? true)
    }

    func body(for order: Order) throws -> Node {
        let number = try VismaCustomerNumber.of(order, options: options)
        let billing = order.billingAddress ?? order.shippingAddress
        let person = billing?.name ?? order.buyer?.contactName
        let company = Self.isCompany(order) ? (billing?.companyName ?? order.buyer?.companyName) : nil
        guard let name = company ?? person else {
            throw FerryError(.vismaNoCustomer, at: Location(file: "order \(order.number)", field: "buyer"), ["order": order.number])
        }
        var body = VismaObject()
        body.text("number", number)
        body.bool("overrideNumberSeries", true)
        body.text("name", name)
        body.text("status", "Active")
        body.text("currencyId", order.currency)
        body.text("customerClassId", options.text("customer-class"))
        if let country = billing?.country?.uppercased(), let zone = options.mapping("vat-zones")?[country] {
            body.text("vatZoneId", zone)
        }
        body.object("mainAddress", billing.map(Self.address))
        body.object("mainContact", Self.contact(name: name, attention: company == nil ? nil : person, buyer: order.buyer))
        if let shipping = order.shippingAddress, shipping != billing {
            body.object("deliveryAddress", Self.address(shipping))
            body.object("deliveryContact", Self.contact(name: shipping.companyName ?? shipping.name ?? name,
                                                        attention: shipping.companyName == nil ? nil : shipping.name, buyer: nil))
        }
        return body.node
    }

    static func address(_ address: Address) -> VismaObject {
        var value = VismaObject()
        let street = [address.street, address.houseNumber, address.houseNumberAddition].compactMap { $0 }.joined(separator: " ")
        value.text("addressLine1", street)
        value.text("postalCode", address.postalCode)
        value.text("city", address.city)
        value.text("countryId", address.country?.uppercased())
        value.text("county", address.region)
        return value
    }

    static func contact(name: String, attention: String?, buyer: Party?) -> VismaObject {
        var value = VismaObject()
        value.text("name", name)
        value.text("attention", attention)
        value.text("email", buyer?.email)
        value.text("phone1", buyer?.phone)
        return value
    }
}
