import Foundation
import Testing

/// `language:` in ferry.yml: every text `ferry` prints for people reads in that language,
/// while `--json` keeps stable identifiers.
@Suite struct LanguageTests {
    static func config(_ language: String, settle: Int = 0) -> String {
        """
        language: \(language)
        flows:
          - name: orders
            kind: order
            pickup: { settle: \(settle), exclude: ["*.bak"] }
            filters:
              - status: [open, processing]
            targets:
              - { name: erp, format: json }
        """
    }

    static func order(_ number: String, status: String = "open", quantity: Int = 1) -> String {
        """
        {"number": "\(number)", "status": "\(status)", "orderDate": "2026-11-20",
         "buyer": {"email": "anouk@korenbloem.nl"}, "lines": [{"sku": "BIKE-01", "quantity": \(quantity)}]}
        """
    }

    @Test func aDutchRootGetsDutchRunSummaryStatusDryRunAndCheck() throws {
        let root = try FerryRoot(config: Self.config("nl"))
        defer { root.remove() }
        try root.drop("o.json", into: "orders", "[" + Self.order("SO-1") + "," + Self.order("SO-2", status: "shipped") + "]")
        try root.drop("kapot.json", into: "orders", "[{\"number\": ")
        try root.write("inbox/orders/oud.bak", "x")

        let run = try root.ferry(["run"])
        #expect(run.status == 1)
        #expect(run.stdout.contains("✓ orders/o.json: geëxporteerd"), "\(run.stdout)")
        #expect(run.stdout.contains("✗ orders/kapot.json: mislukt"), "\(run.stdout)")
        #expect(run.stdout.contains("orders: 2 bestanden opgepakt, geëxporteerd: 1, mislukt: 1"), "\(run.stdout)")
        #expect(run.stdout.contains("uitgesloten door een patroon: 1"), "\(run.stdout)")

        // The same order again with another quantity: amended after export, said in Dutch.
        try root.drop("o2.json", into: "orders", Self.order("SO-1", quantity: 3))
        let amended = try root.ferry(["run"]).stdout
        #expect(amended.contains("1 bestand opgepakt"), "\(amended)")
        #expect(
            amended.contains("! orders/o2.json: ongewijzigd (1 document(en) gewijzigd na export en niet opnieuw verstuurd: vraagt aandacht)"),
            "\(amended)")
        #expect(amended.contains("gewijzigd na export: 1"), "\(amended)")

