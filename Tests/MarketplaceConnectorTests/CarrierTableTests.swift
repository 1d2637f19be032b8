@testable import Connectors
import Diagnostics
import Testing

@Suite struct CarrierTableTests {
    @Test(arguments: [
        ("3SABCD0123456", Carrier.postnl), ("3S NLDC 12345678901", .postnl), ("RR123456785NL", .postnl),
        ("JVGL06240123456789", .dhlParcel), ("JJD000390007812345678", .dhlParcel),
        ("1234567890", .dhlExpress),
        ("05123456789012", .dpd),
        ("1Z999AA10123456784", .ups), ("1z999aa10123456784", .ups),
        ("12345678901", .gls), ("ZB4XK7QD", .gls),
        ("323212345678901234567890", .bpost), ("CD123456785BE", .bpost),
        ("123456789012", .fedex), ("123456789012345", .fedex), ("12345678901234567890", .fedex),
    ])
    func recognisesTheCarrierOfACode(code: String, carrier: Carrier) {
        let match = CarrierTable.identify(trackingCode: code)
        #expect(match.carrier == carrier, "\(code)")
        #expect(match.warning == nil)
    }

    @Test func anUnknownCodeIsOtherWithAWarning() {
        let match = CarrierTable.identify(trackingCode: "ABC-42")
        #expect(match.carrier == .other)
        #expect(match.carrier.channableTransporter == "OTHER")
        #expect(match.warning?.key == .carrierUnknown)
        #expect(match.warning?.arguments["code"] == "ABC-42")
        #expect(match.warning?.text(in: .nl).contains("ABC-42") == true)
    }

    @Test func aProviderNameFromTheWebshopWinsOverThePattern() {
        // Ten digits look like DHL Express, but the shop says the parcel went with DPD.
        #expect(CarrierTable.identify(trackingCode: "1234567890", provider: "DPD NL").carrier == .dpd)
        #expect(CarrierTable.identify(trackingCode: "1234567890", provider: "dhl-express").carrier == .dhlExpress)
        // A provider Ferry does not know leaves the pattern to decide.
        #expect(CarrierTable.identify(trackingCode: "3SABCD0123456", provider: "Koerier Jansen").carrier == .postnl)
    }

    @Test func everyCarrierHasARowAndEveryExampleMatchesItsOwnRow() {
        for carrier in Carrier.allCases where carrier != .other {
            #expect(CarrierTable.rows.contains { $0.carrier == carrier }, "\(carrier)")
        }
        for row in CarrierTable.rows {
            #expect(CarrierTable.identify(trackingCode: row.example).carrier == row.carrier, "\(row.example)")
        }
    }

    @Test func transporterCodesAreDistinct() {
        let codes = Carrier.allCases.map(\.channableTransporter)
        #expect(Set(codes).count == codes.count)
        #expect(Carrier.postnl.channableTransporter == "POSTNL")
        #expect(Carrier.dhlParcel.channableTransporter == "DHL")
    }
}
