import Diagnostics
import Foundation
import SharedFiles
import Testing
@testable import Formats

/// XSD validation through libxml2. The tests against the OASIS UBL 2.1 Order schema and its
/// example order read both from the shared reference folder (FERRY_SHARED).
@Suite struct XMLSchemaTests {
    static func orderSchema() throws -> XMLSchema {
        try XMLSchema.load(path: try SchemaTestSupport.ublOrderSchema(), displayName: "ubl-2.1/maindoc/UBL-Order-2.1.xsd")
    }

    @Test(.needsSharedFolder) func oasisExampleOrderIsValid() throws {
        let errors = try Self.orderSchema().validate(try SchemaTestSupport.ublOrder(), payloadName: "ubl.xml")
        #expect(errors.isEmpty, "\(errors)")
    }

    /// The UBL order of examples/ubl-order, written for this project, is a valid UBL 2.1 Order.
    @Test(.needsSharedFolder) func exampleOrderOfTheRepositoryIsValid() throws {
        let example = SharedFolder.repository.appendingPathComponent("examples/ubl-order/samples/ubl-orders/in/ORD-2026-0917.xml")
        let errors = try Self.orderSchema().validate(Array(try Data(contentsOf: example)), payloadName: "ORD-2026-0917.xml")
        #expect(errors.isEmpty, "\(errors)")
    }

    @Test(.needsSharedFolder) func misspeltElementIsRejectedWithItsLineAndPath() throws {
        let payload = try SchemaTestSupport.ublOrder(
            replacing: "<cbc:IssueDate>2010-01-20</cbc:IssueDate>", with: "<cbc:IssueDat>2010-01-20</cbc:IssueDat>")
        let errors = try Self.orderSchema().validate(payload, payloadName: "erp/order.xml")
        let error = try #require(errors.first)
        #expect(error.code == .xmlSchemaRejected)
        #expect(error.arguments["element"] == "cbc:IssueDat")
        #expect(error.arguments["line"] == "10")
        #expect(error.location == Location(file: "erp/order.xml", line: 10, path: "/Order/cbc:IssueDat"))
        // Namespace URIs are written with the payload's own prefixes.
        #expect(error.arguments["detail"]?.contains("cbc:IssueDate") == true)
        #expect(error.arguments["detail"]?.contains("{urn:") == false)
        #expect(error.description.contains("erp/order.xml:/Order/cbc:IssueDat (line 10)"))
    }

    @Test(.needsSharedFolder) func missingRequiredElementIsRejectedWhereItWasExpected() throws {
        let payload = try SchemaTestSupport.ublOrder(replacing: "<cbc:IssueDate>2010-01-20</cbc:IssueDate>", with: "")
        let errors = try Self.orderSchema().validate(payload, payloadName: "order.xml")
        let error = try #require(errors.first)
        #expect(errors.count == 1)
        #expect(error.code == .xmlSchemaRejected)
        #expect(error.arguments["element"] == "cbc:IssueTime")
        #expect(error.location?.line == 11)
        #expect(error.arguments["detail"]?.contains("cbc:IssueDate )") == true)
    }

    @Test(.needsSharedFolder) func elementsInTheWrongOrderAreRejected() throws {
        let payload = try SchemaTestSupport.ublOrder(
            replacing: "<cbc:ID>34</cbc:ID>\n  <cbc:IssueDate>2010-01-20</cbc:IssueDate>",
            with: "<cbc:IssueDate>2010-01-20</cbc:IssueDate>\n  <cbc:ID>34</cbc:ID>")
        let errors = try Self.orderSchema().validate(payload, payloadName: "order.xml")
        let error = try #require(errors.first)
        #expect(error.code == .xmlSchemaRejected)
        #expect(error.arguments["element"] == "cbc:IssueDate")
        #expect(error.location?.path == "/Order/cbc:IssueDate")
        #expect(error.location?.line == 9)
    }

    @Test(.needsSharedFolder) func repeatedElementsAndAttributesArePlacedByPosition() throws {
        let payload = try SchemaTestSupport.ublOrder(replacing: "unitCode=\"C62\"", with: "unitCode=\"C62\" color=\"red\"")
        let error = try #require(try Self.orderSchema().validate(payload, payloadName: "order.xml").first)
        #expect(error.code == .xmlSchemaRejected)
        #expect(error.arguments["element"] == "@color")
        #expect(error.location?.path == "/Order/cac:OrderLine[2]/cac:LineItem/cbc:Quantity/@color")
    }

