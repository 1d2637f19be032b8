import Foundation

/// A reproducible mix of inputs for crash tests: order files (JSON, CSV, XML), article
/// files, byte-identical duplicates, amended orders and malformed files.
enum Workload {
    struct Input {
        var flow: String
        var name: String
        var text: String
    }

    static func generate(files: Int = 30, ordersPerFile: Int = 8) -> [Input] {
        var inputs: [Input] = []
        var orderNumber = 10_000
        for index in 0..<files {
            let name = String(format: "batch-%03d", index)
            switch index % 10 {
            case 3:
                // A duplicate of the previous order file.
                if let previous = inputs.last(where: { $0.flow == "orders" }) {
                    inputs.append(Input(flow: "orders", name: name + "-dup." + (previous.name as NSString).pathExtension, text: previous.text))
                }
            case 5:
                inputs.append(Input(flow: "orders", name: name + "-broken.xml", text: "<Orders><Order><Number>X</Number>"))
            case 7:
                // Amends the first order of the first file.
                inputs.append(Input(flow: "orders", name: name + "-amend.json", text: orderJSON(10_000, quantity: 99)))
            case 8:
                var lines = ["sku;name;priceInclVat;stockAvailable"]
                for article in 0..<ordersPerFile {
                    lines.append("SKU-\(article);Article \(article);\(10 + article).95;\(index * 3 + article)")
                }
                inputs.append(Input(flow: "articles", name: name + ".csv", text: lines.joined(separator: "\n") + "\n"))
            case 0, 4:
                var rows = ["number;orderDate;line.sku;line.quantity;line.unitPriceExclVat"]
                for _ in 0..<ordersPerFile {
                    orderNumber += 1
                    rows.append("SO-\(orderNumber);2026-11-20;SKU-1;2;10.50")
                    rows.append("SO-\(orderNumber);2026-11-20;SKU-2;1;4.25")
                }
                inputs.append(Input(flow: "orders", name: name + ".csv", text: rows.joined(separator: "\n") + "\n"))
            default:
                var orders: [String] = []
                for _ in 0..<ordersPerFile {
                    orderNumber += 1
                    orders.append(orderJSON(orderNumber, quantity: 1 + orderNumber % 5))
                }
                inputs.append(Input(flow: "orders", name: name + ".json", text: "[\n" + orders.joined(separator: ",\n") + "\n]\n"))
            }
        }
        return inputs
    }

    static func orderJSON(_ number: Int, quantity: Int) -> String {
        """
        {"number": "SO-\(number)", "orderDate": "2026-11-20", "currency": "EUR", "lines": [{"sku": "SKU-1", "quantity": \(quantity), "unitPriceExclVat": 10.50}, {"sku": "SKU-3", "quantity": 1, "unitPriceExclVat": 2.00}]}
        """
    }

    /// Writes the inputs into a root's inboxes with increasing modification times, so
    /// every root processes them in the same order (oldest first).
    static func drop(_ inputs: [Input], into root: FerryRoot) throws {
        let start = Date(timeIntervalSince1970: 1_795_000_000)
        for (index, input) in inputs.enumerated() {
            let relative = "inbox/\(input.flow)/\(input.name)"
            try root.write(relative, input.text)
            try FileManager.default.setAttributes(
                [.modificationDate: start.addingTimeInterval(Double(index))], ofItemAtPath: root.path + "/" + relative)
        }
    }
}

/// What a finished root looks like, for comparing two roots file by file and payload by payload.
struct RootSnapshot: Equatable, CustomStringConvertible {
    /// Input name → file outcome and the outcome of each document with its outputs.
    var records: [String: String]
    /// Outbox path → payload bytes.
    var payloads: [String: Data]
    var hiddenOutboxFiles: [String]
    var inboxLeftovers: [String]

    init(_ root: FerryRoot) throws {
        records = [:]
        for record in try root.statusRecords() {
            let name = record["file"] as? String ?? "?"
            let documents = record.documents.map { document in
                let outputs = (document["outputs"] as? [String] ?? []).joined(separator: ",")
                return "\(document["key"] as? String ?? "-")=\(document["outcome"] as? String ?? "?")[\(outputs)]"
            }
            records[name] = "\(record.outcome ?? "?") " + documents.joined(separator: " ")
        }
        payloads = [:]
        hiddenOutboxFiles = []
        for file in root.files(under: "outbox") {
            if (file as NSString).lastPathComponent.hasPrefix(".") {
                hiddenOutboxFiles.append(file)
            } else {
                payloads[file] = try Data(contentsOf: root.url(file))
            }
        }
        inboxLeftovers = root.files(under: "inbox")
    }

    var description: String {
        "records: \(records.count), payloads: \(payloads.count), hidden: \(hiddenOutboxFiles), inbox: \(inboxLeftovers)"
    }
}
