import Diagnostics
import Foundation

/// A previewed document as `ferry preview --json` shows it, its errors in one language.
public struct LocalizedPreviewDocument: Encodable {
    var preview: PreviewDocument
    var language: Language

    public init(_ preview: PreviewDocument, language: Language) {
        self.preview = preview
        self.language = language
    }

    enum CodingKeys: String, CodingKey {
        case ordinal, location, kind, key, outcome, reason, canonical, payloads, errors
    }

    /// The canonical document as a JSON object (dates per the encoder's strategy: ISO 8601
    /// for canonical JSON).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(preview.ordinal, forKey: .ordinal)
        try container.encode(preview.location.description, forKey: .location)
        try container.encode(preview.kind, forKey: .kind)
        try container.encodeIfPresent(preview.key, forKey: .key)
        try container.encode(preview.outcome, forKey: .outcome)
        try container.encodeIfPresent(preview.reason?.text(in: language), forKey: .reason)
        if let document = preview.document { try document.encode(to: container.superEncoder(forKey: .canonical)) }
        try container.encode(preview.payloads, forKey: .payloads)
        try container.encode(preview.errors.map { LocalizedFerryError($0, language: language) }, forKey: .errors)
    }
}

/// An error as JSON output shows it: code, location, message and hint in one language.
public struct LocalizedFerryError: Encodable, Sendable {
    var code: String
    var location: String?
    var message: String
    var hint: String

    public init(_ error: FerryError, language: Language) {
        code = error.code.rawValue
        location = error.location?.description
        message = error.message(in: language)
        hint = error.hint(in: language)
    }
}
