/// Which elements of an XML file are the records.
public enum XMLRecordSelector: Sendable, Hashable {
    /// The root element is the one record (a UBL or openTRANS document).
    case root
    /// Each child element of the root is a record (`<Orders><Order/>...</Orders>`).
    case children
    /// The root is the record if its local name is in the set, otherwise its children are.
    case auto(documentNames: Set<String>)
}

/// How `XMLRecordReader` reads a file.
public struct XMLReaderOptions: Sendable, Hashable {
    public var records: XMLRecordSelector
    public var limits: ReaderLimits

    public init(records: XMLRecordSelector = .children, limits: ReaderLimits = .default) {
        self.records = records
        self.limits = limits
    }
}
