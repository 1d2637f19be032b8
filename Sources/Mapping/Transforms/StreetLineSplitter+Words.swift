/// A word that starts with a house number: `12`, `12A`, `12-A`, `14-III`, `25/2`, `5-7`, `1hs`.
struct NumberWord {
    /// The number as written; a range such as `5-7` whole.
    var number: String
    /// Letters or digits glued to the number or after `-`/`/`.
    var addition: String?
    var isRange = false

    /// A four-digit number with nothing attached, as in street names like `Plein 1992`.
    var isYear: Bool { !isRange && addition == nil && number.count == 4 }

    /// `2e`, `1ste`, `3de`, `1er`, `2nd`: part of a street name, not a house number.
    var isOrdinal: Bool {
        guard let addition else { return false }
        return Vocabulary.ordinalSuffixes.contains(addition.lowercased())
    }

    init?(_ word: String) {
        let digits = word.prefix(while: \.isASCIIDigit)
        guard !digits.isEmpty else { return nil }
        number = String(digits)
        var rest = word.dropFirst(digits.count)
        guard let separator = rest.first else { return }
        if separator == "-" || separator == "/" {
            rest = rest.dropFirst()
            let upper = rest.prefix(while: \.isASCIIDigit)
            if separator == "-", !upper.isEmpty, let low = Int(digits), let high = Int(upper), high > low {
                number += "-" + upper
                isRange = true
                rest = rest.dropFirst(upper.count)
                if rest.isEmpty { return }
                if rest.first == "-" || rest.first == "/" { rest = rest.dropFirst() }
            }
        }
        guard !rest.isEmpty, rest.allSatisfy({ $0.isLetter || $0.isNumber }) else { return nil }
        addition = String(rest)
    }
}

/// The words the splitter recognises, lower case and without a trailing full stop.
enum Vocabulary {
    /// Words after which a number belongs to the addition: `bus 3`, `Whg. 2`.
    static let additionMarkers: Set<String> = [
        "bus", "bte", "boîte", "boite", "box", "b", "app", "apt", "appt", "appartement", "apartment",
        "whg", "wohnung", "etage", "verd", "verdieping", "unit", "suite", "flat", "kamer", "zimmer", "top",
        "stiege", "tür",
    ]
    /// Markers that start an addition inside a number-first line (a subset that never occurs in names).
    static let unitMarkers: Set<String> = [
        "bus", "bte", "boîte", "boite", "box", "app", "apt", "appt", "appartement", "whg", "wohnung",
    ]
    /// Words that announce the number: `nr 12`, `No. 12`.
    static let numberMarkers: Set<String> = ["nr", "no", "n°", "nº", "nummer", "numero", "numéro", "hausnummer", "huisnummer"]
    static let poBoxPhrases: [[String]] = [
        ["postbus"], ["postfach"], ["postbox"], ["antwoordnummer"], ["po", "box"], ["p.o", "box"], ["p.o.box"],
        ["pobox"], ["boîte", "postale"], ["boite", "postale"], ["bp"], ["b.p"],
    ]
    /// French additions written between a leading number and the street: `16 bis Rue ...`.
    static let frenchSuffixes: Set<String> = ["bis", "ter", "quater"]
    static let ordinalSuffixes: Set<String> = ["e", "de", "ste", "er", "ère", "re", "ème", "eme", "nd", "rd", "st", "th"]
    /// Street types that follow a leading house number in French and English writing.
    static let streetTypes: Set<String> = [
        "rue", "avenue", "av", "boulevard", "bd", "bld", "place", "pl", "chaussée", "chaussee", "chemin", "allée",
        "allee", "impasse", "quai", "route", "square", "cours", "passage", "galerie", "rond-point", "drève", "dreve",
        "clos", "sentier", "parvis", "venelle", "street", "road", "lane", "drive",
    ]
}
