import Diagnostics
import Engine
import FlyingFox
import Foundation

/// `/api/v1/`: the console's data and actions as JSON (docs/console-openapi.yaml). Status and
/// log answer with the shapes of `ferry status --json` and `ferry log --json`.
struct ConsoleAPI {
    let console: ConsoleServer

    struct Resolved: Encodable {
        var id: Int64
        var resolved: Bool
        var reason: String
    }

    struct Acknowledged: Encodable {
        var id: Int64
        var key: String
        var acknowledged: Bool
        var reason: String
    }

    func route(_ request: ConsoleRequest) -> HTTPResponse {
        let parts = Array(request.segments.dropFirst(2))  // after api/v1
        let language = console.language
        do {
            switch (request.method, parts.count) {
            case ("GET", 1) where parts[0] == "status":
                return ConsoleResponse.json(try console.reader.status())
            case ("GET", 1) where parts[0] == "log":
                let key = request.query["key"].map(KeyFilter.exact) ?? request.query["key-pattern"].map(KeyFilter.pattern)
                let limit = request.query["limit"].flatMap { Int($0) }.map { max(1, min($0, 5000)) } ?? 500
                return ConsoleResponse.json(try console.reader.log(flow: request.query["flow"], key: key, limit: limit))
            case ("GET", 1) where parts[0] == "files":
                return ConsoleResponse.json(try console.reader.ledger.consoleFiles(console.fileFilter(request.query)))
            case ("GET", 2) where parts[0] == "files":
                guard let id = Int64(parts[1]), let file = try console.reader.ledger.consoleFile(id: id) else { return notFound }
                return ConsoleResponse.json(file)
            case ("GET", 3) where parts[0] == "files" && parts[2] == "input":
                guard let id = Int64(parts[1]), let file = try console.reader.ledger.consoleFile(id: id, documentLimit: 0),
                    let input = file.input, let excerpt = console.files.excerpt(input)
                else { return notFound }
                return ConsoleResponse.text(excerpt.text)
            case ("GET", 3) where parts[0] == "files" && parts[2] == "dry-run":
                guard let id = Int64(parts[1]) else { return notFound }
                return ConsoleResponse.json(try console.dryRun(id: id, force: Self.flag(request.query["force"])))
            case ("POST", 3) where parts[0] == "files" && parts[2] == "reprocess":
                guard let id = Int64(parts[1]) else { return notFound }
                let body = request.json
                let report = try console.reprocess(id: id, reason: body["reason"] as? String, force: body["force"] as? Bool ?? false, by: request.principal)
                return ConsoleResponse.json(report)
            case ("POST", 3) where parts[0] == "files" && parts[2] == "resolve":
                guard let id = Int64(parts[1]) else { return notFound }
                let reason = request.json["reason"] as? String
                try console.resolve(id: id, reason: reason, by: request.principal)
                return ConsoleResponse.json(Resolved(id: id, resolved: true, reason: reason ?? ""))
            case ("POST", 3) where parts[0] == "files" && parts[2] == "acknowledge":
                guard let id = Int64(parts[1]) else { return notFound }
                let body = request.json
                let key = body["key"] as? String
                try console.acknowledge(id: id, key: key, reason: body["reason"] as? String, by: request.principal)
                return ConsoleResponse.json(Acknowledged(id: id, key: key ?? "", acknowledged: true, reason: body["reason"] as? String ?? ""))
            case ("GET", 2) where parts[0] == "exports":
                guard let id = Int64(parts[1]), let export = try console.reader.ledger.consoleExport(id: id) else { return notFound }
                return ConsoleResponse.json(export)
            case ("GET", 3) where parts[0] == "exports" && parts[2] == "payload":
                guard let id = Int64(parts[1]), let export = try console.reader.ledger.consoleExport(id: id),
                    let payload = console.files.payload(export)
                else { return notFound }
                return ConsoleResponse.text(payload.text)
            default:
                return notFound
            }
        } catch ConsoleServer.ActionFailure.notFound {
            return notFound
        } catch ConsoleServer.ActionFailure.reasonMissing {
            return ConsoleResponse.problem(.badRequest, Note(.consoleReasonRequired), isAPI: true, language: language)
        } catch ConsoleServer.ActionFailure.refused(let error) {
            return ConsoleResponse.problem(.conflict, error, language: language)
        } catch ConsoleServer.ActionFailure.other(let text) {
            return ConsoleResponse.problem(.serviceUnavailable, Note.verbatim(text), isAPI: true, language: language)
        } catch {
            console.logger.error("console: \(request.method) \(request.path): \(error)")
            return ConsoleResponse.problem(.internalServerError, Note.verbatim("\(error)"), isAPI: true, language: language)
        }
    }

    var notFound: HTTPResponse {
        ConsoleResponse.problem(.notFound, Note(.consoleNotFound), isAPI: true, language: console.language)
    }

    static func flag(_ text: String?) -> Bool {
        guard let text = text?.lowercased() else { return false }
        return ["1", "true", "on", "yes"].contains(text)
    }
}
