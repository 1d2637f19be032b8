import Diagnostics
import Foundation

/// `--listen HOST:PORT` (`[::1]:8080` for IPv6; port 0 picks a free one).
public struct ListenAddress: Sendable, Equatable, CustomStringConvertible {
    public var host: String
    public var port: UInt16

    public init(host: String, port: UInt16) {
        self.host = host
        self.port = port
    }

    /// - Throws: `FerryError` `CONSOLE-003`.
    public init(parsing text: String) throws {
        let bad = FerryError(.consoleBadListen, ["value": text])
        var host: Substring
        let portText: Substring
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]"), text[close...].hasPrefix("]:") else { throw bad }
            host = text[text.index(after: text.startIndex)..<close]
            portText = text[text.index(close, offsetBy: 2)...]
        } else {
            guard let colon = text.lastIndex(of: ":") else { throw bad }
            host = text[..<colon]
            portText = text[text.index(after: colon)...]
        }
        if host == "localhost" { host = "127.0.0.1" }
        guard !host.isEmpty, let port = UInt16(portText) else { throw bad }
        self.host = String(host)
        self.port = port
        guard isIPv6 || isIPv4 else { throw bad }
    }

    var isIPv6: Bool { host.contains(":") }
    var isIPv4: Bool {
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { UInt8($0) != nil }
    }

    /// 127.0.0.0/8 and ::1: only this machine can connect.
    public var isLoopback: Bool {
        host == "::1" || (isIPv4 && host.hasPrefix("127."))
    }

    public var description: String { isIPv6 ? "[\(host)]:\(port)" : "\(host):\(port)" }
}
