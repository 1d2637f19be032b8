import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A running `ferry serve --listen 127.0.0.1:0` on a root, and a plain HTTP/1.1 client for it
/// (raw sockets: the tests send paths, Host headers and bodies exactly as written, and see
/// redirects instead of following them).
final class ConsoleServe {
    let process: Process
    let host: String
    let port: UInt16
    let root: FerryRoot

    /// Starts `ferry serve --listen LISTEN`, or `arguments` (`watch --http …`), and waits for its address.
    init(_ root: FerryRoot, listen: String = "127.0.0.1:0", arguments: [String]? = nil, environment: [String: String] = [:]) throws {
        self.root = root
        process = try root.start(arguments ?? ["serve", "--listen", listen], environment: environment)
        let out = try #require(process.standardOutput as? Pipe)
        var text = ""
        let deadline = Date().addingTimeInterval(30)
        while text.range(of: #"http://\S+\s"#, options: .regularExpression) == nil, Date() < deadline, process.isRunning {
            text += String(decoding: out.fileHandleForReading.availableData, as: UTF8.self)
        }
        let address = try #require(text.range(of: #"http://[^\s]+"#, options: .regularExpression).map { String(text[$0].dropFirst(7)) },
            "serve printed no address: \(text)")
        let colon = try #require(address.lastIndex(of: ":"))
        host = String(address[..<colon])
        port = try #require(UInt16(address[address.index(after: colon)...]))
    }

    deinit {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }

    struct Response {
        var status: Int
        var headers: [String: String]
        var body: String
        func header(_ name: String) -> String? { headers[name.lowercased()] }
        var json: Any? { try? JSONSerialization.jsonObject(with: Data(body.utf8)) }
        var object: [String: Any] { json as? [String: Any] ?? [:] }
    }

    /// One request on a new connection (`Connection: close`).
    func request(
        _ method: String, _ path: String, headers: [String: String] = [:], body: String = "", hostHeader: String? = nil
    ) throws -> Response {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EIO) }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }
        var head = "\(method) \(path) HTTP/1.1\r\nHost: \(hostHeader ?? "127.0.0.1:\(port)")\r\nConnection: close\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        let bytes = Array(body.utf8)
        head += "Content-Length: \(bytes.count)\r\n\r\n"
        let all = Array(head.utf8) + bytes
        var sent = 0
        while sent < all.count {
            let n = all[sent...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, 0) }
            guard n > 0 else { throw POSIXError(.EPIPE) }
            sent += n
        }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n <= 0 { break }
            received += buffer[0..<n]
        }
        let text = String(decoding: received, as: UTF8.self)
        guard let split = text.range(of: "\r\n\r\n") else { throw POSIXError(.EBADMSG) }
        let lines = text[..<split.lowerBound].components(separatedBy: "\r\n")
        let status = Int(lines.first?.split(separator: " ").dropFirst().first ?? "") ?? 0
        var headerValues: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headerValues[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Response(status: status, headers: headerValues, body: String(text[split.upperBound...]))
    }

    func get(_ path: String, headers: [String: String] = [:]) throws -> Response { try request("GET", path, headers: headers) }

    /// A form post as a browser sends it.
    func post(form path: String, _ fields: [String: String], headers: [String: String] = [:]) throws -> Response {
        let body = fields.map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }
            .joined(separator: "&")
        var all = headers
        all["Content-Type"] = "application/x-www-form-urlencoded"
        return try request("POST", path, headers: all, body: body)
    }

    /// An API action with a JSON body.
    func post(api path: String, _ object: [String: Any], token: String?) throws -> Response {
        let body = String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
        var headers = ["Content-Type": "application/json"]
        if let token { headers["Authorization"] = "Bearer " + token }
        return try request("POST", path, headers: headers, body: body)
    }

    /// The token API actions need when no `token-file` is configured.
    var localToken: String {
        get throws { try root.read(".ferry/console-token").trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    /// The CSRF token in a page's forms.
    static func csrf(in page: String) -> String? {
        guard let range = page.range(of: #"name="csrf" value="[0-9a-f]+""#, options: .regularExpression) else { return nil }
        return page[range].split(separator: "\"").dropFirst(3).first.map(String.init)
    }
}

extension FerryRoot {
    /// Runs `ferry` with `stdin` as its standard input, to the end.
    func ferry(_ arguments: [String], stdin: String) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try Self.binary)
        process.arguments = arguments + ["--root", path]
        let input = Pipe()
        let out = Pipe()
        let err = Pipe()
        process.standardInput = input
        process.standardOutput = out
        process.standardError = err
        try process.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }
}
