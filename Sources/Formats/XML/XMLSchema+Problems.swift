import CXMLBridge
import Diagnostics
import Foundation

extension XMLSchema {
    /// One entry of the bridge's problem list (`cxml_problems_*`), copied into Swift.
    struct Problem {
        var kind: Int
        var line: Int
        var errorNumber: Int32
        var file: String?
        var path: String?
        var name: String?
        var message: String

        /// Stands in when libxml2 failed without saying why.
        static let unknown = Problem(
            kind: Int(CXML_PROBLEM_INTERNAL), line: 0, errorNumber: 0, file: nil, path: nil, name: nil,
            message: "libxml2 gave no reason")

        static func all(in list: OpaquePointer?) -> [Problem] {
            let count = Int(cxml_problems_count(list))
            return (0..<count).map { index in
                let at = Int32(index)
                return Problem(
                    kind: Int(cxml_problems_kind(list, at)), line: Int(cxml_problems_line(list, at)),
                    errorNumber: cxml_problems_errno(list, at),
                    file: cxml_problems_file(list, at).map { String(cString: $0) },
                    path: cxml_problems_path(list, at).map { String(cString: $0) },
                    name: cxml_problems_name(list, at).map { String(cString: $0) },
                    message: cxml_problems_message(list, at).map { String(cString: $0) } ?? "")
            }
        }

        /// The coded error for a problem in a validated payload.
        func payloadError(payloadName: String) -> FerryError {
            let lineText = line > 0 ? String(line) : "?"
            let location = Location(file: payloadName, line: line > 0 ? line : nil, path: path)
            switch kind {
            case Int(CXML_PROBLEM_SYNTAX):
                return FerryError(.xmlNotWellFormed, at: location, ["reason": message, "line": lineText])
            case Int(CXML_PROBLEM_ENTITY):
                return FerryError(.xmlEntityDeclared, at: location)
            default:
                return FerryError(.xmlSchemaRejected, at: location, ["element": name ?? "/", "line": lineText, "detail": message])
            }
        }

        /// A short account for a load failure: where (relative to the main schema's folder) and what.
        func loadReason(schema: String, displayName: String) -> String {
            var place = file.map { Self.shorten($0, schema: schema, displayName: displayName) } ?? displayName
            if line > 0 { place += ":\(line)" }
            switch kind {
            case Int(CXML_PROBLEM_REFUSED):
                return "\(place) is not a local file; it was not fetched"
            case Int(CXML_PROBLEM_UNREADABLE):
                return "\(place): \(XMLPullReader.describe(errno: errorNumber))"
            default:
                return "\(place): \(message)"
            }
        }

        private static func shorten(_ file: String, schema: String, displayName: String) -> String {
            let plain = file.hasPrefix("file://") ? String(file.dropFirst(7)) : file
            if plain == schema { return displayName }
            let folder = (schema as NSString).deletingLastPathComponent + "/"
            guard plain.hasPrefix("/") else { return plain }
            let standard = (plain as NSString).standardizingPath
            return standard.hasPrefix(folder) ? String(standard.dropFirst(folder.count)) : standard
        }
    }

    /// `.xmlSchemaUnloadable` naming the first few problems.
    static func loadError(_ problems: [Problem], schema: String, displayName: String) -> FerryError {
        // A refused or unreadable file is the cause; what libxml2 says about it afterwards is noise.
        let causes = problems.filter { [Int(CXML_PROBLEM_REFUSED), Int(CXML_PROBLEM_UNREADABLE)].contains($0.kind) }
        let listed = causes.isEmpty ? problems : causes
        let shown = (listed.isEmpty ? [Problem.unknown] : listed).prefix(3)
        var reason = shown.map { $0.loadReason(schema: schema, displayName: displayName) }.joined(separator: "; ")
        if listed.count > shown.count { reason += "; …" }
        return FerryError(.xmlSchemaUnloadable, at: Location(file: displayName), ["schema": displayName, "reason": reason])
    }

    /// One error for everything `validate` found, so a caller that can throw only one keeps them
    /// all visible: the only error itself, or `.xmlSchemaRejectedMany` at the first, listing each.
    /// `nil` when there is nothing to report.
    public static func rejection(_ errors: [FerryError]) -> FerryError? {
        guard let first = errors.first else { return nil }
        let rejections = errors.filter { $0.code == .xmlSchemaRejected }
        guard errors.count > 1, rejections.count == errors.count else { return first }
        let problems = rejections.map { error in
            let path = error.location?.path ?? "/"
            let line = error.arguments["line"].map { " (line \($0))" } ?? ""
            return path + line + ": " + (error.arguments["detail"] ?? "")
        }
        return FerryError(
            .xmlSchemaRejectedMany, at: first.location,
            ["count": String(errors.count), "problems": problems.joined(separator: "; ")])
    }
}
