import Configuration
import Crypto
import Diagnostics
import Engine
import FlyingFox
import FlyingSocks
import Foundation
import Logging

/// `ferry serve`: the operator console over one root: HTML pages and `/api/v1/`.
///
/// It reads the ledger as `status` and `log` do (never waiting for a running `run` or
/// `watch`) and acts through the engine's own functions (`resolve`, `reprocess`, its dry
/// run, `acknowledge`), as just another process on the root.
public final class ConsoleServer: Sendable {
    let reader: Engine
    let actor: Engine
    let config: FerryConfig
    let listen: ListenAddress
    let credentials: Credentials
    let files: ConsoleFiles
    let pages: ConsolePages
    /// Signs CSRF tokens; new at every start.
    let csrfKey: SymmetricKey
    let logger: Logger
    let clock: @Sendable () -> Date
    /// The counters of the `watch --http` this console runs in; `nil` for `ferry serve`.
    let live: LiveMetrics?

    /// - Throws: `FerryError` `CONSOLE-001` (a non-loopback address without sign-in),
    ///   `CONSOLE-002` (unusable credentials), and what opening the engine throws.
    /// - Parameter reader: a read-only engine on the root (`readOnly: true`), for the pages.
    /// - Parameter live: the counters of the watch this console runs in, served on `/metrics`.
    public init(
        reader: Engine, config: FerryConfig, listen: ListenAddress, logger: Logger, clock: @escaping @Sendable () -> Date = Engine.defaultClock,
        live: LiveMetrics? = nil
    ) throws {
        if !listen.isLoopback && !config.serve.hasAuthentication {
            throw FerryError(.consoleNeedsAuthentication, ["address": listen.description])
        }
        self.reader = reader
        let layout = reader.layout
        credentials = try Credentials(config: config.serve, root: layout.root, stateDirectory: layout.stateDirectory)
        actor = try Engine(root: layout.root, config: config, logger: logger, clock: clock)
        self.config = config
        self.listen = listen
        self.logger = logger
        self.clock = clock
        self.live = live
        files = ConsoleFiles(layout: layout, config: config)
        pages = try ConsolePages(language: config.language)
        csrfKey = SymmetricKey(size: .bits256)
    }

    /// Listens until the process is stopped; `ready` is told the address it listens on.
    /// - Throws: `FerryError` `CONSOLE-006` when the address cannot be bound.
    public func run(ready: @escaping @Sendable (String) -> Void) async throws {
        let address: any SocketAddress
        do {
            address = listen.isIPv6
                ? try sockaddr_in6.inet6(ip6: listen.host, port: listen.port)
                : try sockaddr_in.inet(ip4: listen.host, port: listen.port)
        } catch {
            throw FerryError(.consoleBadListen, ["value": listen.description])
        }
        let server = HTTPServer(address: address, timeout: 30, logger: .disabled, handler: ConsoleHandler(console: self))
        let running = Task { try await server.run() }
        do {
            try await server.waitUntilListening(timeout: 10)
        } catch {
            running.cancel()
            var reason = "\(error)"
            do { try await running.value } catch let failure { reason = "\(failure)" }
            throw FerryError(.consoleCannotListen, ["address": listen.description, "reason": reason])
        }
        var shown = listen
        if case .ip4(_, let port) = await server.listeningAddress { shown.port = port }
        if case .ip6(_, let port) = await server.listeningAddress { shown.port = port }
        ready(shown.description)
        // Silence alerts (`expect:`) are evaluated by serve too: at start, then every minute.
        let silence = Task.detached { [actor] in
            while !Task.isCancelled {
                actor.evaluateSilence()
                try? await Task.sleep(for: .seconds(60))
            }
        }
        defer { silence.cancel() }
        do {
            try await running.value
        } catch {
            throw FerryError(.consoleCannotListen, ["address": listen.description, "reason": "\(error)"])
        }
    }

    /// The CSRF token of the forms a signed-in person gets: only pages of this console know it.
    func csrfToken(for principal: String) -> String {
        HMAC<SHA256>.authenticationCode(for: Data(("csrf:" + principal).utf8), using: csrfKey)
            .map { String(format: "%02x", $0) }.joined()
    }

    var language: Language { config.language }

    /// A `serve: users-file` line for `name` and `password` (salted PBKDF2-HMAC-SHA256).
    public static func usersFileLine(name: String, password: String) -> String {
        Credentials.line(name: name, password: password)
    }
}

