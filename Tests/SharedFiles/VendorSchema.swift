import Foundation

/// Runs a Python helper script: one place for the tests that check payloads and documents with
/// the reference folder's `validate.py` or with Python libraries.
public enum PythonScript {
    /// `python3 arguments…`, its exit status and its output (stdout and stderr together).
    public static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}

/// A vendor's published OpenAPI description in the shared folder (`reference/openapi/`), against
/// whose schemas payloads are validated offline by `reference/openapi/validate.py`.
public enum VendorSchema {
    /// Validates the file at `payload` against `schema` of `spec` (a path under the shared
    /// folder, e.g. `reference/openapi/sendcloud/sendcloud-v2-parcels-openapi.yml`). `flags` go to
    /// validate.py first (`--strict`). Returns its exit status and its output lines.
    public static func validate(file payload: String, spec: String, schema: String, flags: [String] = []) throws
        -> (status: Int32, lines: [String])
    {
        let result = try PythonScript.run(
            [try SharedFolder.path("reference/openapi/validate.py")] + flags + [try SharedFolder.path(spec), schema, payload])
        return (result.status, result.output.split(separator: "\n").map(String.init))
    }

    /// The same for bytes, written to a temporary file first.
    public static func validate(_ bytes: [UInt8], spec: String, schema: String, flags: [String] = []) throws
        -> (status: Int32, lines: [String])
    {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("payload-" + UUID().uuidString + ".json")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(bytes).write(to: file)
        return try validate(file: file.path, spec: spec, schema: schema, flags: flags)
    }
}
