import Canonical
import Diagnostics

/// One document of a previewed file: what the flow makes of it and what each target would get.
public struct PreviewDocument: Sendable {
    public enum Outcome: String, Sendable, Codable {
        /// Ready for every target shown.
        case converted
        /// Left out by a filter of the flow (`reason` says which).
        case filtered
        /// A decode, rule or target error (`errors`).
        case failed
    }

    /// 1-based position in the file.
    public var ordinal: Int
    public var location: Location
    public var kind: String
    public var key: String?
    public var outcome: Outcome
    public var reason: Note?
    /// The document after the flow's rules; `nil` when it did not get that far.
    public var document: (any CanonicalDocument)?
    /// `document` as canonical JSON (sorted keys, pretty).
    public var canonicalJSON: String? { document.map(Previewer.prettyJSON) }
    /// One per target that writes a file per document; per-input-file targets come as
    /// `PreviewEvent.filePayload` once the whole file is read.
    public var payloads: [PreviewPayload]
    public var errors: [FerryError]
}

/// A payload as a run would write it: the target, its outbox file and the text.
public struct PreviewPayload: Sendable, Codable {
    public var target: String
    /// The outbox path relative to the root, as named for a first export.
    public var path: String
    /// The payload decoded as UTF-8.
    public var text: String
    /// Business keys of the documents it carries.
    public var keys: [String]
}

/// What `Engine.preview` reports, in the order it finds it: every document, then the
/// payloads of per-input-file targets, with any file-level error where it occurs.
public enum PreviewEvent: Sendable {
    case document(PreviewDocument)
    case filePayload(PreviewPayload)
    /// The file as a whole fails (unreadable, malformed): a run writes nothing for it.
    case fileError(FerryError)
    /// Something to check that fails nothing, found once the whole file is read: a layout
    /// path that selected nothing in any record (MAP-121).
    case warning(FerryError)
}

/// Counts over a previewed file, and whether a run would write anything.
public struct PreviewSummary: Sendable, Codable {
    public var documents = 0
    public var converted = 0
    public var filtered = 0
    public var failed = 0
    public var fileFailed = false
    /// `PreviewEvent.warning`s: they fail nothing.
    public var warnings = 0
    /// The flow is all-or-nothing and a document failed: a run would export nothing.
    public var blocked = false

    public init() {}

    /// Every document converted or was filtered, and the file is sound.
    public var succeeded: Bool { !fileFailed && failed == 0 }

    mutating func add(_ document: PreviewDocument) {
        documents += 1
        switch document.outcome {
        case .converted: converted += 1
        case .filtered: filtered += 1
        case .failed: failed += 1
        }
    }
}
