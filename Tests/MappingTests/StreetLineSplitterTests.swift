import Mapping
import Testing

@Suite struct StreetLineSplitterTests {
    /// Line → street, number, addition.
    static let cases: [(String, String, String?, String?)] = [
        // Dutch
        ("Kerkstraat 12-A", "Kerkstraat", "12", "A"),
        ("Kerkstraat 12 A", "Kerkstraat", "12", "A"),
        ("Kerkstraat 12A", "Kerkstraat", "12", "A"),
        ("Kerkstraat 12a", "Kerkstraat", "12", "a"),
        ("Kerkstraat 12 - A", "Kerkstraat", "12", "A"),
        ("Hoofdstraat 1 hs", "Hoofdstraat", "1", "hs"),
        ("Hoofdstraat 1hs", "Hoofdstraat", "1", "hs"),
        ("Laan 1940-1945 20", "Laan 1940-1945", "20", nil),
        ("Laan 1940-1945 20 B", "Laan 1940-1945", "20", "B"),
        ("2e Helmersstraat 14-III", "2e Helmersstraat", "14", "III"),
        ("1e Jan van der Heijdenstraat 96 II", "1e Jan van der Heijdenstraat", "96", "II"),
        ("Keizersgracht 123 3hg", "Keizersgracht", "123", "3hg"),
        ("Plein 1992 7", "Plein 1992", "7", nil),
        ("Postbus 123", "Postbus", "123", nil),
        ("Antwoordnummer 10450", "Antwoordnummer", "10450", nil),
        ("Dorpsstraat", "Dorpsstraat", nil, nil),
        ("  Van  Woustraat   150-1  ", "Van Woustraat", "150", "1"),
        ("Oudegracht 12 bis", "Oudegracht", "12", "bis"),
        ("Stationsweg nr 4", "Stationsweg", "4", nil),
        ("Kerkstraat, 12", "Kerkstraat", "12", nil),
        ("'s-Gravendijkwal 99", "'s-Gravendijkwal", "99", nil),
        // Belgian
        ("Rue de la Loi 16 bus 3", "Rue de la Loi", "16", "bus 3"),
        ("Avenue Louise 54 boîte 2", "Avenue Louise", "54", "boîte 2"),
        ("Rue Royale 5 bte 12", "Rue Royale", "5", "bte 12"),
        ("Meir 25/2", "Meir", "25", "2"),
        ("Grote Markt 1 bus 101", "Grote Markt", "1", "bus 101"),
        ("16 Rue de la Loi", "Rue de la Loi", "16", nil),
        ("16, Rue de la Loi", "Rue de la Loi", "16", nil),
        ("16 bis Rue de la Loi", "Rue de la Loi", "16", "bis"),
        ("10 Rue du 8 Mai 1945", "Rue du 8 Mai 1945", "10", nil),
        ("16 Rue de la Loi bte 3", "Rue de la Loi", "16", "bte 3"),
        ("Boîte postale 1000", "Boîte postale", "1000", nil),
        // German
        ("Bahnhofstr. 5-7", "Bahnhofstr.", "5-7", nil),
        ("Hauptstraße 12a", "Hauptstraße", "12", "a"),
        ("Hauptstraße 12 Whg. 3", "Hauptstraße", "12", "Whg. 3"),
        ("Straße des 17. Juni 31", "Straße des 17. Juni", "31", nil),
        ("Straße des 17. Juni", "Straße des 17. Juni", nil, nil),
        ("Am Markt 3 / 2. OG", "Am Markt", "3", "2. OG"),
        ("Königsallee 60-62b", "Königsallee", "60-62", "b"),
        ("Postfach 10 12 34", "Postfach", "101234", nil),
        ("Friedrichstraße 123 Hinterhaus", "Friedrichstraße", "123", "Hinterhaus"),
        // Edge cases
        ("", "", nil, nil),
        ("   ", "", nil, nil),
        ("12", "", "12", nil),
    ]

    @Test(arguments: cases)
    func splits(_ line: String, street: String, number: String?, addition: String?) {
        let result = StreetLineSplitter.split(line)
        #expect(result == StreetLine(street: street, number: number, addition: addition), "\(line)")
    }

    @Test func descriptionShowsAllThreeParts() {
        #expect(StreetLineSplitter.split("Kerkstraat 12-A").description == "Kerkstraat / 12 / A")
        #expect(StreetLineSplitter.split("Dorpsstraat").description == "Dorpsstraat / - / -")
    }
}
