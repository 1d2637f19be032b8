import Configuration
import Crypto
import Diagnostics
import Foundation
import Synchronization

/// Sign-ins already checked (a hash of name and password): PBKDF2 is slow on purpose, and a
/// browser sends Basic credentials with every request.
final class VerifiedSignIns: Sendable {
    private let seen = Mutex<Set<String>>([])
    func contains(_ key: String) -> Bool { seen.withLock { $0.contains(key) } }
    func insert(_ key: String) { _ = seen.withLock { $0.insert(key) } }
}

/// Who may use the console: people from `serve: users-file` (HTTP Basic, salted PBKDF2
/// hashes) and holders of the bearer token (`serve: token-file`, or else the token the
/// console writes to `.ferry/console-token` at start, for API actions on this machine).
struct Credentials: Sendable {
    struct User: Sendable {
        var rounds: Int
        var salt: [UInt8]
        var hash: [UInt8]
    }

    var users: [String: User]
    var token: String
    /// Whether people must sign in at all (users or a token file configured).
    var required: Bool
    let verified = VerifiedSignIns()

    /// - Throws: `FerryError` `CONSOLE-002`.
    init(config: ServeConfig, root: String, stateDirectory: String) throws {
        users = [:]
        required = config.hasAuthentication
        if let path = config.usersFile {
            let full = path.hasPrefix("/") ? path : root + "/" + path
            let text = try Self.readPrivate(full, shown: path)
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
                let parts = trimmed.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
                guard parts.count == 5, parts[1] == "pbkdf2-sha256", let rounds = Int(parts[2]), rounds >= 1000,
                    let salt = Data(base64Encoded: parts[3]), let hash = Data(base64Encoded: parts[4]), hash.count == 32, !parts[0].isEmpty
                else {
                    throw FerryError(.consoleCredentialsUnreadable, ["path": path, "reason": "line \(index + 1) is not name:pbkdf2-sha256:rounds:salt:hash"])
                }
                users[parts[0]] = User(rounds: rounds, salt: Array(salt), hash: Array(hash))
            }
            if users.isEmpty { throw FerryError(.consoleCredentialsUnreadable, ["path": path, "reason": "no users"]) }
        }
        if let path = config.tokenFile {
            let full = path.hasPrefix("/") ? path : root + "/" + path
            token = try Self.readPrivate(full, shown: path).trimmingCharacters(in: .whitespacesAndNewlines)
            if token.count < 32 { throw FerryError(.consoleCredentialsUnreadable, ["path": path, "reason": "the token is shorter than 32 characters"]) }
        } else {
            token = try Self.localToken(stateDirectory + "/console-token")
        }
    }

    /// The token in `.ferry/console-token`, made once (mode 0600) and kept, so that every
    /// console on the root (a `serve` beside a `watch --http`) and every script agree on it.
    static func localToken(_ path: String) throws -> String {
        if let existing = try? readPrivate(path, shown: path).trimmingCharacters(in: .whitespacesAndNewlines), existing.count >= 32 {
            return existing
        }
        let token = randomToken()
        let temp = path + ".\(getpid()).tmp"
        guard FileManager.default.createFile(atPath: temp, contents: Data((token + "\n").utf8), attributes: [.posixPermissions: 0o600]) else {
            throw FerryError(.consoleCredentialsUnreadable, ["path": path, "reason": "cannot write it"])
        }
        // Two consoles starting together: the first link wins and the other reads its token;
        // a file that is not a usable token (others may read it, too short) is replaced.
        if link(temp, path) != 0 {
            if let existing = try? readPrivate(path, shown: path).trimmingCharacters(in: .whitespacesAndNewlines), existing.count >= 32 {
                unlink(temp)
                return existing
            }
            guard rename(temp, path) == 0 else {
                unlink(temp)
                throw FerryError(.consoleCredentialsUnreadable, ["path": path, "reason": "cannot write it"])
            }
            return token
        }
        unlink(temp)
        return token
    }

    /// A file only its owner may read; its text.
    static func readPrivate(_ path: String, shown: String) throws -> String {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let data = FileManager.default.contents(atPath: path)
        else {
            throw FerryError(.consoleCredentialsUnreadable, ["path": shown, "reason": "cannot read it"])
        }
        if let mode = attributes[.posixPermissions] as? Int, mode & 0o077 != 0 {
            throw FerryError(.consoleCredentialsUnreadable, ["path": shown, "reason": "others may read it (chmod 600)"])
        }
        return String(decoding: data, as: UTF8.self)
    }

    static func randomToken() -> String {
        SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }.base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    /// Who sent a request, from its `Authorization` header; `nil` when it is not signed in.
    /// Without configured sign-in everyone on loopback is `local`.
    func principal(authorization: String?) -> String? {
        if let authorization, let bearer = Self.value(authorization, scheme: "bearer") {
            return Self.same(bearer, token) ? "token" : nil
        }
        if let authorization, let basic = Self.value(authorization, scheme: "basic"),
            let decoded = Data(base64Encoded: basic).map({ String(decoding: $0, as: UTF8.self) }),
            let colon = decoded.firstIndex(of: ":")
        {
            let name = String(decoded[..<colon])
            let password = String(decoded[decoded.index(after: colon)...])
            if let user = users[name] {
                let memo = SHA256.hash(data: Data(decoded.utf8)).map { String(format: "%02x", $0) }.joined()
                if verified.contains(memo) { return "user:" + name }
                if Self.same(Self.pbkdf2(password: Array(password.utf8), salt: user.salt, rounds: user.rounds), user.hash) {
                    verified.insert(memo)
                    return "user:" + name
                }
            }
            if required, Self.same(password, token) { return "token" }
            return required ? nil : "local"
        }
        return required ? nil : "local"
    }

    /// Whether the request carries the bearer token (what API actions need).
    func hasToken(authorization: String?) -> Bool {
        guard let authorization, let bearer = Self.value(authorization, scheme: "bearer") else { return false }
        return Self.same(bearer, token)
    }

    static func value(_ header: String, scheme: String) -> String? {
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == scheme else { return nil }
        return parts[1].trimmingCharacters(in: .whitespaces)
    }

    /// Compares in time independent of where the values differ.
    static func same(_ a: String, _ b: String) -> Bool { same(Array(a.utf8), Array(b.utf8)) }

    static func same(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }

    /// PBKDF2-HMAC-SHA256 (RFC 8018), one 32-byte block.
    static func pbkdf2(password: [UInt8], salt: [UInt8], rounds: Int) -> [UInt8] {
        let key = SymmetricKey(data: password)
        var block = Array(HMAC<SHA256>.authenticationCode(for: salt + [0, 0, 0, 1], using: key))
        var result = block
        for _ in 1..<max(rounds, 1) {
            block = Array(HMAC<SHA256>.authenticationCode(for: block, using: key))
            for index in result.indices { result[index] ^= block[index] }
        }
        return result
    }

    /// A users-file line for `name` and `password` with a new random salt.
    public static func line(name: String, password: String, rounds: Int = 100_000) -> String {
        let salt = SymmetricKey(size: .bits128).withUnsafeBytes { Array($0) }
        let hash = pbkdf2(password: Array(password.utf8), salt: salt, rounds: rounds)
        return "\(name):pbkdf2-sha256:\(rounds):\(Data(salt).base64EncodedString()):\(Data(hash).base64EncodedString())"
    }
}
