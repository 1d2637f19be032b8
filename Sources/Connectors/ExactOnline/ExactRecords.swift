import Diagnostics
import Foundation
import Formats
import OrderedCollections

/// Exact Online's REST responses and XML export, brought into one shape before the layout reads
/// them: the entity's own field names (`OrderNumber`, `SalesOrderLines`, ...), texts trimmed
/// (Exact pads codes with spaces), `/Date(ms)/` as ISO 8601, `SalesOrderLines` as a list.
enum ExactRecords {
    /// A sales order whose lines the response only links to (`__deferred`): the fetch job must ask
    /// for them (`$expand=SalesOrderLines`).
    static let deferredMarker = "__linesDeferred"

    /// The entities in one JSON value: `{"d": {"results": [...]}}`, `{"d": [...]}`, `{"d": {...}}`,
    /// or a bare entity or list of entities.
    static func entities(inJSON root: Node) -> [Node] {
        var value = root
        if let wrapped = root.children["d"] { value = wrapped }
        if let results = value.children["results"], case .array = results.value { value = results }
        let items: [Node]
        if case .array(let elements) = value.value { items = elements } else { items = [value] }
        return items.map { normalize($0) }
    }

    /// One entity: every text trimmed, dates converted, `__metadata` dropped, nested
    /// `results` lists unwrapped; a deferred `SalesOrderLines` marks the entity.
    static func normalize(_ node: Node) -> Node {
        switch node.value {
        case .scalar(let text):
            return Node(.scalar(convertedDate(text) ?? text.trimmingCharacters(in: .whitespaces)), at: node.location)
        case .array(let items):
            return Node(.array(items.map(normalize)), at: node.location)
        case .object(let children):
            var result = OrderedDictionary<String, Node>()
            for (key, child) in children where key != "__metadata" {
                if let results = child.children["results"], case .array = results.value {
                    result[key] = normalize(results)
                } else if child.children["__deferred"] != nil {
                    if key == "SalesOrderLines" { result[deferredMarker] = Node(.bool(true), at: child.location) }
                } else {
                    result[key] = normalize(child)
                }
            }
            return Node(.object(result), at: node.location)
        case .null, .number, .bool:
            return node
        }
    }

    /// `/Date(1700000000000)/` (optionally with an offset, `+0100`) as `2023-11-14` when it is
    /// midnight UTC (Exact's dates), otherwise as an ISO 8601 instant in UTC; `nil` for other text.
    static func convertedDate(_ text: String) -> String? {
        guard text.hasPrefix("/Date("), text.hasSuffix(")/") else { return nil }
        var inner = text.dropFirst(6).dropLast(2)
        if let sign = inner.dropFirst().firstIndex(where: { $0 == "+" || $0 == "-" }) { inner = inner[..<sign] }
        guard let milliseconds = Int64(inner) else { return nil }
        let date = Date(timeIntervalSince1970: Double(milliseconds) / 1000)
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        if milliseconds % 86_400_000 == 0 {
            formatter.formatOptions = [.withFullDate]
        } else {
            formatter.formatOptions = [.withInternetDateTime]
        }
        return formatter.string(from: date)
    }

    /// Fills what the REST entity only references by id from what the fetch job placed beside it:
    /// `DeliverTo` and `DeliverToContactPerson` become objects (`Name`, `FullName` from the
    /// entity's `DeliverToName`, `DeliverToContactPersonFullName` when they are ids), a
    /// `DeliveryAddress` id falls back to the account's own address, and the service point
    /// comes from the field `servicePointField` names.
    static func completeSalesOrder(_ node: Node, servicePointField: String?) -> Node {
        guard case .object(var fields) = node.value else { return node }
        let location = node.location
        func text(_ key: String) -> String? { fields[key]?.text }
        if fields["DeliverTo"]?.children.isEmpty ?? true {
            var account = OrderedDictionary<String, Node>()
            if let id = text("DeliverTo") { account["ID"] = Node(.scalar(id), at: location) }
            if let name = text("DeliverToName") { account["Name"] = Node(.scalar(name), at: location) }
            fields["DeliverTo"] = Node(.object(account), at: location)
        }
        if fields["DeliverToContactPerson"]?.children.isEmpty ?? true {
            var contact = OrderedDictionary<String, Node>()
            if let id = text("DeliverToContactPerson") { contact["ID"] = Node(.scalar(id), at: location) }
            if let name = text("DeliverToContactPersonFullName") { contact["FullName"] = Node(.scalar(name), at: location) }
            fields["DeliverToContactPerson"] = Node(.object(contact), at: location)
        }
        if fields["DeliveryAddress"]?.children.isEmpty ?? true, let account = fields["DeliverTo"], account.children["AddressLine1"] != nil {
            var address = OrderedDictionary<String, Node>()
            for key in ["AddressLine1", "AddressLine2", "Postcode", "City", "Country"] {
                if let value = account.children[key] { address[key] = value }
            }
            fields["DeliveryAddress"] = Node(.object(address), at: location)
        }
        if let field = servicePointField, let value = fields[field]?.text, !value.isEmpty {
            fields["ServicePoint"] = Node(.scalar(value), at: fields[field]?.location ?? location)
        }
        return Node(.object(fields), at: location)
    }

