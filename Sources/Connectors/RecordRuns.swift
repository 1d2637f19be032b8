import Formats

/// A record reader read one record, or one run of consecutive records with equal keys
/// (the rows of one order in a flat CSV export), at a time.
struct RecordRuns {
    private var reader: any RecordReader
    private var lookahead: Record?
    private var done = false
    /// The line (or record index) where each key's run started, to spot a key that comes back.
    private var firstLines: [[String]: Int] = [:]
    /// Records read so far.
    private(set) var count = 0

    init(_ reader: any RecordReader) {
        self.reader = reader
    }

    mutating func next() throws -> Record? {
        if let held = lookahead {
            lookahead = nil
            return held
        }
        guard !done else { return nil }
        if let record = try reader.next() {
            count += 1
            return record
        }
        done = true
        return nil
    }

    /// The next run of records with equal `key`, and where an earlier run with the same key
    /// started (`nil` the first time a key is seen).
    mutating func nextRun(by keyOf: (Node) -> [String]) throws
        -> (rows: [Record], key: [String], earlierLine: Int?)? {
        guard let first = try next() else { return nil }
        let runKey = keyOf(first.root)
        var rows = [first]
        while let record = try next() {
            guard keyOf(record.root) == runKey else {
                lookahead = record
                break
            }
            rows.append(record)
        }
        let earlier = firstLines[runKey]
        if earlier == nil { firstLines[runKey] = first.root.location.line ?? first.index }
        return (rows, runKey, earlier)
    }
}
