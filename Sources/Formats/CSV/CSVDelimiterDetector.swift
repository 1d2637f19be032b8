/// Guesses a CSV file's delimiter from its header line.
///
/// Counts `,` `;` tab and `|` outside quotes on the first line that holds any text and picks
/// the most frequent (ties in that order); a header without any of them gives `,`.
/// Reads only up to the end of that line.
enum CSVDelimiterDetector {
    static let candidates: [UInt8] = [0x2C, 0x3B, 0x09, 0x7C]

    static func detect(in decoder: inout TextDecoder) throws -> UInt8 {
        var counts = [Int](repeating: 0, count: candidates.count)
        var inQuotes = false
        var lineHasText = false
        var chunk: [UInt8] = []
        scanning: while try decoder.decode(into: &chunk) {
            for byte in chunk {
                if byte == 0x22 {
                    inQuotes.toggle()
                } else if inQuotes {
                    lineHasText = true
                } else if byte == 0x0A || byte == 0x0D {
                    if lineHasText { break scanning }
                    counts = [Int](repeating: 0, count: candidates.count)
                } else if let slot = candidates.firstIndex(of: byte) {
                    counts[slot] += 1
                } else if byte != 0x20 {
                    lineHasText = true
                }
            }
        }
        var best = 0
        for slot in counts.indices where counts[slot] > counts[best] { best = slot }
        return candidates[best]
    }
}
