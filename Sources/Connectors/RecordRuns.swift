import Formats

/// A record reader read one record, or one run of consecutive records with equal keys
/// (the rows of one order in a flat CSV export), at a time.
struct RecordRuns {
    private var reader: any RecordReader
    private var lookahead: Record?
    private var done = false
    /// The line (or record index) where each key's run started, to spot a key that comes back.
    private var firstLines: SeenKeys
    /// Records read so far.
    private(set) var count = 0

    /// `keysInMemory`: keys kept in memory before they move to a scratch database (`SeenKeys`).
    init(_ reader: any RecordReader, keysInMemory: Int = SeenKeys.defaultInMemory) {
        self.reader = reader
        firstLines = SeenKeys(inMemory: keysInMemory)
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
    /// started (`nil` the first time a key is seen). `remembering` false (a pass that only
    /// counts documents) neither looks the key up nor keeps it: `earlierLine` is nil.
    mutating func nextRun(by keyOf: (Node) -> [String], remembering: Bool = true) throws
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
        let earlier = try remembering
            ? firstLines.earlierLine(of: runKey, startingAt: first.root.location.line ?? first.index, location: first.root.location)
            : nil
        return (rows, runKey, earlier)
    }
}
