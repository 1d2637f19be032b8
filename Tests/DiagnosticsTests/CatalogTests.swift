import Diagnostics
import Foundation
import Testing

/// The one completeness test of the message catalog: every key, every language.
@Suite struct CatalogTests {
    static let keys = Catalog.entries.keys.sorted { $0.rawValue < $1.rawValue }

    /// `{name}` placeholders of a template (a brace around anything but a name, such as
    /// the YAML `{ }` in a hint, is text).
    static func placeholders(_ template: String) -> Set<String> {
        var names: Set<String> = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let name = String(rest[rest.index(after: open)..<close])
            if name.range(of: "^[A-Za-z][A-Za-z0-9]*$", options: .regularExpression) != nil { names.insert(name) }
            rest = rest[rest.index(after: open)...]
        }
        return names
    }

    @Test func eachKeyIsDefinedInOneAreaOnly() {
        var seen: [ErrorCode: Int] = [:]
        for area in Catalog.areas {
            for key in area.keys { seen[key, default: 0] += 1 }
        }
        #expect(seen.filter { $0.value > 1 }.keys.map(\.rawValue).sorted() == [])
        #expect(seen.count == Catalog.entries.count)
    }

    /// Errors (`CSV-003`) have a message and a hint in every language; operator texts
    /// (`waiting.settling`) a message only. Placeholders match the English ones exactly,
    /// and a translation is never the English text left in place.
    @Test(arguments: keys)
    func everyLanguageHasItsTextWithTheEnglishPlaceholders(_ key: ErrorCode) throws {
        let entry = try #require(Catalog.entries[key])
        let isText = CatalogEntry.isText(key)
        let pattern = isText ? "^[a-z][a-z0-9-]*(\\.[a-z0-9-]+)*$" : "^[A-Z]+-[0-9]{3}$"
        #expect(key.rawValue.range(of: pattern, options: .regularExpression) != nil, "\(key): not a key of its kind")
        #expect(Set(entry.message.keys) == Set(Language.allCases), "\(key): message languages")
        if isText {
            #expect(entry.hint.isEmpty, "\(key): an operator text has no hint")
        } else {
            #expect(Set(entry.hint.keys) == Set(Language.allCases), "\(key): hint languages")
        }
        var parts: [(String, [Language: String])] = isText ? [("message", entry.message)] : [("message", entry.message), ("hint", entry.hint)]
        if let variant = entry.hintWith {
            // The precise hint (MAP-005 naming the field that takes the value) is held to
            // the same rules, and is used only when the error carries its argument.
            #expect(!isText, "\(key): an operator text has no hint variant")
            #expect(!variant.argument.isEmpty, "\(key): hint variant without an argument")
            #expect(Set(variant.hint.keys) == Set(Language.allCases), "\(key): hint variant languages")
            #expect(
                Self.placeholders(variant.hint[.en] ?? "").contains(variant.argument),
                "\(key): the hint variant does not use its argument {\(variant.argument)}")
            parts.append(("hintWith", variant.hint))
        }
        for (part, table) in parts {
            let english = table[.en] ?? ""
            for language in Language.allCases {
                let text = table[language] ?? ""
                #expect(!text.trimmingCharacters(in: .whitespaces).isEmpty, "\(key) \(part) \(language): empty")
                #expect(Self.placeholders(text) == Self.placeholders(english), "\(key) \(part) \(language): placeholders differ from English")
                if language != .en, !isText {
                    #expect(text != english, "\(key) \(part) \(language): the English text, not a translation")
                }
            }
        }
    }

    @Test func notesRenderInTheChosenLanguageWithTheirDetails() {
        let note = Note(
            .exportAmended, lists: ["earlier": [Note(.exportEarlier, ["file": "3", "output": "outbox/o.json"])]],
            details: [Note(.changeQuantity, ["line": "BIKE-01", "old": "1", "new": "3"]), Note(.changeBuyer)])
        #expect(note.text(in: .en) == "changed after export by file #3 as outbox/o.json: quantity BIKE-01: 1 → 3; buyer changed")
        #expect(note.text(in: .nl) == "gewijzigd na de export door bestand #3 als outbox/o.json: aantal BIKE-01: 1 → 3; koper gewijzigd")
        #expect(Note.counted(.runFilesTaken, 1).text(in: .de) == "1 Datei übernommen")
        #expect(Note.counted(.runFilesTaken, 2).text(in: .fr) == "2 fichiers pris")
        // One reason per amended document, naming each target's earlier export, the changes once.
        let twoTargets = Note(
            .exportAmended,
            lists: ["earlier": [Note(.exportEarlier, ["file": "3", "output": "a.json"]), Note(.exportEarlier, ["file": "3", "output": "b.xml"])]],
            details: [Note(.changeBuyer)])
        #expect(twoTargets.text(in: .en) == "changed after export by file #3 as a.json, file #3 as b.xml: buyer changed")
        #expect(twoTargets.text(in: .de) == "geändert nach dem Export durch Datei #3 als a.json, Datei #3 als b.xml: Käufer geändert")
    }

    @Test func notesSurviveTheLedgerAsJSON() throws {
        let note = Note(
            .exportAmended, lists: ["earlier": [Note(.exportEarlier, ["file": "3", "output": "o.json"]), Note(.exportEarlier, ["file": "3", "output": "p.xml"])]],
            details: [Note(.changeBuyer)])
        let data = try JSONEncoder().encode([note])
        #expect(try JSONDecoder().decode([Note].self, from: data) == [note])
        #expect(String(decoding: data, as: UTF8.self).contains("\"key\":\"export.amended\""))
    }
}
