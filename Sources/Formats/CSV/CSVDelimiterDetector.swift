/// Guesses a CSV file's delimiter from its header line.
///
/// Counts `,` `;` tab and `|` outside quotes on the first line that holds any text and picks
/// the most frequent (ties in that order); a header without any of them gives `,`. Lines of
/// only delimiters before it are passed over, but decide when no line holds text.
/// Reads only up to the end of the header line.
enum CSVDelimiterDetector {
    static let candidates: [UInt8] = [0x2C, 0x3B, 0x09, 0x7C]

    static func detect(in decoder: inout TextDecoder) throws -> UInt8 {
        let none = [Int](repeating: 0, count: candidates.count)
        var counts = none
        var fallback: [Int]?
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
                    if fallback == nil && counts != none { fallback = counts }
                    counts = none
                } else if let slot = candidates.firstIndex(of: byte) {
                    counts[slot] += 1
                } else if byte != 0x20 {
                    lineHasText = true
                }
            }
        }
        let chosen = lineHasText ? counts : (fallback ?? counts)
        var best = 0
        for slot in chosen.indices where chosen[slot] > chosen[best] { best = slot }
        return candidates[best]
    }
}
