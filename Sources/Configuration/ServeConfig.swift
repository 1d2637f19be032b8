/// `serve: { users-file, token-file }`: sign-in for the operator console (docs/console.md).
/// Without either, `ferry serve` listens on loopback only.
public struct ServeConfig: Sendable, Hashable {
    /// One `name:pbkdf2-sha256:rounds:salt:hash` line per person (HTTP Basic sign-in).
    public var usersFile: String?
    /// A file holding one bearer token for `/api/v1/` (and the pages).
    public var tokenFile: String?

    public init(usersFile: String? = nil, tokenFile: String? = nil) {
        self.usersFile = usersFile
        self.tokenFile = tokenFile
    }

    /// Whether any sign-in is configured.
    public var hasAuthentication: Bool { usersFile != nil || tokenFile != nil }
}
