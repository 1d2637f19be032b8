import Foundation
import SharedFiles
import Testing

/// The vendors' own samples of what `exact-online` and `sendcloud` read, read in place from the
/// shared corpus (FERRY_SHARED) through the real binary.
@Suite(.needsSharedFolder) struct ConnectorCorpusTests {
    static func corpus(_ relative: String) throws -> Data {
        try SharedFolder.data("corpus/vendors/" + relative)
    }

    @Test func exactItemListsAndSingleResponsesBecomeArticles() throws {
        let root = try FerryRoot(config: """
            flows:
              - name: exact-items
                kind: article
                source: exact-online
                pickup: { settle: 0 }
                targets:
                  - { name: catalog, format: json }
            """)
        defer { root.remove() }
        try root.write("inbox/exact-items/items-list.json", try Self.corpus("exact-online/rest-logistics-items-list.json"))
        try root.write("inbox/exact-items/item-single.json", try Self.corpus("exact-online/rest-logistics-item-single-d-array.json"))
        let run = try root.ferry(["run"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        for name in ["items-list.json", "item-single.json"] {
            let record = try root.statusRecord(for: name)
            #expect(record.outcome == "exported", "\(name): \(record)")
            #expect(record.documents.allSatisfy { ($0["errors"] as? [Any])?.isEmpty == true }, "\(name)")
        }
        let outbox = ConnectorFixtures.names(root, "exact-items", "catalog")
        #expect(outbox.contains("article_12345678.json"), "\(outbox)")
        let article = try ConnectorFixtures.json(root, "outbox/exact-items/catalog/article_12345678.json")
        #expect(article["sku"] as? String == "12345678")
        #expect(article["name"] as? String == "Grenen Balk 10 x 10 x 200")
        #expect(article["shortDescription"] as? String == "Pijl rechts")
        #expect(article["currency"] as? String == "EUR")
        #expect((article["costPrice"] as? NSNumber)?.intValue == 6)
    }

    /// A `crm/Accounts` object as Exact returns it (byte order mark, `Code` padded to 18
    /// characters, `Country` "NL ", nulls), placed by a fetch job as the order's `DeliverTo`.
    @Test func exactAccountsAsTheOrdersCustomerAreTrimmedAndGiveTheAddress() throws {
        var data = try Self.corpus("exact-online/rest-crm-account-single-object.json")
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { data = data.dropFirst(3) }
        let account = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let order: [String: Any] = ["d": [
            "OrderNumber": 6001, "OrderDate": "/Date(\(Int64(Date().timeIntervalSince1970 / 86_400) * 86_400_000))/",
            "Status": 12, "ApprovalStatus": 3, "Currency": "EUR",
            "DeliverTo": account, "DeliveryAddress": "3b0f0000-0000-4000-8000-000000000001",
            "SalesOrderLines": ["results": [["LineNumber": 1, "ItemCode": "BALK-10", "Description": "Balk", "Quantity": 1, "UnitPrice": 6]]],
        ] as [String: Any]]
        let root = try FerryRoot(config: ExactToSendcloudTests.config(targetOptions: "          item-weight: \"2.000\""))
        defer { root.remove() }
        try root.write("inbox/exact-orders/order.json", try JSONSerialization.data(withJSONObject: order))
        let run = try root.ferry(["run"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        let parcel = try ExactToSendcloudTests.parcel(root, "6001")
        #expect(parcel["name"] as? String == "Albex Winkelinrichting B.V.")
        #expect(parcel["company_name"] == nil)
        #expect(parcel["address"] as? String == "Voorveste")
        #expect(parcel["house_number"] as? String == "9")
        #expect(parcel["postal_code"] as? String == "3995")
        #expect(parcel["city"] as? String == "Houten")
        #expect(parcel["country"] as? String == "NL")
        #expect(parcel["email"] == nil)
        // The padded account code, trimmed, is the buyer's number.
        let archived = try #require(root.files(under: "archive/exact-orders").first { $0.hasSuffix("/order.json") })
        let preview = try root.ferry(["preview", root.path + "/" + archived, "--flow", "exact-orders"])
        #expect(preview.stdout.contains("\"number\": \"8\""), "\(preview.stdout)")
    }

    @Test func sendcloudParcelsWebhooksAndListsAreRead() throws {
        let root = try FerryRoot(config: """
            flows:
              - name: tracking
                kind: shipment
                source: sendcloud
                pickup: { settle: 0 }
                targets:
                  - { name: exact, system: exact-online, format: json }
            """)
        defer { root.remove() }
        let files = [
            "parcel-delivered-postnl-tracking-url.json", "parcel-ready-to-send-dhl-tracking.json",
            "webhook-parcel-status-changed-v2-signed.json", "parcel-create-response-v2.json", "parcels-list-response-v2.json",
            "parcel-retrieve-delivered-ddmmyyyy-dates.json", "parcel-update-response-v2.json", "parcel-announcement-failed-with-errors.json",
            "openapi-v2-parcels-get-response-RetrieveParcels.json", "openapi-v2-parcels-post-response-CreateParcelVerboseCarrier.json",
        ]
        for file in files { try root.write("inbox/tracking/" + file, try Self.corpus("sendcloud/" + file)) }
        _ = try root.ferry(["run"])
        // Every file is read as a whole (no file-level error); each parcel either goes back or says why not.
        // One vendor sample writes the key `shipment` twice in one object (null, then the
        // parcel's shipment): for Sendcloud the later value wins, as in its own clients.
        for file in files {
            let record = try root.statusRecord(for: file)
            #expect((record["errors"] as? [Any])?.isEmpty == true, "\(file): \(record)")
            #expect(!record.documents.isEmpty, "\(file)")
        }
        let postnl = try ConnectorFixtures.json(root, "outbox/tracking/exact/shipment_sendcloud_201806006_3SYZXG192833973.exact-goods-delivery-update.json")
        #expect(postnl["TrackingNumber"] as? String == "3SYZXG192833973")
        #expect((postnl["Remarks"] as? String)?.hasPrefix("3SYZXG192833973 https://tracking.sendcloud.sc/forward?carrier=postnl") == true, "\(postnl)")
        let dhl = try ConnectorFixtures.json(root, "outbox/tracking/exact/shipment_sendcloud_201900001_JVGL4004421100020097.exact-goods-delivery-update.json")
        #expect(dhl["SalesOrderNumber"] as? String == "201900001")
        let webhook = try ConnectorFixtures.json(root, "outbox/tracking/exact/shipment_sendcloud_0rd3rnumb3r_S0M3TR4Ck1NgNumB3r.exact-goods-delivery-update.json")
        #expect(webhook["TrackingNumber"] as? String == "S0M3TR4Ck1NgNumB3r")
        #expect(ConnectorFixtures.names(root, "tracking", "exact").count == 3)

        func codes(_ file: String) throws -> [String] {
            try root.statusRecord(for: file).documents.flatMap { ($0["errors"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String } }
        }
        for file in ["parcel-update-response-v2.json", "parcel-retrieve-delivered-ddmmyyyy-dates.json",
                     "openapi-v2-parcels-get-response-RetrieveParcels.json"] {
            #expect(try codes(file) == ["SENDCLOUD-008"], "\(file)")
        }
        #expect(try codes("parcel-create-response-v2.json") == ["SENDCLOUD-008"])
        #expect(try codes("parcels-list-response-v2.json") == ["SENDCLOUD-008"])
    }
}
