import CXMLBridge
import Diagnostics

/// A pull reader over one XML file: start tags, end tags and text, in document order.
///
/// Backed by libxml2's `xmlTextReader` through `CXMLBridge`, which opens the file itself with
/// `open(2)`, never loads DTDs, external entities or XIncludes, refuses entity declarations
/// (`XML-003`) and bounds every token by `limits.maxFieldBytes`. Comments, processing
/// instructions and the DOCTYPE are skipped. An empty element `<a/>` yields a start and an end.
/// Not `Sendable`: keep it inside one task. After an error every call throws that error again.
public final class XMLPullReader {
    /// One step through the document.
    public enum Event: Sendable, Hashable {
        case start(XMLStartTag)
        case end
        /// Text, CDATA or whitespace, with entities and character references already decoded.
        case text(String)
    }

    public let displayName: String
    public let limits: ReaderLimits
    /// The line of the current event (1-based), 0 before the first.
    public private(set) var line = 0
    /// Element depth of the current event: 0 for the root's start and end, 1 for text in the root.
    public private(set) var depth = 0

    let handle: OpaquePointer
    private var pendingEnd = false
    private var failure: FerryError?

    private static let libraryReady: Void = { cxml_init() }()

    /// Opens `path` (`cxml_reader_open`); throws `.inputUnreadable` when it cannot be opened.
    public init(path: String, displayName: String, limits: ReaderLimits = .default) throws {
        _ = Self.libraryReady
        self.displayName = displayName
        self.limits = limits
        var openErrno: Int32 = 0
        guard let handle = cxml_reader_open(path, Int64(limits.maxFieldBytes), &openErrno) else {
            throw FerryError(.inputUnreadable, at: Location(file: displayName),
                             ["reason": Self.describe(errno: openErrno)])
        }
        self.handle = handle
    }

    deinit { cxml_reader_close(handle) }

    /// The next event (`cxml_reader_next`), or `nil` at the end of a well-formed document.
    public func next() throws -> Event? {
        if let failure { throw failure }
        if pendingEnd {
            pendingEnd = false
            return .end
        }
        do {
            return try advance()
        } catch let error as FerryError {
            failure = error
            throw error
        }
    }

    private func advance() throws -> Event? {
        while true {
            let status = cxml_reader_next(handle)
            if status == 0 { return nil }
            if status < 0 { throw failureError() }
            line = Int(cxml_reader_line(handle))
            depth = Int(cxml_reader_depth(handle))
            switch Int(cxml_reader_kind(handle)) {
            case CXML_NODE_ELEMENT:
                if depth + 1 > limits.maxDepth {
                    throw FerryError(.inputTooDeep, at: here, ["limit": String(limits.maxDepth)])
                }
                let tag = try startTag()
                pendingEnd = tag.isEmpty
                return .start(tag)
            case CXML_NODE_END_ELEMENT:
                return .end
            case CXML_NODE_TEXT, CXML_NODE_CDATA, CXML_NODE_WHITESPACE:
                return .text(try checked(copy(cxml_reader_value(handle))))
            case CXML_NODE_ENTITY_REFERENCE:
                throw FerryError(.xmlEntityReference, at: here, ["name": copy(cxml_reader_name(handle))])
            default:
                continue
            }
        }
    }

    /// Reads the current element's names and attributes (`cxml_reader_next_attribute`).
    private func startTag() throws -> XMLStartTag {
        let qualifiedName = copy(cxml_reader_name(handle))
        let localName = copy(cxml_reader_local_name(handle))
        let namespace = cxml_reader_namespace_uri(handle).map { String(cString: $0) }
        let isEmpty = cxml_reader_is_empty_element(handle) != 0
        var attributes: [XMLAttribute] = []
        while cxml_reader_next_attribute(handle) == 1 {
            attributes.append(XMLAttribute(
                qualifiedName: copy(cxml_reader_name(handle)),
                localName: copy(cxml_reader_local_name(handle)),
                value: copy(cxml_reader_value(handle))))
        }
        for attribute in attributes { _ = try checked(attribute.value) }
        return XMLStartTag(
            qualifiedName: qualifiedName, localName: localName, namespaceURI: namespace,
            attributes: attributes, isEmpty: isEmpty, depth: depth, line: line)
    }

    /// The current position as a location: file and line.
    var here: Location { Location(file: displayName, line: line > 0 ? line : nil) }

    /// `text`, or `.inputFieldTooLarge` when it is longer than the limit.
    func checked(_ text: String) throws -> String {
        guard text.utf8.count <= limits.maxFieldBytes else {
            throw FerryError(.inputFieldTooLarge, at: here, ["limit": String(limits.maxFieldBytes)])
        }
        return text
    }

    private func copy(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}

/// An element's start tag as the pull reader saw it.
public struct XMLStartTag: Sendable, Hashable {
    /// The name as written, with its prefix (`cbc:ID`).
    public var qualifiedName: String
    /// The name without prefix (`ID`).
    public var localName: String
    public var namespaceURI: String?
    /// Attributes in document order, namespace declarations left out.
    public var attributes: [XMLAttribute]
    /// `<a/>`: the pull reader sends its `.end` right after.
    public var isEmpty: Bool
    public var depth: Int
    public var line: Int
}

/// One attribute of a start tag, its value decoded.
public struct XMLAttribute: Sendable, Hashable {
    public var qualifiedName: String
    public var localName: String
    public var value: String
}
