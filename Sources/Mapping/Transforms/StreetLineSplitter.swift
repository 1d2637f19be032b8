/// Splits a Dutch, Belgian or German street line into street, house number and addition.
///
/// The line is cut into words at spaces and commas (the result rejoins them with single spaces).
/// A *number word* starts with digits and then has nothing more, a range (`5-7`), or an addition
/// glued on directly or after `-` or `/` (`12A`, `12-A`, `14-III`, `25/2`, `1hs`). Rules, in order:
///
/// 1. **PO box**: `Postbus`, `Postfach`, `Postbox`, `Antwoordnummer`, `PO Box`, `Boîte postale`, `BP`
///    followed only by digit groups: the street is the PO-box word as written, the number the digits
///    joined (`Postfach 10 12 34` → `101234`).
/// 2. **Number first** (Belgian/French exports, `16 Rue de la Loi`): the first word is a number word that
///    is not an ordinal (`2e`, `1ste`, `3de`, `1er`, `2nd`), and either no later word is a number word
///    or the next word is a street type (`Rue`, `Avenue`, `Boulevard`, `Place`, `Chaussée`, ...).
///    `bis`/`ter`/`quater` right after the number is its addition, as is everything from a `bus`/`bte`/`boîte`
///    word onwards.
/// 3. **Number last** (the usual case): the number is the last number word, not the first word, that does
///    not follow an addition marker (`bus`, `bte`, `boîte`, `app`, `Whg.`, ...; so `16 bus 3` keeps 16).
///    When the word before it is itself a number word that is neither a four-digit year nor a range, that
///    earlier word is the number (`Kerkstraat 12 3hg` → 12 / 3hg; but `Plein 1992 7` → 7 and
///    `Laan 1940-1945 20` → 20). A number marker before it (`nr`, `No.`, `n°`) is dropped from the street.
///    Everything after the number joins the addition; leading `-` and `/` are removed.
/// 4. Otherwise the whole line is the street, without number or addition: this never fails.
///
/// Ranges: `a-b` with `b` greater than `a` is a range and stays the number (`5-7`); otherwise `b` is an
/// addition (`12-3` → 12 / 3). Letters keep their case as written.
public enum StreetLineSplitter {
    public static func split(_ line: String) -> StreetLine {
        let words = line.split(whereSeparator: { $0.isWhitespace || $0 == "," }).map(String.init)
        guard let first = words.first else { return StreetLine(street: "") }
        if words.count == 1, let number = NumberWord(first) {
            return StreetLine(street: "", number: number.number, addition: number.addition)
        }
        if let box = poBox(words) { return box }
        if let numberFirst = numberFirst(words) { return numberFirst }
        guard let index = numberIndex(words), let number = NumberWord(words[index]) else {
            return StreetLine(street: words.joined(separator: " "))
        }
        var streetWords = words[..<index]
        if streetWords.count > 1, let last = streetWords.last, Vocabulary.numberMarkers.contains(key(last)) {
            streetWords = streetWords.dropLast()
        }
        let addition = [number.addition].compactMap { $0 } + words[(index + 1)...]
        return StreetLine(
            street: streetWords.joined(separator: " "), number: number.number, addition: cleanAddition(addition))
    }

    /// The index of the house number word in a number-last line, if any.
    static func numberIndex(_ words: [String]) -> Int? {
        var index = words.count - 1
        while index >= 1 {
            if NumberWord(words[index]) != nil, !Vocabulary.additionMarkers.contains(key(words[index - 1])) {
                if index >= 2, let previous = NumberWord(words[index - 1]), !previous.isRange, !previous.isYear {
                    return index - 1
                }
                return index
            }
            index -= 1
        }
        return nil
    }

    static func poBox(_ words: [String]) -> StreetLine? {
        let keys = words.map(key)
        for phrase in Vocabulary.poBoxPhrases where keys.starts(with: phrase) {
            let rest = words.dropFirst(phrase.count)
            guard !rest.isEmpty, rest.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
            return StreetLine(street: words.prefix(phrase.count).joined(separator: " "), number: rest.joined())
        }
        return nil
    }

    static func numberFirst(_ words: [String]) -> StreetLine? {
        guard words.count >= 2, let number = NumberWord(words[0]), !number.isOrdinal else { return nil }
        var rest = words.dropFirst()
        var addition = [number.addition].compactMap { $0 }
        if let word = rest.first, Vocabulary.frenchSuffixes.contains(key(word)), rest.count > 1 {
            addition.append(word)
            rest = rest.dropFirst()
        }
        let startsWithStreetType = rest.first.map { Vocabulary.streetTypes.contains(key($0)) } ?? false
        guard startsWithStreetType || numberIndex(words) == nil else { return nil }
        if let marker = rest.dropFirst().firstIndex(where: { Vocabulary.unitMarkers.contains(key($0)) }) {
            addition += rest[marker...]
            rest = rest[..<marker]
        }
        return StreetLine(street: rest.joined(separator: " "), number: number.number, addition: cleanAddition(addition))
    }

    static func cleanAddition(_ parts: [String]) -> String? {
        let text = parts.joined(separator: " ").drop(while: { $0 == "-" || $0 == "/" || $0.isWhitespace })
        return text.isEmpty ? nil : String(text)
    }

    /// A word as the vocabulary lists it: lower case, without a trailing full stop.
    static func key(_ word: String) -> String {
        let lower = word.lowercased()
        return lower.hasSuffix(".") && lower.count > 1 ? String(lower.dropLast()) : lower
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isWholeNumber }
}