    @Test func everyProblemIsReportedAndCanTravelAsOneError() throws {
        let folder = try SchemaTestSupport.folder(["t.xsd": SchemaTestSupport.smallSchema])
        let schema = try XMLSchema.load(path: folder + "/t.xsd", displayName: "t.xsd")
        let payload = "<a xmlns=\"urn:t\">\n<b>abcd</b>\n<b>ok</b>\n<c>x</c>\n</a>\n"
        let errors = schema.validate(Array(payload.utf8), payloadName: "out.xml")
        #expect(errors.map(\.code) == [.xmlSchemaRejected, .xmlSchemaRejected])
        #expect(errors.map(\.location?.path) == ["/a/b[1]", "/a/c"])
        #expect(errors.map(\.location?.line) == [2, 4])
        let combined = try #require(XMLSchema.rejection(errors))
        #expect(combined.code == .xmlSchemaRejectedMany)
        #expect(combined.location == errors.first?.location)
        #expect(combined.arguments["count"] == "2")
        #expect(combined.message().contains("/a/b[1] (line 2)") && combined.message().contains("/a/c (line 4)"))
        #expect(XMLSchema.rejection([errors[1]]) == errors[1])
        #expect(XMLSchema.rejection([]) == nil)
        #expect(schema.validate(Array("<a xmlns=\"urn:t\"><b>ok</b></a>".utf8), payloadName: "out.xml").isEmpty)
    }

    @Test func atMostAHundredProblemsAreKept() throws {
        let folder = try SchemaTestSupport.folder(["t.xsd": SchemaTestSupport.smallSchema])
        let schema = try XMLSchema.load(path: folder + "/t.xsd", displayName: "t.xsd")
        let payload = "<a xmlns=\"urn:t\">\n" + String(repeating: "<b>toolong</b>\n", count: 150) + "</a>"
        let errors = schema.validate(Array(payload.utf8), payloadName: "p")
        #expect(errors.count == 100)
        #expect(errors.last?.location?.path == "/a/b[100]")
        #expect(errors.last?.location?.line == 101)
    }

    @Test func payloadThatIsNotWellFormedOrDeclaresEntitiesIsRefused() throws {
        let folder = try SchemaTestSupport.folder(["t.xsd": SchemaTestSupport.smallSchema])
        let schema = try XMLSchema.load(path: folder + "/t.xsd", displayName: "t.xsd")
        #expect(schema.validate(Array("<a xmlns=\"urn:t\"><b>".utf8), payloadName: "p").first?.code == .xmlNotWellFormed)
        #expect(schema.validate([], payloadName: "p").first?.code == .xmlNotWellFormed)
        let (canaryFolder, canary) = try XMLSecurityTests.canary()
        _ = canaryFolder
        let external = "<!DOCTYPE a [<!ENTITY x SYSTEM \"file://\(canary)\">]>\n<a xmlns=\"urn:t\"><b>&x;</b></a>"
        let errors = schema.validate(Array(external.utf8), payloadName: "p")
        #expect(errors.map(\.code) == [.xmlEntityDeclared])
        #expect(!errors.description.contains(XMLSecurityTests.secret))
    }

