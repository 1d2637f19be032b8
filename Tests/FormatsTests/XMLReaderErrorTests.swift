import Diagnostics
import Foundation
import Testing
@testable import Formats

@Suite struct XMLReaderErrorTests {
    @Test(arguments: [
        "<Orders><Order><Number>1</Number></Order>",
        "<Orders>\n<Order>\n<Number>1</Order>\n</Orders>",
        "<Orders><Order><Num",
        "hello, this is not XML",
        "<Orders></Orders><Orders/>",
        "<Orders><Order a=1/></Orders>",
    ])
    func malformedXMLIsNotWellFormed(text: String) throws {
        let error = try #require(XMLTestSupport.readError(try XMLTestSupport.file(text)))
        #expect(error.code == .xmlNotWellFormed)
        #expect(error.arguments["reason"]?.isEmpty == false)
        #expect(error.location?.line != nil)
    }

    @Test func mismatchedTagReportsItsLine() throws {
        let path = try XMLTestSupport.file("<Orders>\n<Order>\n<Number>1</Numbr>\n</Order>\n</Orders>")
        let error = try #require(XMLTestSupport.readError(path))
        #expect(error.code == .xmlNotWellFormed)
        #expect(error.location?.line == 3)
        #expect(error.arguments["line"] == "3")
    }

    @Test(arguments: [[UInt8](), [0xEF, 0xBB, 0xBF], Array("  \n\t\r\n".utf8)])
    func emptyFileIsInputEmpty(bytes: [UInt8]) throws {
        let error = try #require(XMLTestSupport.readError(try XMLTestSupport.file(bytes)))
        #expect(error.code == .inputEmpty)
    }

    @Test func invalidUTF8IsUndecodable() throws {
        let bytes = Array("<r><a>caf".utf8) + [0xE9] + Array(" x</a></r>".utf8)
        let error = try #require(XMLTestSupport.readError(try XMLTestSupport.file(bytes)))
        #expect(error.code == .inputUndecodable)
        #expect(error.arguments["encoding"] == "UTF-8")
        #expect(error.arguments["offset"] == "9")
    }

    @Test func unknownDeclaredEncodingIsCoded() throws {
        let path = try XMLTestSupport.file(#"<?xml version="1.0" encoding="X-NO-SUCH"?><r><a>x</a></r>"#)
        let error = try #require(XMLTestSupport.readError(path))
        #expect(error.code == .xmlUnsupportedEncoding)
        #expect(error.arguments["encoding"] == "X-NO-SUCH")
    }

    @Test func missingFileIsUnreadable() throws {
        let path = try XMLTestSupport.temporaryDirectory().appendingPathComponent("absent.xml").path
        #expect(throws: FerryError.self) { _ = try XMLRecordReader(path: path, displayName: "absent.xml", options: .init()) }
        let error = try #require(XMLTestSupport.readError(path))
        #expect(error.code == .inputUnreadable)
        #expect(error.location?.file == "input.xml")
    }

    @Test func directoryIsUnreadable() throws {
        let error = try #require(XMLTestSupport.readError(try XMLTestSupport.temporaryDirectory().path))
        #expect(error.code == .inputUnreadable)
    }

    @Test func errorsRepeatAfterTheFirst() throws {
        var reader = try XMLRecordReader(
            path: try XMLTestSupport.file("<Orders><Order>1</Order><Order>"), displayName: "x.xml", options: .init())
        #expect(try reader.next()?.root.text == "1")
        #expect(throws: FerryError.self) { _ = try reader.next() }
        #expect(throws: FerryError.self) { _ = try reader.next() }
    }
}
