import Diagnostics

/// A parcel carrier, as far as a marketplace needs to know it: who delivers the parcel a
/// tracking code belongs to.
public enum Carrier: String, Sendable, Hashable, CaseIterable, Codable {
    case postnl
    case dhlParcel = "dhl-parcel"
    case dhlExpress = "dhl-express"
    case dpd
    case ups
    case gls
    case bpost
    case fedex
    /// No pattern matched and no usable hint: the marketplace is told `OTHER`.
    case other

    /// The transporter code Channable's shipment update takes (its transporters list).
    public var channableTransporter: String {
        switch self {
        case .postnl: "POSTNL"
        case .dhlParcel: "DHL"
        case .dhlExpress: "DHL_EXPRESS"
        case .dpd: "DPD"
        case .ups: "UPS"
        case .gls: "GLS"
        case .bpost: "BPOST"
        case .fedex: "FEDEX"
        case .other: "OTHER"
        }
    }
}

/// The carrier a tracking code belongs to, and what a person should know about how it was found.
public struct CarrierMatch: Sendable, Hashable {
    public var carrier: Carrier
    /// Set when the code matched no pattern (`carrier.unknown`): the status record shows it.
    public var warning: Note?
}

/// Derives the carrier from a tracking code's pattern (docs/connectors/channable.md, "Carrier
/// from the tracking code"). The table is read top to bottom; the first pattern that matches the
/// whole code (upper-cased, spaces removed) wins. A provider name the webshop gave (the Shipment
/// Tracking extension's `tracking_provider`) is used first when it names a known carrier.
public enum CarrierTable {
    /// One row of the table: the carrier, the pattern as documented, and its test.
    public struct Row: Sendable {
        public var carrier: Carrier
        /// The pattern as a regular expression, for the documentation.
        public var pattern: String
        public var example: String
        let matches: @Sendable (String) -> Bool
    }

    public static let rows: [Row] = [
        // UPS: "1Z", 6 characters shipper number, 2 service digits, 8 package characters.
        Row(carrier: .ups, pattern: "^1Z[0-9A-Z]{16}$", example: "1Z999AA10123456784") {
            $0.count == 18 && $0.hasPrefix("1Z") && $0.allSatisfy(\.isUpperAlphanumeric)
        },
        // PostNL domestic barcodes: "3S", four letters/digits customer code, then digits.
        Row(carrier: .postnl, pattern: "^3S[0-9A-Z]{4}[0-9]{5,11}$", example: "3SABCD0123456") {
            $0.hasPrefix("3S") && (11...17).contains($0.count)
                && $0.dropFirst(2).prefix(4).allSatisfy(\.isUpperAlphanumeric) && $0.dropFirst(6).allSatisfy(\.isPlainDigit)
        },
        // UPU S10 international item ids ending in the country of the postal operator.
        Row(carrier: .postnl, pattern: "^[A-Z]{2}[0-9]{9}NL$", example: "RR123456785NL") { isS10($0, country: "NL") },
        Row(carrier: .bpost, pattern: "^[A-Z]{2}[0-9]{9}BE$", example: "CD123456785BE") { isS10($0, country: "BE") },
        // bpost domestic: 24 digits starting with 32.
        Row(carrier: .bpost, pattern: "^32[0-9]{22}$", example: "323212345678901234567890") {
            $0.count == 24 && $0.hasPrefix("32") && $0.allSatisfy(\.isPlainDigit)
        },
        // DHL Parcel (Benelux "JVGL…", Germany "JJD…" piece codes).
        Row(carrier: .dhlParcel, pattern: "^JVGL[0-9A-Z]{10,20}$", example: "JVGL06240123456789") {
            $0.hasPrefix("JVGL") && (14...24).contains($0.count) && $0.allSatisfy(\.isUpperAlphanumeric)
        },
        Row(carrier: .dhlParcel, pattern: "^JJD[0-9]{18,21}$", example: "JJD000390007812345678") {
            $0.hasPrefix("JJD") && (21...24).contains($0.count) && $0.dropFirst(3).allSatisfy(\.isPlainDigit)
        },
        // DHL Express air waybill: 10 digits.
        Row(carrier: .dhlExpress, pattern: "^[0-9]{10}$", example: "1234567890") { digits($0, 10) },
        // GLS parcel number: 11 digits; GLS track id: 8 characters with at least one letter.
        Row(carrier: .gls, pattern: "^[0-9]{11}$", example: "12345678901") { digits($0, 11) },
        Row(carrier: .gls, pattern: "^[0-9A-Z]{8}$ (with a letter)", example: "ZB4XK7QD") {
            $0.count == 8 && $0.allSatisfy(\.isUpperAlphanumeric) && $0.contains(where: \.isLetter)
        },
        // FedEx: 12 digits (Express), 15 digits (Ground), 20 or 22 digits (Ground/SmartPost).
        Row(carrier: .fedex, pattern: "^([0-9]{12}|[0-9]{15}|[0-9]{20}|[0-9]{22})$", example: "123456789012") {
            [12, 15, 20, 22].contains($0.count) && $0.allSatisfy(\.isPlainDigit)
        },
        // DPD parcel number: 14 digits.
        Row(carrier: .dpd, pattern: "^[0-9]{14}$", example: "05123456789012") { digits($0, 14) },
    ]

    /// Provider names the webshop may give (lower-cased, spaces and dashes removed) per carrier.
    static let providerNames: [String: Carrier] = [
        "postnl": .postnl, "tntpost": .postnl,
        "dhl": .dhlParcel, "dhlparcel": .dhlParcel, "dhlparcelnl": .dhlParcel, "dhlde": .dhlParcel, "dhlpaket": .dhlParcel,
        "dhlexpress": .dhlExpress, "dhlexpressnl": .dhlExpress,
        "dpd": .dpd, "dpdnl": .dpd, "dpdde": .dpd, "dpdbe": .dpd,
        "ups": .ups, "gls": .gls, "glsnl": .gls, "glsde": .gls,
        "bpost": .bpost, "bpostinternational": .bpost, "fedex": .fedex,
    ]

    /// The carrier of `trackingCode`; `provider` is a carrier name from the source, used first.
    public static func identify(trackingCode: String, provider: String? = nil) -> CarrierMatch {
        if let provider, let carrier = providerNames[normalizedProvider(provider)] {
            return CarrierMatch(carrier: carrier, warning: nil)
        }
        let code = normalized(trackingCode)
        if let row = rows.first(where: { $0.matches(code) }) {
            return CarrierMatch(carrier: row.carrier, warning: nil)
        }
        return CarrierMatch(carrier: .other, warning: Note(.carrierUnknown, ["code": trackingCode,
                                                                             "transporter": Carrier.other.channableTransporter]))
    }

    static func normalized(_ code: String) -> String {
        String(code.uppercased().filter { !$0.isWhitespace })
    }

    static func normalizedProvider(_ name: String) -> String {
        String(name.lowercased().filter { $0.isLetter || $0.isNumber })
    }

    private static func digits(_ code: String, _ count: Int) -> Bool {
        code.count == count && code.allSatisfy(\.isPlainDigit)
    }

    private static func isS10(_ code: String, country: String) -> Bool {
        let chars = Array(code)
        guard chars.count == 13, code.hasSuffix(country) else { return false }
        return chars[0...1].allSatisfy { $0.isASCII && $0.isLetter } && chars[2...10].allSatisfy(\.isPlainDigit)
    }
}

extension Character {
    var isPlainDigit: Bool { isASCII && isNumber }
    var isUpperAlphanumeric: Bool { isASCII && (isNumber || isUppercase) }
}