        let status = try root.ferry(["status"])
        let text = status.stdout
        #expect(text.contains("laatste run: run om "), "\(text)")
        #expect(text.contains("orders: verwerkt "), "\(text)")
        #expect(text.contains("wacht  oud.bak: uitgesloten door een patroon"), "\(text)")
        #expect(text.contains("mislukt  #2 kapot.json (poging 1, "), "\(text)")
        #expect(text.contains("de JSON houdt midden in een waarde op"), "\(text)")
        #expect(
            text.contains("gefilterd  #1 o.json canonical/sales/SO-2: filter status: de status is shipped, niet een van open, processing"),
            "\(text)")
        #expect(text.contains("gewijzigd na export  #3 canonical/sales/SO-1: gewijzigd na de export door bestand #1 als outbox/orders/erp/"), "\(text)")
        #expect(text.contains(": aantal BIKE-01: 1 → 3"), "\(text)")
        for english in ["last run", "processed", "waiting", "filtered", "amended", "attempt", "excluded by pattern"] {
            #expect(!text.contains(english), "\(english) in: \(text)")
        }

        let dryRun = try root.ferry(["reprocess", "1", "--dry-run"])
        #expect(dryRun.stdout.contains("al geëxporteerd eerder geëxporteerd door bestand #1 als outbox/orders/erp/"), "\(dryRun.stdout)")
        #expect(dryRun.stdout.contains("gefilterd filter status: de status is shipped"), "\(dryRun.stdout)")
        #expect(dryRun.stdout.contains("(proefrun: er is niets geschreven)"), "\(dryRun.stdout)")
        #expect(dryRun.stdout.contains("#1 o.json: zou eindigen als "), "\(dryRun.stdout)")
        #expect(!dryRun.stdout.contains("would"), "\(dryRun.stdout)")

        // JSON stays machine-stable: raw outcomes and catalog keys.
        let json = try root.ferry(["status", "--json"]).stdout
        #expect(json.contains("\"key\" : \"filter.status.other\""), "\(json)")
        #expect(json.contains("\"reason\" : \"excluded by pattern\""), "\(json)")

        try root.write("probe.json", "[" + Self.order("SO-8") + "," + Self.order("SO-9", status: "shipped") + "]")
        let preview = try root.ferry(["preview", root.path + "/probe.json", "--flow", "orders"]).stdout
        #expect(preview.contains("(voorbeeld: er wordt niets geschreven)"), "\(preview)")
        #expect(preview.contains("gefilterd: filter status: de status is shipped"), "\(preview)")
        #expect(preview.contains("2 documenten: 1 omgezet, 1 gefilterd, 0 mislukt"), "\(preview)")
        let german = try root.ferry(["preview", root.path + "/probe.json", "--flow", "orders", "--lang", "de"]).stdout
        #expect(german.contains("2 Dokumente: 1 umgewandelt, 1 gefiltert, 0 fehlgeschlagen"), "\(german)")
        let unknown = try root.ferry(["preview", root.path + "/probe.json", "--flow", "nope"])
        #expect(unknown.stderr.contains("Fout: geen flow met de naam nope"), "\(unknown.stderr)")

        let valid = try root.ferry(["check"])
        #expect(valid.status == 0)
        #expect(valid.stdout.contains("is geldig: 1 flow: orders"), "\(valid.stdout)")
        #expect(try root.ferry(["check", "--ledger"]).stdout.contains("ledger en archief kloppen met elkaar; gecontroleerd: 3 bestanden"))
        let record = try #require(root.files(under: "archive").first { $0.hasSuffix("kapot.json.status.json") })
        try FileManager.default.removeItem(atPath: root.path + "/" + record)
        let drift = try root.ferry(["check", "--ledger"]).stdout
        #expect(drift.contains("afwijking: [missingStatusRecord] #2 orders/kapot.json: "), "\(drift)")
        #expect(drift.contains("kapot.json.status.json ontbreekt"), "\(drift)")
        #expect(drift.contains("bevindingen: 1, waarvan 0 herstelbaar door de volgende run"), "\(drift)")
    }

    @Test func checkSpeaksTheLanguageOfABrokenFileWhenItCanBeRead() throws {
        let root = try FerryRoot(config: Self.config("nl").replacingOccurrences(of: "settle: 0", with: "setle: 0"))
        defer { root.remove() }
        let check = try root.ferry(["check"])
        #expect(check.status == 2)
        #expect(check.stdout.contains("onbekende sleutel `setle`"), "\(check.stdout)")
        #expect(check.stdout.contains("    oplossing: Bedoelde u `settle`?"), "\(check.stdout)")
        #expect(check.stdout.contains("1 probleem in "), "\(check.stdout)")
        // Broken as YAML: the language is still read.
        try root.write("ferry.yml", "language: fr\nflows:\n  - name: orders\n\tkind: order\n")
        let syntax = try root.ferry(["check"])
        #expect(syntax.stdout.contains("ce n'est pas du YAML valide"), "\(syntax.stdout)")
        #expect(syntax.stdout.contains("1 problème dans "), "\(syntax.stdout)")
        // And a command that loads the configuration reports it the same way.
        #expect(try root.ferry(["run"]).stdout.contains("ce n'est pas du YAML valide"))
    }

    @Test func germanAndFrenchSpotChecks() throws {
        let german = try FerryRoot(config: Self.config("de", settle: 60))
        defer { german.remove() }
        try german.drop("neu.json", into: "orders", Self.order("SO-1"))
        let run = try german.ferry(["run", "--no-wait"])
        #expect(run.stdout.contains("orders: 0 Dateien übernommen, wartet, bis sich die Datei nicht mehr ändert: 1"), "\(run.stdout)")
        #expect(try german.ferry(["status"]).stdout.contains("wartet  neu.json: wartet, bis sich die Datei nicht mehr ändert"))

        let french = try FerryRoot(config: Self.config("fr"))
        defer { french.remove() }
        try french.drop("o.json", into: "orders", "[" + Self.order("SO-1") + "," + Self.order("SO-2", status: "shipped") + "]")
        let frenchRun = try french.ferry(["run"])
        #expect(frenchRun.stdout.contains("orders: 1 fichier pris, exporté : 1"), "\(frenchRun.stdout)")
        let status = try french.ferry(["status"]).stdout
        #expect(status.contains("filtré  #1 o.json canonical/sales/SO-2 : filtre status : le statut est shipped, aucun de open, processing"), "\(status)")
        #expect(status.contains("dernière exécution : run à "), "\(status)")
    }
}
