import Foundation
import Testing

/// The example configurations and inputs under examples/ in the repository, and the shared corpus.
enum Examples {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func data(_ relative: String) throws -> Data {
        try Data(contentsOf: repository.appendingPathComponent("examples/" + relative))
    }

    /// An example's ferry.yml with every pickup settle set to 0, so tests need not wait.
    static func config(_ example: String) throws -> String {
        let text = String(decoding: try data(example + "/ferry.yml"), as: UTF8.self)
        return absoluteSchemas(text.replacingOccurrences(of: "settle: 1", with: "settle: 0"))
    }

    /// Schema paths written relative to the example folder, made absolute for a copy elsewhere.
    static func absoluteSchemas(_ config: String) -> String {
        config.replacingOccurrences(of: "schema: ../../schemas/", with: "schema: " + repository.path + "/schemas/")
    }

    /// A corpus file: the test fixture copy (never the shared original, never edited).
    static func corpus(_ name: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures/corpus"))
        return try Data(contentsOf: url)
    }
}

extension FerryRoot {
    /// A payload of the outbox parsed as a JSON object.
    func jsonObject(_ relative: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url(relative))) as? [String: Any])
    }
}

extension Dictionary where Key == String, Value == Any {
    subscript(path path: String) -> Any? {
        var current: Any? = self
        for key in path.split(separator: ".") {
            if let index = Int(key), let list = current as? [Any] {
                current = index < list.count ? list[index] : nil
            } else {
                current = (current as? [String: Any])?[String(key)]
            }
        }
        return current
    }
}
