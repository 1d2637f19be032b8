import Foundation
import Testing

/// What a status record says about one input: its outcome and every error code in it.
struct InputVerdict: CustomStringConvertible {
    var outcome: String?
    /// File-level error codes (the file could not be read as a whole).
    var fileCodes: [String]
    /// Error codes of the file's documents, in file order.
    var documentCodes: [String]
    var documentOutcomes: [String]

    var allCodes: [String] { fileCodes + documentCodes }
    var description: String { "\(outcome ?? "nil") file=\(fileCodes) documents=\(documentCodes) \(documentOutcomes)" }
}

extension FerryRoot {
    /// Drops raw bytes into a flow's inbox under a hidden name, then renames them into place.
    func drop(_ name: String, into flow: String, bytes: Data) throws {
        try write("inbox/\(flow)/.\(name).part", bytes)
        try FileManager.default.moveItem(atPath: path + "/inbox/\(flow)/.\(name).part", toPath: path + "/inbox/\(flow)/\(name)")
    }

    func verdict(for name: String) throws -> InputVerdict {
        let record = try statusRecord(for: name)
        func codes(_ errors: Any?) -> [String] {
            (errors as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
        }
        return InputVerdict(
            outcome: record.outcome, fileCodes: codes(record["errors"]),
            documentCodes: record.documents.flatMap { codes($0["errors"]) },
            documentOutcomes: record.documents.compactMap { $0["outcome"] as? String })
    }

    /// Whether `needle` occurs in any file under the root (hidden ones and the ledger included).
    func anyFileContains(_ needle: String) throws -> [String] {
        let bytes = Data(needle.utf8)
        return try files(under: ".").filter { try Data(contentsOf: url($0)).range(of: bytes) != nil }
    }
}

/// The hostile fixtures, read from the test bundle.
enum HostileFixtures {
    static func folder() throws -> URL {
        let resources = try #require(Bundle.module.resourceURL)
        return resources.appendingPathComponent("Fixtures/hostile")
    }

    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: folder().appendingPathComponent(name))
    }

    /// A fixture's text with `@KEY@` placeholders replaced.
    static func text(_ name: String, _ replacements: [String: String]) throws -> Data {
        var text = String(decoding: try data(name), as: UTF8.self)
        for (key, value) in replacements { text = text.replacingOccurrences(of: "@\(key)@", with: value) }
        return Data(text.utf8)
    }
}
