import Testing
@testable import Engine

/// What `ferry check` looks up for an `on-failure` command line.
@Suite struct HookCommandTests {
    @Test(arguments: [
        ("/usr/local/bin/ferry-alert", "/usr/local/bin/ferry-alert"),
        ("  ./alert --urgent", "./alert"),
        ("'/opt/my tools/alert' \"$1\"", "/opt/my tools/alert"),
        ("MAILTO=ops LANG=C mail -s 'Ferry' ops@example.com", "mail"),
        ("notify;true", "notify"),
    ])
    func theProgramIsTheFirstWordAfterAssignments(command: String, program: String) {
        #expect(HookCommand.program(of: command) == program)
    }

    /// Builtins, variables and compound commands are not judged.
    @Test(arguments: ["echo failed", "exec /usr/bin/alert", "$HOME/alert", "if true; then :; fi", "", "   "])
    func shellSyntaxIsNotJudged(command: String) {
        #expect(HookCommand.program(of: command) == nil)
    }

    @Test func relativeProgramsAreFoundFromTheRootAndOthersOnPath() {
        #expect(HookCommand.resolve("scripts/alert", root: "/srv/ferry") == "/srv/ferry/scripts/alert")
        #expect(HookCommand.resolve("/bin/sh", root: "/srv/ferry") == "/bin/sh")
        #expect(HookCommand.resolve("sh", root: "/srv/ferry")?.hasSuffix("/sh") == true)
        #expect(HookCommand.resolve("no-such-program-for-ferry", root: "/srv/ferry") == nil)
    }
}
