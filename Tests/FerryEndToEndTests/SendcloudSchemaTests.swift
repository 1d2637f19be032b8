import Foundation
import SharedFiles
import Testing

/// Every parcel payload Ferry writes for Sendcloud, validated against the vendor's own
/// `ParcelCreation` schema (reference/openapi, with `--strict` so a misspelled key fails too).
@Suite(.needsSharedFolder) struct SendcloudSchemaTests {
    static func validate(_ parcel: Any) throws -> (status: Int32, output: String) {
        let result = try VendorSchema.validate(
            Array(try JSONSerialization.data(withJSONObject: parcel)),
            spec: "reference/openapi/sendcloud/sendcloud-v2-parcels-openapi.yml", schema: "ParcelCreation", flags: ["--strict"])
        return (result.status, result.lines.joined(separator: "\n"))
    }

    @Test func parcelsForEUAndNonEUOrdersMatchParcelCreation() throws {
        let root = try FerryRoot(config: ExactToSendcloudTests.config(
            flowOptions: " statuses: \"open, cancelled\", approval: any, order-age-days: 0 ",
            targetOptions: "          item-weight: \"0.500\"\n          create-label: on-order\n          sender-address: 4711"))
        defer { root.remove() }
        try root.drop("list.json", into: "exact-orders", try ConnectorFixtures.text("salesorders-list.json"))
        try root.drop("us.json", into: "exact-orders", try ConnectorFixtures.text("salesorder-single-us.json"))
        try root.drop("export.xml", into: "exact-orders", try ConnectorFixtures.text("salesorders-export.xml"))
        #expect(try root.ferry(["run"]).status == 0)
        let payloads = ConnectorFixtures.names(root, "exact-orders", "sendcloud")
        #expect(payloads.count == 6, "\(payloads)")
        for name in payloads {
            let body = try ConnectorFixtures.json(root, "outbox/exact-orders/sendcloud/" + name)
            let parcel = try #require(body["parcel"])
            let result = try Self.validate(parcel)
            #expect(result.status == 0, "\(name): \(result.output)")
        }
        // A broken parcel is caught: the check can fail.
        #expect(try Self.validate(["name": "x", "address": "y", "city": "z", "postal_code": "1", "country": "NL", "weight": 1.5]).status == 1)
    }
}
