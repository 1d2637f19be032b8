import Diagnostics
import Foundation
import SharedFiles
import Testing
@testable import Formats

/// XPath subset over XML record nodes: a small hand-written order, the UBL and openTRANS corpus files, syntax errors.
@Suite struct XPathTests {
    static let namespaces = [
        "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
        "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
    ]

    static let sample = """
        <Order xmlns="urn:o" xmlns:cac="urn:cac" xmlns:cbc="urn:cbc">
          <cbc:ID>42</cbc:ID>
          <cbc:Note>first</cbc:Note>
          <cbc:Note>second</cbc:Note>
          <cac:Party><cbc:EndpointID schemeID="GLN">8712345678906</cbc:EndpointID></cac:Party>
          <cac:OrderLine><cac:LineItem><cbc:ID>1</cbc:ID><cbc:Quantity unitCode="EA">3</cbc:Quantity>
            <cac:Item><cbc:Name>Bolt</cbc:Name></cac:Item></cac:LineItem></cac:OrderLine>
          <cac:OrderLine><cac:LineItem><cbc:ID>2</cbc:ID><cbc:Quantity unitCode="KGM">1.5</cbc:Quantity>
            <cac:Item><cbc:Name>Nut</cbc:Name></cac:Item></cac:LineItem></cac:OrderLine>
          <cac:OrderLine><cac:LineItem><cbc:ID>3</cbc:ID><cbc:Quantity unitCode="EA">12</cbc:Quantity>
            <cac:Item><cbc:Name>Washer</cbc:Name></cac:Item></cac:LineItem></cac:OrderLine>
        </Order>
        """

    static func root(_ path: String, _ selector: XMLRecordSelector = .root) throws -> Node {
        try #require(try XMLTestSupport.records(path, selector).first).root
    }

    static let selections: [(String, [String])] = [
        ("/Order/cbc:ID", ["42"]),
        ("cbc:ID", ["42"]),
        ("/Invoice/cbc:ID", []),
        ("/*/cbc:ID", ["42"]),
        ("//Order/cbc:ID", ["42"]),
        ("cbc:Note", ["first", "second"]),
        ("cbc:Note[2]", ["second"]),
        ("cbc:Note[last()]", ["second"]),
        ("cbc:Note[3]", []),
        ("cbc:note", []),
        ("cac:OrderLine/cac:LineItem/cbc:ID", ["1", "2", "3"]),
        ("/Order/cac:OrderLine/cac:LineItem/cbc:ID", ["1", "2", "3"]),
        ("cac:OrderLine[1]/cac:LineItem/cbc:ID", ["1"]),
        ("cac:OrderLine[last()]/cac:LineItem/cbc:ID", ["3"]),
        ("cac:OrderLine[4]/cac:LineItem/cbc:ID", []),
        ("cac:OrderLine/*/cbc:ID", ["1", "2", "3"]),
        ("cac:OrderLine/cac:*/cbc:ID", ["1", "2", "3"]),
        ("//cbc:Name", ["Bolt", "Nut", "Washer"]),
        ("//cbc:ID", ["42", "1", "2", "3"]),
        ("cac:OrderLine//cbc:Name", ["Bolt", "Nut", "Washer"]),
        ("//cac:OrderLine//cbc:Name", ["Bolt", "Nut", "Washer"]),
        ("//cac:OrderLine[2]//cbc:Name", ["Nut"]),
        (".//cac:Item/cbc:Name", ["Bolt", "Nut", "Washer"]),
        ("cac:Party/cbc:EndpointID", ["8712345678906"]),
        ("cac:Party/cbc:EndpointID/@schemeID", ["GLN"]),
        ("cac:Party/cbc:EndpointID/@*", ["GLN"]),
        ("cac:Party/cbc:EndpointID/text()", ["8712345678906"]),
        ("cbc:ID/text()", ["42"]),
        ("//cbc:EndpointID[@schemeID='GLN']", ["8712345678906"]),
        ("//cbc:EndpointID[@schemeID=\"GLN\"]", ["8712345678906"]),
        ("//cbc:EndpointID[@schemeID='DUNS']", []),
        ("cac:OrderLine[cac:LineItem/cbc:ID='2']/cac:LineItem/cac:Item/cbc:Name", ["Nut"]),
        ("cac:OrderLine[cac:LineItem/cbc:ID = 2]/cac:LineItem/cac:Item/cbc:Name", ["Nut"]),
        ("cac:OrderLine/cac:LineItem[cbc:Quantity > 2]/cbc:ID", ["1", "3"]),
        ("cac:OrderLine/cac:LineItem[cbc:Quantity <= 3]/cbc:ID", ["1", "2"]),
        ("cac:OrderLine/cac:LineItem[cbc:Quantity/@unitCode='EA']/cbc:ID", ["1", "3"]),
        // Positions count per parent: each OrderLine holds one LineItem.
        ("cac:OrderLine/cac:LineItem[cbc:Quantity/@unitCode='EA'][2]/cbc:ID", []),
        ("cbc:Note[.='second'][1]", ["second"]),
        ("cbc:Note[2][.='first']", []),
        ("//cac:LineItem[cbc:ID!='2']/cbc:ID", ["1", "3"]),
        ("cac:OrderLine/cac:LineItem/cbc:Quantity", ["3", "1.5", "12"]),
        ("cac:OrderLine/cac:LineItem/cbc:Quantity/@unitCode", ["EA", "KGM", "EA"]),
        ("cac:OrderLine/cac:LineItem/*[@unitCode]", ["3", "1.5", "12"]),
        ("cac:OrderLine[cac:LineItem/cac:Item]/cac:LineItem/cbc:ID", ["1", "2", "3"]),
        ("cac:OrderLine[cac:Missing]/cac:LineItem/cbc:ID", []),
        ("cac:Party", [""]),
    ]