    /// A `<SalesOrder>` of the eExact XML export in the REST entity's shape.
    static func salesOrder(fromXML order: Node) -> Node {
        let location = order.location
        var fields = OrderedDictionary<String, Node>()
        func put(_ key: String, _ node: Node?) {
            guard let node, let text = node.elementText?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return }
            fields[key] = Node(.scalar(text), at: node.location)
        }
        put("OrderNumber", order["@salesordernumber"] ?? order["@number"] ?? order["OrderNumber"])
        put("Status", order["@status"] ?? order["Status"])
        put("ApprovalStatus", order["ApprovalStatus"])
        put("OrderDate", order["OrderDate"])
        put("DeliveryDate", order["DeliveryDate"])
        put("Description", order["Description"])
        put("YourRef", order["YourRef"])
        put("Remarks", order["Remarks"])
        put("WarehouseCode", order["Warehouse"]?["@code"])
        put("ShippingMethodCode", order["ShippingMethod"]?["@code"])
        put("ShippingMethodDescription", order["ShippingMethod"]?["Description"])
        let deliverTo = order["DeliverTo"] ?? order["OrderedBy"]
        var account = OrderedDictionary<String, Node>()
        for (key, node) in [("Code", deliverTo?["@code"]), ("Name", deliverTo?["Name"]), ("Email", deliverTo?["Email"]),
                            ("Phone", deliverTo?["Phone"])] {
            if let node, let text = node.elementText?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
                account[key] = Node(.scalar(text), at: node.location)
            }
        }
        fields["DeliverTo"] = Node(.object(account), at: deliverTo?.location ?? location)
        let addressNode = order["DeliveryAddress"]
        var contact = OrderedDictionary<String, Node>()
        let contactNode = addressNode?["Contact"]
        for (key, node) in [("FullName", contactNode?["FullName"]), ("Email", contactNode?["Email"]), ("Phone", contactNode?["Phone"])] {
            if let node, let text = node.elementText?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
                contact[key] = Node(.scalar(text), at: node.location)
            }
        }
        fields["DeliverToContactPerson"] = Node(.object(contact), at: contactNode?.location ?? location)
        var address = OrderedDictionary<String, Node>()
        for (key, node) in [("AddressLine1", addressNode?["AddressLine1"]), ("AddressLine2", addressNode?["AddressLine2"]),
                            ("Postcode", addressNode?["PostalCode"] ?? addressNode?["Postcode"]), ("City", addressNode?["City"]),
                            ("Country", addressNode?["Country"]?["@code"] ?? addressNode?["Country"])] {
            if let node, let text = node.elementText?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
                address[key] = Node(.scalar(text), at: node.location)
            }
        }
        fields["DeliveryAddress"] = Node(.object(address), at: addressNode?.location ?? location)
        var lines: [Node] = []
        for line in order["SalesOrderLine"]?.items ?? [] {
            var item = OrderedDictionary<String, Node>()
            for (key, node) in [("LineNumber", line["@line"]), ("ItemCode", line["Item"]?["@code"]),
                                ("Description", line["Description"] ?? line["Item"]?["Description"]),
                                ("Quantity", line["Quantity"]), ("UnitCode", line["Unit"]?["@code"]),
                                ("UnitPrice", line["UnitPrice"]?["Value"]), ("NetPrice", line["NetPrice"]?["Value"]),
                                ("VATCode", line["UnitPrice"]?["VAT"]?["@code"]),
                                ("VATPercentage", line["UnitPrice"]?["VATPercentage"])] {
                if let node, let text = node.elementText?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
                    item[key] = Node(.scalar(text), at: node.location)
                }
            }
            if fields["Currency"] == nil, let currency = line["UnitPrice"]?["Currency"]?["@code"]?.elementText {
                fields["Currency"] = Node(.scalar(currency.trimmingCharacters(in: .whitespaces)), at: line.location)
            }
            lines.append(Node(.object(item), at: line.location))
        }
        fields["SalesOrderLines"] = Node(.array(lines), at: location)
        return Node(.object(fields), at: location)
    }
}
