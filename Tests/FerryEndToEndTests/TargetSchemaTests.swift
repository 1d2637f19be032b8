import Foundation
import Testing

/// `schema:` on an XML target: payloads are validated before they reach the outbox.
@Suite struct TargetSchemaTests {
    /// An order flow with a JSON target and an XML target validated against `schemas/order.xsd`.
    static let config = """
        flows:
          - name: orders
            kind: order
            pickup: { settle: 0 }
            targets:
              - { name: erp-json, format: json }
              - name: erp-xml
                format: xml
                schema: schemas/order.xsd
        """

    /// Wants a `Number` of at most six characters and a `PurchaseOrderReference` right after it,
    /// which the canonical XML does not write.
    static let strictSchema = """
        <?xml version="1.0"?>
        <xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">
          <xsd:element name="Order">
            <xsd:complexType><xsd:sequence>
              <xsd:element name="Number"><xsd:simpleType>
                <xsd:restriction base="xsd:string"><xsd:maxLength value="6"/></xsd:restriction>
              </xsd:simpleType></xsd:element>
              <xsd:element name="PurchaseOrderReference" type="xsd:string"/>
              <xsd:any processContents="skip" minOccurs="0" maxOccurs="unbounded"/>
            </xsd:sequence></xsd:complexType>
          </xsd:element>
        </xsd:schema>
        """

    /// Wants an `Order` whose `Number` is at most six characters, then anything.
    static let lenientSchema = """
        <?xml version="1.0"?>
        <xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">
          <xsd:element name="Order">
            <xsd:complexType><xsd:sequence>
              <xsd:element name="Number"><xsd:simpleType>
                <xsd:restriction base="xsd:string"><xsd:maxLength value="6"/></xsd:restriction>
              </xsd:simpleType></xsd:element>
              <xsd:any processContents="skip" minOccurs="0" maxOccurs="unbounded"/>
            </xsd:sequence></xsd:complexType>
          </xsd:element>
        </xsd:schema>
        """

    /// A document that breaks one target's schema fails (the status record says where), while the
    /// flow's other targets still get it: each target is its own exactly-once unit, so a reprocess
    /// after the fix exports only what is still missing.
    @Test func payloadBreakingTheSchemaFailsTheDocumentButNotTheOtherTarget() throws {
        let root = try FerryRoot(config: Self.config)
        defer { root.remove() }
        try root.write("schemas/order.xsd", Self.strictSchema)
        try root.drop("o.json", into: "orders", Samples.orderJSON(number: "SO-701", lines: [("A", "1", "2.50")]))
        #expect(try root.ferry(["run"]).status == 1)
        #expect(root.outbox("orders", "erp-xml") == [])
        #expect(root.outbox("orders", "erp-json") == ["outbox/orders/erp-json/order_canonical_sales_SO-701.json"])

        let record = try root.statusRecord(for: "o.json")
        let document = try #require(record.documents.first)
        #expect(document["outcome"] as? String == "failed")
        #expect(document["outputs"] as? [String] == ["outbox/orders/erp-json/order_canonical_sales_SO-701.json"])
        let error = try #require((document["errors"] as? [[String: Any]])?.first)
        #expect(error["code"] as? String == "XML-005")
        #expect(error["location"] as? String == "erp-xml/order_canonical_sales_SO-701.xml:/Order/SourceSystem (line 4)")
        #expect((error["message"] as? String)?.contains("PurchaseOrderReference") == true)
    }

    @Test func payloadBreakingTheSchemaTwiceListsBothProblemsInOneError() throws {
        let root = try FerryRoot(config: Self.config)
        defer { root.remove() }
        try root.write("schemas/order.xsd", Self.strictSchema)
        try root.drop("o.json", into: "orders", Samples.orderJSON(number: "SO-123456", lines: [("A", "1", "2.50")]))
        #expect(try root.ferry(["run"]).status == 1)
        let errors = try #require(try root.statusRecord(for: "o.json").documents.first?["errors"] as? [[String: Any]])
        #expect(errors.count == 1)
        let error = try #require(errors.first)
        #expect(error["code"] as? String == "XML-007")
        #expect(error["location"] as? String == "erp-xml/order_canonical_sales_SO-123456.xml:/Order/Number (line 3)")
        let dutch = try #require((error["messages"] as? [String: String])?["nl"])
        #expect(dutch.contains("op 2 plaatsen"))
        #expect(dutch.contains("/Order/Number (line 3)") && dutch.contains("/Order/SourceSystem (line 4)"))
    }

    @Test func payloadSatisfyingTheSchemaIsExportedAndATooLongValueIsNot() throws {
        let root = try FerryRoot(config: Self.config)
        defer { root.remove() }
        try root.write("schemas/order.xsd", Self.lenientSchema)
        try root.drop("ok.json", into: "orders", Samples.orderJSON(number: "SO-1", lines: [("A", "1", "2.50")]))
        #expect(try root.ferry(["run"]).status == 0)
        #expect(root.outbox("orders", "erp-xml") == ["outbox/orders/erp-xml/order_canonical_sales_SO-1.xml"])

        // Longer than six characters: rejected at Number.
        try root.drop("long.json", into: "orders", Samples.orderJSON(number: "SO-123456", lines: [("A", "1", "2.50")]))
        #expect(try root.ferry(["run"]).status == 1)
        let error = try #require((try root.statusRecord(for: "long.json").documents.first?["errors"] as? [[String: Any]])?.first)
        #expect(error["code"] as? String == "XML-005")
        #expect(error["location"] as? String == "erp-xml/order_canonical_sales_SO-123456.xml:/Order/Number (line 3)")
    }

    @Test func checkReportsASchemaThatCannotBeLoadedWithItsLine() throws {
        let root = try FerryRoot(config: Self.config)
        defer { root.remove() }
        let missing = try root.ferry(["check"])
        #expect(missing.status == 2)
        #expect(missing.stdout.contains("ferry.yml:9: [XML-006]"), "\(missing.stdout)")
        // The engine refuses to start on it too, with the same code.
        let run = try root.ferry(["run"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("[XML-006] ferry.yml:9"), "\(run.stderr)")

        try root.write("schemas/order.xsd", Self.lenientSchema)
        #expect(try root.ferry(["check"]).status == 0)
    }

    @Test func schemaOnAJSONTargetIsAConfigurationError() throws {
        let root = try FerryRoot(config: Self.config.replacingOccurrences(of: "format: xml", with: "format: json"))
        defer { root.remove() }
        let check = try root.ferry(["check"])
        #expect(check.status == 2)
        #expect(check.stdout.contains("ferry.yml:9:"), "\(check.stdout)")
        #expect(check.stdout.contains("[XML-008]"))
    }
}