    @Test(arguments: selections)
    func selectsFromSample(_ expression: String, _ expected: [String]) throws {
        let root = try Self.root(try XMLTestSupport.file(Self.sample))
        let path = try XPathExpression(expression, namespaces: ["cac": "urn:cac", "cbc": "urn:cbc"])
        #expect(path.texts(in: root) == expected, "\(expression)")
    }

    @Test func selectsElementNodesWithAttributesAndLocations() throws {
        let root = try Self.root(try XMLTestSupport.file(Self.sample, name: "order.xml"))
        let path = try XPathExpression("cac:Party/cbc:EndpointID", namespaces: ["cac": "u1", "cbc": "u2"])
        let endpoint = try #require(path.select(in: root).first)
        #expect(endpoint["@schemeID"]?.text == "GLN")
        #expect(endpoint.location.path == "/Order/cac:Party/cbc:EndpointID")
        let lines = try XPathExpression("cac:OrderLine", namespaces: ["cac": "u1"]).select(in: root)
        #expect(lines.map(\.location.path) == ["/Order/cac:OrderLine[1]", "/Order/cac:OrderLine[2]", "/Order/cac:OrderLine[3]"])
    }

    /// Without an XML location the record element's name is unknown: any first step matches.
    @Test func handBuiltRootWithoutLocationPath() throws {
        let here = Location(file: "hand")
        let root = Node(.object(["ID": Node(.scalar("9"), at: here), "Tag": Node(.array([
            Node(.scalar("a"), at: here), Node(.scalar("b"), at: here),
        ]), at: here)]), at: here)
        #expect(try XPathExpression("/Anything/ID").texts(in: root) == ["9"])
        #expect(try XPathExpression("Tag[2]").texts(in: root) == ["b"])
        #expect(try XPathExpression("*").texts(in: root) == ["9", "a", "b"])
        #expect(try XPathExpression("//Tag[.='a']").texts(in: root) == ["a"])
    }

    static let syntaxErrors: [(String, ErrorCode)] = [
        ("", .pathEmpty),
        ("  ", .pathEmpty),
        ("cac:OrderLine/", .pathUnexpectedEnd),
        ("cac:OrderLine[", .pathUnexpectedEnd),
        ("cac:OrderLine[1", .pathUnexpectedEnd),
        ("cbc:ID[@schemeID=]", .pathUnexpectedCharacter),
        ("cbc:ID]", .pathUnexpectedCharacter),
        ("cbc:ID[=1]", .pathUnexpectedCharacter),
        ("cbc:ID[@schemeID='GLN]", .pathUnclosedString),
        ("cbc:Note[0]", .pathInvalidIndex),
        ("cbc:Note[-1]", .pathInvalidIndex),
        ("cbc:Note[1.5]", .pathInvalidIndex),
        ("x:ID", .pathUndeclaredPrefix),
        ("cac:OrderLine/x:*", .pathUndeclaredPrefix),
        ("cbc:ID/@x:type", .pathUndeclaredPrefix),
        ("cbc:ID[x:Note='1']", .pathUndeclaredPrefix),
        ("/", .pathUnsupported),
        ("../cbc:ID", .pathUnsupported),
        ("parent::cac:Party", .pathUnsupported),
        ("cbc:ID[position()=1]", .pathUnsupported),
        ("cbc:ID | cbc:Note", .pathUnsupported),
        ("cbc:ID[@a='1' and @b='2']", .pathUnsupported),
        ("cbc:ID[last()-1]", .pathUnsupported),
        ("count(cbc:ID)", .pathUnsupported),
        ("cbc:Note/node()", .pathUnsupported),
    ]

    @Test(arguments: syntaxErrors)
    func rejectsSyntax(_ expression: String, _ code: ErrorCode) {
        do {
            _ = try XPathExpression(expression, namespaces: Self.namespaces)
            Issue.record("\(expression): no error")
        } catch let error as FerryError {
            #expect(error.code == code, "\(expression): \(error)")
            #expect(error.arguments["expression"] == expression)
        } catch {
            Issue.record("not a FerryError: \(error)")
        }
    }

