import Foundation
import Testing

/// The reference material beside the repository (public sample files, vendor payloads, the
/// OASIS UBL schemas), read in place and never copied into the repository.
///
/// One setting finds it: the environment variable `FERRY_SHARED`, or else a folder `shared`
/// next to the repository. Tests that need it carry the `.needsSharedFolder` trait, so that on a
/// machine without it they are reported as skipped, with the reason, instead of failing or
/// passing silently.
public enum SharedFolder {
    /// The repository this file belongs to (Tests/SharedFiles/ is two levels down).
    public static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Where the folder is looked for, and whether the place came from `FERRY_SHARED`.
    static let candidate: (url: URL, fromEnvironment: Bool) = {
        if let value = ProcessInfo.processInfo.environment["FERRY_SHARED"], !value.isEmpty {
            return (URL(fileURLWithPath: value, isDirectory: true).standardizedFileURL, true)
        }
        return (repository.deletingLastPathComponent().appendingPathComponent("shared", isDirectory: true), false)
    }()

    /// The folder, or nil where it does not exist.
    public static let root: URL? = {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: candidate.url.path, isDirectory: &isDirectory)
        return exists && isDirectory.boolValue ? candidate.url : nil
    }()

    /// Why tests that need the folder are skipped here.
    public static var missingReason: String {
        candidate.fromEnvironment
            ? "FERRY_SHARED=\(candidate.url.path) is not a folder"
            : "no shared reference folder at \(candidate.url.path); set FERRY_SHARED to run the tests against the public corpus"
    }

    /// A file under the folder, e.g. `corpus/ubl-2.1-Order-Example.xml`. Only call it from a test
    /// that carries `.needsSharedFolder`.
    public static func path(_ relative: String) throws -> String {
        let root = try #require(root, Comment(rawValue: missingReason))
        return root.appendingPathComponent(relative).path
    }

    /// The bytes of a file under the folder.
    public static func data(_ relative: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: try path(relative)))
    }

    /// The OASIS UBL 2.1 Order schema, as published (reference/xsd/ubl-2.1).
    public static let ublOrderSchema = "reference/xsd/ubl-2.1/maindoc/UBL-Order-2.1.xsd"
}

extension Trait where Self == ConditionTrait {
    /// Runs the test only where the shared reference folder exists; elsewhere it is skipped
    /// with the reason (see `SharedFolder`).
    public static var needsSharedFolder: Self {
        .enabled(if: SharedFolder.root != nil, Comment(rawValue: SharedFolder.missingReason))
    }
}
