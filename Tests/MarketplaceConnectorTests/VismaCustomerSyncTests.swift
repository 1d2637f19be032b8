import Canonical
@testable import Connectors
import Mapping
import Testing

/// The customer decision from a given history: unknown → create, same data → nothing,
/// changed data → update, default debtor → no customer at all.
@Suite struct VismaCustomerSyncTests {
    static func order(number: String = "5120", company: String? = "Brinkman Bloembinderij", phone: String = "+31385550123") -> Order {
        var order = Order(number: number, sourceSystem: "woocommerce")
        order.currency = "EUR"
        order.customFields[WooCommerceOrderReading.Field.customerId] = "318"
        order.billingAddress = Address(name: "Anouk Brinkman", companyName: company, street: "Havenweg 41", postalCode: "8011 AB",
                                       city: "Zwolle", country: "NL")
        order.buyer = Party(companyName: company, contactName: "Anouk Brinkman", email: "inkoop@brinkman-bloem.example", phone: phone)
        return order
    }

    @Test func unknownThenUnchangedThenChanged() throws {
        let options = ConnectorOptions()
        let first = try VismaCustomerSync.event(for: Self.order(), options: options)
        #expect(try VismaCustomerSync.key(for: Self.order(), options: options) == "customer/WC318")
        #expect(VismaCustomerSync.decide(event: first, exported: [], options: options) == .init(action: .create, event: first))
        #expect(VismaCustomerSync.endpoint(exportedBefore: false) == "visma-customer-create")
        // Another order of the same customer with the same data: nothing new (the same event).
        let again = try VismaCustomerSync.event(for: Self.order(number: "5200"), options: options)
        #expect(again == first)
        #expect(VismaCustomerSync.decide(event: again, exported: [first, .created], options: options) == .init(action: .unchanged, event: first))
        // A new phone number: an update.
        let changed = try VismaCustomerSync.event(for: Self.order(number: "5300", phone: "+31385550999"), options: options)
        #expect(changed != first)
        #expect(VismaCustomerSync.decide(event: changed, exported: [first], options: options) == .init(action: .update, event: changed))
        #expect(VismaCustomerSync.endpoint(exportedBefore: true) == "visma-customer-update")
        // An older order read again, with the data sent first: not sent again (no step back).
        #expect(VismaCustomerSync.decide(event: first, exported: [first, changed], options: options) == .init(action: .unchanged, event: first))
        // From company to person debtor is a change too.
        let person = try VismaCustomerSync.event(for: Self.order(company: nil), options: options)
        #expect(person != first)
    }

    @Test func defaultDebtorWritesNoCustomer() throws {
        let options = ConnectorOptions(values: ["default-debtor": .text("10001")])
        let event = try VismaCustomerSync.event(for: Self.order(), options: options)
        #expect(VismaCustomerSync.decide(event: event, exported: [], options: options).action == VismaCustomerSync.Action.none)
        #expect(try VismaCustomerSync.key(for: Self.order(), options: options) == "customer/10001")
    }
}