/// Every request: host check, sign-in, CSRF or bearer token for actions, routing, security headers.
struct ConsoleHandler: HTTPHandler {
    let console: ConsoleServer

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        var response = await respond(request)
        for (name, value) in Self.securityHeaders { response.headers[HTTPHeader(name)] = value }
        return response
    }

    static let securityHeaders: [(String, String)] = [
        ("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"),
        ("X-Frame-Options", "DENY"),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "same-origin"),  // "no-referrer" would make a browser send `Origin: null` with our own forms
        ("Cache-Control", "no-store"),
    ]

    func respond(_ request: HTTPRequest) async -> HTTPResponse {
        let isAPI = request.path == "/api/v1" || request.path.hasPrefix("/api/v1/")
        // A page served on loopback answers only to loopback names: another site's page
        // cannot reach it through a DNS name that points at 127.0.0.1 (DNS rebinding).
        if console.listen.isLoopback, !Self.loopbackHost(request.headers[.host]) {
            return ConsoleResponse.problem(.forbidden, Note(.consoleNotFound), isAPI: isAPI, language: console.language)
        }
        let authorization = request.headers[.authorization]
        guard let principal = console.credentials.principal(authorization: authorization) else {
            var response = ConsoleResponse.problem(.unauthorized, Note(.consoleSignIn), isAPI: isAPI, language: console.language)
            response.headers[HTTPHeader("WWW-Authenticate")] = "Basic realm=\"Ferry\", charset=\"UTF-8\""
            return response
        }
        // Forms and API bodies are small: a larger body is refused before it is read.
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > Self.maximumBody {
            return ConsoleResponse.problem(HTTPStatusCode(413, phrase: "Content Too Large"), Note(.consoleNotFound), isAPI: isAPI, language: console.language)
        }
        let body: Data
        do {
            body = try await request.bodyData
        } catch {
            return ConsoleResponse.problem(.badRequest, Note(.consoleNotFound), isAPI: isAPI, language: console.language)
        }
        let route = ConsoleRequest(
            method: request.method.rawValue, path: request.path, query: Self.query(request), body: body, principal: principal,
            isAPI: isAPI)
        if route.method == "POST" {
            if isAPI {
                // An API action carries the bearer token; a browser never sends it by itself.
                guard console.credentials.hasToken(authorization: authorization) else {
                    return ConsoleResponse.problem(.unauthorized, Note(.consoleSignIn), isAPI: true, language: console.language)
                }
            } else {
                // A browser names the page a form came from; it must be this console.
                let origin = request.headers[HTTPHeader("Origin")]
                let sameOrigin = origin.map { Self.sameOrigin($0, request) } ?? true
                guard sameOrigin, let token = route.form["csrf"], Credentials.same(token, console.csrfToken(for: principal)) else {
                    return ConsoleResponse.problem(.forbidden, Note(.consoleCsrfFailed), isAPI: false, language: console.language)
                }
            }
        }
        return isAPI ? ConsoleAPI(console: console).route(route) : ConsoleRoutes(console: console).route(route)
    }

    static let maximumBody = 1024 * 1024

    /// Whether a browser's `Origin` names this console: its host as the request addressed it,
    /// or, behind a reverse proxy, as the proxy says (`X-Forwarded-Host`, which a page in a
    /// browser cannot set on a form post).
    static func sameOrigin(_ origin: String, _ request: HTTPRequest) -> Bool {
        guard let separator = origin.range(of: "://") else { return false }
        let scheme = origin[..<separator.lowerBound]
        guard scheme == "http" || scheme == "https" else { return false }
        let host = String(origin[separator.upperBound...]).lowercased()
        let names = [request.headers[HTTPHeader("X-Forwarded-Host")], request.headers[.host]].compactMap { $0?.lowercased() }
        return names.contains(host)
    }

    static func loopbackHost(_ host: String?) -> Bool {
        guard let host = host?.lowercased() else { return false }
        let name: Substring
        if host.hasPrefix("[") {
            name = host.split(separator: "]").first.map { $0.dropFirst() } ?? ""
        } else {
            name = host.split(separator: ":").first ?? ""
        }
        return name == "localhost" || name == "::1" || name.hasPrefix("127.")
    }

    /// The query string's parameters (`+` as a space, as forms send it).
    static func query(_ request: HTTPRequest) -> [String: String] {
        ConsoleRequest.decodeForm(request.target.query(percentEncoded: true))
    }
}

/// A request as the routes see it.
struct ConsoleRequest: Sendable {
    var method: String
    var path: String
    var query: [String: String]
    var body: Data
    var principal: String
    var isAPI: Bool

    var segments: [String] { path.split(separator: "/").map(String.init) }

    /// An `application/x-www-form-urlencoded` body.
    var form: [String: String] { Self.decodeForm(String(decoding: body, as: UTF8.self)) }

    static func decodeForm(_ text: String) -> [String: String] {
        var values: [String: String] = [:]
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ part: Substring) -> String {
                String(part).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            let name = decode(parts[0])
            if values[name] == nil { values[name] = parts.count > 1 ? decode(parts[1]) : "" }
        }
        return values
    }

    /// A JSON body's object.
    var json: [String: Any] {
        ((try? JSONSerialization.jsonObject(with: body)) as? [String: Any]) ?? [:]
    }
}

/// Building responses.
enum ConsoleResponse {
    static func html(_ text: String, status: HTTPStatusCode = .ok) -> HTTPResponse {
        HTTPResponse(statusCode: status, headers: [.contentType: "text/html; charset=utf-8"], body: Data(text.utf8))
    }

    static func text(_ text: String, status: HTTPStatusCode = .ok) -> HTTPResponse {
        HTTPResponse(statusCode: status, headers: [.contentType: "text/plain; charset=utf-8"], body: Data(text.utf8))
    }

    static func redirect(_ location: String) -> HTTPResponse {
        HTTPResponse(statusCode: .seeOther, headers: [.location: location], body: Data())
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }()

    static func json(_ value: some Encodable, status: HTTPStatusCode = .ok) -> HTTPResponse {
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return HTTPResponse(statusCode: status, headers: [.contentType: "application/json"], body: data)
    }

    /// The body of an API error: a code when it is a coded error, the text in the root's language.
    struct Problem: Encodable {
        var code: String?
        var message: String
        var hint: String?
    }

    static func problem(_ status: HTTPStatusCode, _ note: Note, isAPI: Bool, language: Language) -> HTTPResponse {
        let message = note.text(in: language)
        if isAPI { return json(["error": Problem(code: nil, message: message, hint: nil)], status: status) }
        return text(message, status: status)
    }

    static func problem(_ status: HTTPStatusCode, _ error: FerryError, language: Language) -> HTTPResponse {
        let hint = error.hint(in: language)
        return json(
            ["error": Problem(code: error.code.rawValue, message: error.message(in: language), hint: hint.isEmpty ? nil : hint)],
            status: status)
    }
}
