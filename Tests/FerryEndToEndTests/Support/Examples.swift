import Foundation
import SharedFiles
import Testing

/// The example configurations and inputs under examples/ in the repository, and the shared corpus
/// (read in place through `SharedFolder`, never copied).
enum Examples {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func data(_ relative: String) throws -> Data {
        try Data(contentsOf: repository.appendingPathComponent("examples/" + relative))
    }

    /// An example's ferry.yml with every pickup settle set to 0, so tests need not wait.
    static func config(_ example: String) throws -> String {
        let text = String(decoding: try data(example + "/ferry.yml"), as: UTF8.self)
        return text.replacingOccurrences(of: "settle: 1", with: "settle: 0")
    }

    /// The commented-out `schema:` line of an example, switched on and pointed at the OASIS
    /// schemas of the shared reference folder (only from tests marked `.needsSharedFolder`).
    static func withOASISSchemas(_ config: String) throws -> String {
        let folder = try SharedFolder.path("reference/xsd/ubl-2.1")
        let switchedOn = config.replacingOccurrences(of: "# schema: schemas/ubl-2.1/", with: "schema: " + folder + "/")
        #expect(switchedOn != config, "the example names no OASIS schema")
        return switchedOn
    }

    /// A file of the shared corpus, read in place (only from tests marked `.needsSharedFolder`).
    static func corpus(_ name: String) throws -> Data {
        try SharedFolder.data("corpus/" + name)
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
