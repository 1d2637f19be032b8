import Configuration
import Foundation
import SharedFiles
import Testing

/// A root with one flow of orders in Ferry's canonical JSON (`orders`, one JSON target
/// `erp`), for the engine tests that run files through a real `Engine`.
enum OrderFlowRoot {
    static func config(settle: Int = 0, allowEmpty: Bool = false) throws -> FerryConfig {
        let yaml = """
            flows:
              - name: orders
                kind: order
                format: json
                allow-empty: \(allowEmpty)
                pickup: { settle: \(settle) }
                targets:
                  - { name: erp, format: json }
            """
        return try #require(ConfigLoader.check(yaml: yaml).config)
    }

    /// A new root with its empty `inbox/orders`; returns the root's path.
    static func make(_ prefix: String) throws -> String {
        let root = try TestFile.temporaryFolder(prefix)
        try FileManager.default.createDirectory(atPath: root + "/inbox/orders", withIntermediateDirectories: true)
        return root
    }

    /// One order as the canonical JSON format reads it.
    static func order(_ number: Int) -> String { #"{"number":"SO-\#(number)","orderDate":"2026-01-02"}"# }
}
