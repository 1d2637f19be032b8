/// The three file formats Ferry reads and writes.
public enum FileFormat: String, Sendable, Hashable, Codable, CaseIterable {
    case csv, json, xml

    /// The format named by a file extension (`.csv`, `.txt` → csv, `.json`, `.ndjson`, `.jsonl` → json, `.xml`).
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "csv", "txt", "tsv": self = .csv
        case "json", "ndjson", "jsonl": self = .json
        case "xml": self = .xml
        default: return nil
        }
    }

    /// The format suggested by the first non-blank byte: `<` xml, `{`/`[` json, otherwise csv.
    public init(sniffing prefix: some Sequence<UInt8>) {
        for byte in prefix {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF, 0xFE, 0xFF, 0x00: continue
            case UInt8(ascii: "<"): self = .xml; return
            case UInt8(ascii: "{"), UInt8(ascii: "["): self = .json; return
            default: self = .csv; return
            }
        }
        self = .csv
    }

    public var fileExtension: String { rawValue }
}