    @Test func missingOrInvalidSchemaCannotBeLoaded() throws {
        let folder = try SchemaTestSupport.folder(["not-a-schema.xsd": "<Order><ID>1</ID></Order>", "broken.xsd": "<xsd:schema"])
        for name in ["missing.xsd", "not-a-schema.xsd", "broken.xsd", ""] {
            let path = folder + "/" + name
            #expect {
                try XMLSchema.load(path: path, displayName: name)
            } throws: { error in
                let ferry = error as? FerryError
                return ferry?.code == .xmlSchemaUnloadable && ferry?.arguments["schema"] == name
                    && ferry?.arguments["reason"]?.isEmpty == false
            }
        }
    }

    @Test(arguments: ["import namespace=\"urn:x\"", "include"])
    func remoteImportIsRefusedWithoutConnecting(directive: String) throws {
        let listener = try RefusingListener()
        let url = "http://127.0.0.1:\(listener.port)/x.xsd"
        let text = """
            <xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:t">
              <xsd:\(directive) schemaLocation="\(url)"/>
              <xsd:element name="a" type="xsd:string"/>
            </xsd:schema>
            """
        let folder = try SchemaTestSupport.folder(["remote.xsd": text])
        var thrown: FerryError?
        do {
            _ = try XMLSchema.load(path: folder + "/remote.xsd", displayName: "remote.xsd")
        } catch let error as FerryError {
            thrown = error
        }
        #expect(thrown?.code == .xmlSchemaUnloadable)
        #expect(thrown?.arguments["reason"]?.contains(url) == true)
        #expect(!listener.connected())
    }

    @Test func instanceSchemaLocationAndExternalDTDAreIgnoredWithoutConnecting() throws {
        let listener = try RefusingListener()
        let folder = try SchemaTestSupport.folder(["t.xsd": SchemaTestSupport.smallSchema])
        let schema = try XMLSchema.load(path: folder + "/t.xsd", displayName: "t.xsd")
        let payload = """
            <!DOCTYPE a SYSTEM "http://127.0.0.1:\(listener.port)/a.dtd">
            <a xmlns="urn:t" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
               xsi:schemaLocation="urn:t http://127.0.0.1:\(listener.port)/t.xsd"><b>ok</b></a>
            """
        #expect(schema.validate(Array(payload.utf8), payloadName: "p").isEmpty)
        #expect(!listener.connected())
    }

    @Test func localImportsByPathAndFileURLAreRead() throws {
        let folder = try SchemaTestSupport.folder(["t.xsd": SchemaTestSupport.smallSchema])
        let text = """
            <xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:w" xmlns:t="urn:t">
              <xsd:import namespace="urn:t" schemaLocation="file://\(folder)/t.xsd"/>
              <xsd:element name="w"><xsd:complexType><xsd:sequence>
                <xsd:element ref="t:a"/>
              </xsd:sequence></xsd:complexType></xsd:element>
            </xsd:schema>
            """
        try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/w.xsd"))
        let schema = try XMLSchema.load(path: folder + "/w.xsd", displayName: "w.xsd")
        let valid = "<w:w xmlns:w=\"urn:w\"><a xmlns=\"urn:t\"><b>ok</b></a></w:w>"
        #expect(schema.validate(Array(valid.utf8), payloadName: "p").isEmpty)
        let invalid = "<w:w xmlns:w=\"urn:w\"><a xmlns=\"urn:t\"><b>toolong</b></a></w:w>"
        #expect(schema.validate(Array(invalid.utf8), payloadName: "p").first?.location?.path == "/w:w/a/b")
    }

    @Test func missingLocalImportFailsTheLoad() throws {
        let text = """
            <xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:w">
              <xsd:import namespace="urn:t" schemaLocation="gone/t.xsd"/>
              <xsd:element name="w" type="xsd:string"/>
            </xsd:schema>
            """
        let folder = try SchemaTestSupport.folder(["w.xsd": text])
        #expect {
            try XMLSchema.load(path: folder + "/w.xsd", displayName: "w.xsd")
        } throws: { error in
            (error as? FerryError)?.code == .xmlSchemaUnloadable
                && (error as? FerryError)?.arguments["reason"]?.contains("gone/t.xsd") == true
        }
    }

    @Test(.needsSharedFolder) func compiledSchemaIsSharedAndValidatesFromManyThreads() async throws {
        let schema = try Self.orderSchema()
        #expect(try Self.orderSchema() === schema)
        let valid = try SchemaTestSupport.ublOrder()
        let invalid = try SchemaTestSupport.ublOrder(replacing: "<cbc:ID>34</cbc:ID>", with: "")
        let results = await withTaskGroup(of: (Bool, Int).self) { group in
            for index in 0..<16 {
                group.addTask {
                    let expectValid = index % 2 == 0
                    return (expectValid, schema.validate(expectValid ? valid : invalid, payloadName: "p").count)
                }
            }
            var all: [(Bool, Int)] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results.count == 16)
        #expect(results.allSatisfy { expectValid, count in expectValid ? count == 0 : count == 1 })
    }
}
