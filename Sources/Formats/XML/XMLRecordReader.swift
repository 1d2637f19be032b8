import Diagnostics

/// Reads the records of an XML file one at a time, each as a `Node` tree.
///
/// Only the current record is held in memory. Node shapes are described on
/// `XMLElementDraft.node(path:file:)`; every node's location carries the file's display name,
/// its line and an XPath with positional predicates (`/Orders/Order[3]/Lines/Line[2]/Sku`):
/// record elements under the root always get their index, other elements only when they have
/// same-named siblings. Throws `FerryError` only (see `XMLPullReader` for the safety rules).
/// Copies share one underlying reader.
public struct XMLRecordReader: RecordReader {
    /// The local name of the root element once seen.
    public private(set) var rootName: String?
    /// The namespace URI of the root element once seen.
    public private(set) var rootNamespace: String?

    private enum State { case beforeRoot, inRoot, draining, finished }

    private let pull: XMLPullReader
    private let options: XMLReaderOptions
    private var state = State.beforeRoot
    private var rootQualifiedName = ""
    private var recordCount = 0
    private var positions: [String: Int] = [:]

    /// Opens the file; throws `.inputUnreadable` when it cannot be opened.
    public init(path: String, displayName: String, options: XMLReaderOptions) throws {
        pull = try XMLPullReader(path: path, displayName: displayName, limits: options.limits)
        self.options = options
    }

    /// The next record, or `nil` after the last one once the rest of the file proved well-formed.
    public mutating func next() throws -> Record? {
        while true {
            switch state {
            case .beforeRoot:
                guard let event = try pull.next() else { return finish() }
                guard case .start(let tag) = event else { continue }
                rootName = tag.localName
                rootNamespace = tag.namespaceURI
                rootQualifiedName = tag.qualifiedName
                if rootIsRecord(tag.localName) {
                    state = .draining
                    return try record(tag, path: "/" + tag.qualifiedName)
                }
                state = tag.isEmpty ? .draining : .inRoot
                if tag.isEmpty { _ = try pull.next() }
            case .inRoot:
                guard let event = try pull.next() else { return finish() }
                switch event {
                case .start(let tag):
                    let position = positions[tag.localName, default: 0] + 1
                    positions[tag.localName] = position
                    return try record(tag, path: "/\(rootQualifiedName)/\(tag.qualifiedName)[\(position)]")
                case .end:
                    state = .draining
                case .text:
                    continue
                }
            case .draining:
                while try pull.next() != nil {}
                return finish()
            case .finished:
                return nil
            }
        }
    }

    private mutating func finish() -> Record? {
        state = .finished
        return nil
    }

    private func rootIsRecord(_ localName: String) -> Bool {
        switch options.records {
        case .root: return true
        case .children: return false
        case .auto(let documentNames): return documentNames.contains(localName)
        }
    }

    private mutating func record(_ tag: XMLStartTag, path: String) throws -> Record {
        let draft = try collect(tag, path: path)
        recordCount += 1
        return Record(index: recordCount, root: draft.node(path: path, file: pull.displayName))
    }

    /// Reads events up to the end of the element `tag` opened; errors are placed at `path`.
    private func collect(_ tag: XMLStartTag, path: String) throws -> XMLElementDraft {
        var stack = [XMLElementDraft(tag: tag)]
        do {
            while let event = try pull.next() {
                switch event {
                case .start(let child):
                    stack.append(XMLElementDraft(tag: child))
                case .text(let text):
                    guard !stack.isEmpty else { continue }
                    stack[stack.count - 1].text += text
                    _ = try pull.checked(stack[stack.count - 1].text)
                case .end:
                    guard let done = stack.popLast() else { continue }
                    if stack.isEmpty { return done }
                    stack[stack.count - 1].children.append(done)
                }
            }
        } catch var error as FerryError {
            if error.location?.path == nil { error.location?.path = path }
            throw error
        }
        throw FerryError(.xmlNotWellFormed, at: Location(file: pull.displayName, path: path),
                         ["reason": "the file ends inside <\(tag.qualifiedName)>", "line": String(pull.line)])
    }
}
