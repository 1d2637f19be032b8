/// Lays out compact JSON text for reading: two-space indents, `"key": value`, and empty
/// objects and arrays kept on one line (`{}`, `[]`), unlike Foundation's pretty printing.
enum JSONIndenter {
    /// `compact` must be JSON without insignificant whitespace, as `JSONEncoder` writes it.
    static func indent(_ compact: String) -> String {
        var out = ""
        var depth = 0
        var inString = false
        var escaped = false
        let characters = Array(compact)
        func newline() { out += "\n" + String(repeating: "  ", count: depth) }
        for (index, character) in characters.enumerated() {
            if inString {
                out.append(character)
                if escaped {
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == "\"" {
                    inString = false
                }
                continue
            }
            switch character {
            case "\"":
                inString = true
                out.append(character)
            case "{", "[":
                out.append(character)
                let closer: Character = character == "{" ? "}" : "]"
                if index + 1 < characters.count, characters[index + 1] == closer { continue }
                depth += 1
                newline()
            case "}", "]":
                let opener: Character = character == "}" ? "{" : "["
                if index > 0, characters[index - 1] == opener {
                    out.append(character)
                    continue
                }
                depth -= 1
                newline()
                out.append(character)
            case ",":
                out.append(character)
                newline()
            case ":":
                out += ": "
            default:
                out.append(character)
            }
        }
        return out
    }
}
