import Formats

extension FerryConfig {
    /// The built-in default written in code; `Default.yml` says the same (a test compares them).
    static let standard = FerryConfig(flows: [
        flow("articles", kind: "article", targets: [("articles-json", .json)]),
        flow("stock", kind: "stock", targets: [("stock-json", .json)]),
        flow("orders", kind: "order", targets: [("orders-json", .json), ("orders-xml", .xml)]),
        flow("shipments", kind: "shipment", targets: [("shipments-json", .json)]),
    ])

    private static func flow(_ name: String, kind: String, targets: [(String, FileFormat)]) -> FlowConfig {
        FlowConfig(name: name, kind: kind, targets: targets.map { target, format in
            TargetConfig(name: target, format: format, outbox: "outbox/\(name)/\(target)")
        })
    }
}
