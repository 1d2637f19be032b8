import Diagnostics
import Foundation
import Testing
@testable import Formats

@Suite struct XMLSecurityTests {
    static let secret = "FERRY-CANARY-7f3a9c"

    /// A temp directory holding a canary file with the secret; returns (directory, canary path).
    static func canary() throws -> (URL, String) {
        let directory = try XMLTestSupport.temporaryDirectory()
        let url = directory.appendingPathComponent("canary.txt")
        try Data(secret.utf8).write(to: url)
        return (directory, url.path)
    }

    static func laughs(use: String) -> String {
        var text = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n  <!ENTITY lol \"lol\">\n"
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            text += "  <!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
        }
        return text + "]>\n" + use + "\n"
    }

    static func expectQuick(_ start: ContinuousClock.Instant) {
        #expect(ContinuousClock.now - start < .seconds(5))
    }

    @Test(arguments: ["<lolz><a>&lol9;</a></lolz>", "<lolz a=\"&lol9;\"><b>1</b></lolz>"])
    func billionLaughsIsRefusedWithoutExpansion(use: String) throws {
        let start = ContinuousClock.now
        let error = XMLTestSupport.readError(try XMLTestSupport.file(Self.laughs(use: use)), .root)
        #expect(error?.code == .xmlEntityDeclared)
        Self.expectQuick(start)
    }

    @Test func quadraticBlowupIsRefusedWithoutExpansion() throws {
        let entity = String(repeating: "a", count: 50_000)
        let body = String(repeating: "&a;", count: 50_000)
        let text = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"\(entity)\">]><r><x>\(body)</x><y z=\"\(body)\"/></r>"
        let start = ContinuousClock.now
        let error = XMLTestSupport.readError(try XMLTestSupport.file(text), .root)
        #expect(error?.code == .xmlEntityDeclared)
        Self.expectQuick(start)
    }

    @Test func externalEntityNeverShowsTheCanary() throws {
        let (_, canary) = try Self.canary()
        let variants = [
            "<!DOCTYPE r [<!ENTITY xxe SYSTEM \"file://\(canary)\">]><r><a>&xxe;</a></r>",
            "<!DOCTYPE r [<!ENTITY xxe SYSTEM \"\(canary)\">]><r><a>x</a><b c=\"&xxe;\">1</b></r>",
            "<!DOCTYPE r [<!ENTITY % p SYSTEM \"file://\(canary)\"> %p;]><r><a>x</a></r>",
        ]
        for text in variants {
            let error = try #require(XMLTestSupport.readError(try XMLTestSupport.file(text), .root))
            #expect(error.code == .xmlEntityDeclared)
            #expect(!"\(error) \(error.arguments)".contains(Self.secret))
        }
    }

    @Test func entityFromAnExternalDTDIsNeverLoaded() throws {
        let (directory, canary) = try Self.canary()
        let dtd = directory.appendingPathComponent("evil.dtd")
        try Data("<!ENTITY xxe SYSTEM \"file://\(canary)\">\n<!ENTITY inline \"\(Self.secret)\">".utf8).write(to: dtd)
        for name in ["xxe", "inline"] {
            let text = "<!DOCTYPE r SYSTEM \"\(dtd.path)\"><r><a>before &\(name); after</a></r>"
            let error = try #require(XMLTestSupport.readError(try XMLTestSupport.file(text), .root))
            #expect(error.code == .xmlEntityReference)
            #expect(error.arguments["name"] == name)
            #expect(!"\(error) \(error.arguments)".contains(Self.secret))
        }
    }

    @Test func externalDTDIsNeverLoaded() throws {
        let (directory, _) = try Self.canary()
        let dtd = directory.appendingPathComponent("broken.dtd")
        // Loading this would add a defaulted attribute, or fail on the unfinished declaration.
        try Data("<!ATTLIST a secret CDATA \"\(Self.secret)\">\n<!ELEMENT broken".utf8).write(to: dtd)
        for systemID in ["http://127.0.0.1:1/x.dtd", dtd.path, "file://\(dtd.path)"] {
            let start = ContinuousClock.now
            let text = "<?xml version=\"1.0\"?>\n<!DOCTYPE r SYSTEM \"\(systemID)\">\n<r><a>1</a></r>"
            let records = try XMLTestSupport.records(try XMLTestSupport.file(text), .root)
            #expect(records.first.map { XMLTestSupport.shape($0.root) } == "{a: '1'}")
            Self.expectQuick(start)
        }
    }

    @Test func xincludeIsNotProcessed() throws {
        let (_, canary) = try Self.canary()
        let text = """
            <r xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include href="\(canary)" parse="text"/><a>1</a></r>
            """
        let root = try #require(try XMLTestSupport.records(try XMLTestSupport.file(text), .root).first?.root)
        #expect(root["include"]?["@href"]?.text == canary)
        #expect(root["a"]?.text == "1")
        #expect(!XMLTestSupport.allText(root).contains(Self.secret))
    }

    @Test func commentsAndProcessingInstructionsAreIgnored() throws {
        let text = "<?xml version=\"1.0\"?><!-- top --><?app x?><r><!-- c --><?pi y?><a>1<!-- inside -->2</a><?pi z?></r><!-- end -->"
        let root = try #require(try XMLTestSupport.records(try XMLTestSupport.file(text), .root).first?.root)
        #expect(XMLTestSupport.shape(root) == "{a: '12'}")
    }

    @Test func textAboveLibxml2sCapBelowFerrysLimitReads() throws {
        let size = 11 * 1024 * 1024
        let text = "<r><a>" + String(repeating: "x", count: size) + "</a><b>after</b></r>"
        let root = try #require(try XMLTestSupport.records(try XMLTestSupport.file(text), .root).first?.root)
        #expect(root["a"]?.text?.utf8.count == size)
        #expect(root["b"]?.text == "after")
    }

    @Test(arguments: [
        "<r><a>" + String(repeating: "x", count: 2_000) + "</a></r>",
        "<r><a>" + String(repeating: "x", count: 3 * 1024 * 1024) + "</a></r>",
        "<r><a v=\"" + String(repeating: "x", count: 2_000) + "\"/></r>",
        "<r><a v=\"" + String(repeating: "x", count: 300_000) + "\"/></r>",
        "<r><a><![CDATA[" + String(repeating: "<>", count: 200_000) + "]]></a></r>",
        "<r><a><![CDATA[" + String(repeating: "<", count: 1_500) + "]]></a></r>",
        "<r><!--" + String(repeating: "<x", count: 200_000) + "--><a>1</a></r>",
        "<r><a>" + String(repeating: "y", count: 800) + "<![CDATA[" + String(repeating: "z", count: 800) + "]]></a></r>",
    ])
    func tokenOverTheLimitIsTooLarge(text: String) throws {
        let limits = ReaderLimits(maxFieldBytes: 1024)
        let error = XMLTestSupport.readError(try XMLTestSupport.file(text), .root, limits: limits)
        #expect(error?.code == .inputFieldTooLarge)
        #expect(error?.arguments["limit"] == "1024")
    }

    @Test func depthIsLimited() throws {
        func nested(_ levels: Int) -> String {
            String(repeating: "<a>", count: levels) + "x" + String(repeating: "</a>", count: levels)
        }
        let limits = ReaderLimits(maxDepth: 10)
        #expect(XMLTestSupport.readError(try XMLTestSupport.file(nested(10)), .root, limits: limits) == nil)
        let error = XMLTestSupport.readError(try XMLTestSupport.file(nested(11)), .root, limits: limits)
        #expect(error?.code == .inputTooDeep)
        #expect(error?.arguments["limit"] == "10")
        #expect(error?.location?.path == "/a")
        let deep = XMLTestSupport.readError(try XMLTestSupport.file(nested(5_000)), .children)
        #expect(deep?.code == .inputTooDeep)
    }
}