    @Test func undeclaredPrefixNamesThePrefix() throws {
        let place = Location(file: "ferry.yml", line: 30)
        do {
            _ = try XPathExpression("/Order/cac:OrderLine", at: place)
            Issue.record("no error")
        } catch let error as FerryError {
            #expect(error.code == .pathUndeclaredPrefix)
            #expect(error.arguments["prefix"] == "cac")
            #expect(error.location == place)
            #expect(error.message(in: .de) == "das Namensraum-Präfix cac im Pfad /Order/cac:OrderLine ist nicht deklariert")
        }
    }

    // MARK: - Real UBL and openTRANS documents

    static let ublSelections: [(String, [String])] = [
        ("/Order/cbc:ID", ["34"]),
        ("cbc:ID", ["34"]),
        ("cbc:IssueDate", ["2010-01-20"]),
        ("cac:BuyerCustomerParty/cac:Party/cbc:EndpointID", ["7300072311115"]),
        ("cac:BuyerCustomerParty/cac:Party/cbc:EndpointID/@schemeID", ["GLN"]),
        ("/Order/cac:BuyerCustomerParty/cac:Party/cbc:EndpointID/@schemeAgencyID", ["9"]),
        ("cac:BuyerCustomerParty/cac:Party/cac:PartyIdentification/cbc:ID[@schemeID='GLN']", ["7300070011115"]),
        ("cac:BuyerCustomerParty/cac:Party/cac:PartyIdentification[2]/cbc:ID", ["PartyID123"]),
        ("//cbc:EndpointID[@schemeID='GLN']", ["7300072311115", "7302347231111"]),
        ("cac:OrderLine/cac:LineItem/cbc:ID", ["1", "2"]),
        ("cac:OrderLine/cac:LineItem/cbc:Quantity", ["120", "15"]),
        ("cac:OrderLine/cac:LineItem/cbc:Quantity/@unitCode", ["LTR", "C62"]),
        ("cac:OrderLine[2]/cac:LineItem/cac:Item/cbc:Name", ["Pensel 20 mm"]),
        ("cac:OrderLine[1]/cac:LineItem/cac:Item/cbc:Name", ["Falu Rödfärg"]),
        ("cac:OrderLine[cac:LineItem/cbc:ID='2']/cac:LineItem/cbc:Quantity", ["15"]),
        ("cac:OrderLine/cac:LineItem[cbc:Quantity/@unitCode='LTR']/cac:Item/cbc:Name", ["Falu Rödfärg"]),
        ("cbc:ProfileID/@schemeID", ["Profile"]),
    ]

    @Test(.needsSharedFolder, arguments: ublSelections)
    func selectsFromUBLOrder(_ expression: String, _ expected: [String]) throws {
        let root = try Self.root(try SharedFolder.path("corpus/ubl-2.1-Order-Example.xml"))
        #expect(try XPathExpression(expression, namespaces: Self.namespaces).texts(in: root) == expected, "\(expression)")
    }

    static let openTransSelections: [(String, [String])] = [
        ("/ORDER/@type", ["standard"]),
        ("@version", ["2.1"]),
        ("ORDER_HEADER/ORDER_INFO/ORDER_ID", ["OID1"]),
        ("ORDER_HEADER/ORDER_INFO/bmecat:CURRENCY", ["EUR"]),
        ("//PARTY[PARTY_ROLE='buyer']/bmecat:PARTY_ID/@type", ["PredefinedOrCustomType"]),
        ("ORDER_ITEM_LIST/ORDER_ITEM[1]/LINE_ITEM_ID", ["1"]),
        ("ORDER_ITEM_LIST/ORDER_ITEM[last()]/bmecat:ORDER_UNIT", ["04"]),
        ("ORDER_ITEM_LIST/ORDER_ITEM[QUANTITY=1]/LINE_ITEM_ID", ["1"]),
        ("ORDER_ITEM_LIST/ORDER_ITEM/PRODUCT_ID/bmecat:SUPPLIER_PID/@type", ["$"]),
        ("ORDER_HEADER/ORDER_INFO/DOCEXCHANGE_PARTIES_REFERENCE/DOCUMENT_RECIPIENT_IDREF[2]/@type", ["duns"]),
        ("//UDX.ORGANIZATION.CUSTOM_DATA/UDX.ORGANIZATION.CUSTOM_DATA.NAME[last()]", ["Name 2"]),
        ("ORDER_SUMMARY/TOTAL_AMOUNT", ["1111"]),
    ]

    @Test(.needsSharedFolder, arguments: openTransSelections)
    func selectsFromOpenTransOrder(_ expression: String, _ expected: [String]) throws {
        let root = try Self.root(try SharedFolder.path("corpus/opentrans-2.1-sample-order.xml"))
        let path = try XPathExpression(expression, namespaces: ["bmecat": "http://www.bmecat.org/bmecat/2005"])
        #expect(path.texts(in: root) == expected, "\(expression)")
    }
}
