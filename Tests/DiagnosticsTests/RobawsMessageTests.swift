import Diagnostics
import Testing

/// The six messages of the Robaws ↔ ProductFlow integration, word for word in every language
/// (English and Dutch as the integration's users know them), each with a one-line hint.
@Suite struct RobawsMessageTests {
    static func expect(_ code: ErrorCode, _ arguments: [String: String], _ texts: [Language: String]) {
        let error = FerryError(code, at: nil, arguments)
        for language in Language.allCases {
            #expect(error.message(in: language) == texts[language], "\(code) \(language)")
            let hint = error.hint(in: language)
            #expect(!hint.isEmpty && !hint.contains("\n"), "\(code) \(language): a one-line hint")
        }
    }

    @Test func articleNotFound() {
        Self.expect(.robawsArticleNotFound, ["articles": "MONTAGESET-9, KRAAN-X"], [
            .en: "The following article(s) could not be found in Robaws: MONTAGESET-9, KRAAN-X",
            .nl: "Volgende artikel(s) konden niet worden gevonden in Robaws: MONTAGESET-9, KRAAN-X",
            .de: "Der/die folgende(n) Artikel konnte(n) nicht in Robaws gefunden werden: MONTAGESET-9, KRAAN-X",
            .fr: "Le ou les articles suivants n'ont pas pu être trouvés dans Robaws : MONTAGESET-9, KRAAN-X",
        ])
        #expect(FerryError(.robawsArticleNotFound, at: nil, ["articles": "A"]).hint(in: .en).hasPrefix("Create the article in Robaws"))
    }

    @Test func vatCodeMissing() {
        Self.expect(.robawsVATCodeMissing, ["lines": "1 (KRAAN-MB-150)"], [
            .en: "The following order lines from ProductFlow do not contain a VAT code: 1 (KRAAN-MB-150)",
            .nl: "Volgende artikel(s) bevatten geen BTW code: 1 (KRAAN-MB-150)",
            .de: "Die folgenden Auftragszeilen aus ProductFlow enthalten keinen MwSt.-Code: 1 (KRAAN-MB-150)",
            .fr: "Les lignes de commande suivantes provenant de ProductFlow ne contiennent pas de code TVA : 1 (KRAAN-MB-150)",
        ])
        #expect(FerryError(.robawsVATCodeMissing, at: nil, ["lines": "1"]).hint(in: .en).contains("VAT group in ProductFlow"))
    }

    @Test func vatNotInclusive() {
        Self.expect(.robawsVATNotInclusive, ["codes": "L, M"], [
            .en: "Following VAT rates were found but are not VAT inclusive: L, M",
            .nl: "Volgende BTW tarieven werden gevonden maar zijn niet BTW inclusief: L, M",
            .de: "Folgende MwSt.-Sätze wurden gefunden, sind aber nicht inklusive MwSt.: L, M",
            .fr: "Les taux de TVA suivants ont été trouvés mais ne sont pas TVA comprise : L, M",
        ])
        #expect(FerryError(.robawsVATNotInclusive, at: nil, ["codes": "L"]).hint(in: .en).hasPrefix("Mark the rate VAT-inclusive"))
    }

    @Test func vatRateUnknown() {
        Self.expect(.robawsVATRateUnknown, ["line": "2 (DOUCHEKOP-R250)", "code": "Z"], [
            .en: "For the following order line 2 (DOUCHEKOP-R250), there is no corresponding VAT rate in Robaws (CODE: Z)",
            .nl: "Voor de volgende orderregel 2 (DOUCHEKOP-R250) is er geen overeenkomstig BTW tarief in Robaws (CODE: Z)",
            .de: "Für die folgende Auftragszeile 2 (DOUCHEKOP-R250) gibt es keinen entsprechenden MwSt.-Satz in Robaws (CODE: Z)",
            .fr: "Pour la ligne de commande suivante 2 (DOUCHEKOP-R250), il n'existe aucun taux de TVA correspondant dans Robaws (CODE : Z)",
        ])
    }

    @Test func articleNotUnique() {
        Self.expect(.robawsArticleNotUnique, ["articles": "BOILER-80L"], [
            .en: "The following article(s) are not unique in Robaws: BOILER-80L",
            .nl: "Volgende artikel(s) zijn niet uniek in Robaws: BOILER-80L",
            .de: "Der/die folgende(n) Artikel ist/sind in Robaws nicht eindeutig: BOILER-80L",
            .fr: "Le ou les articles suivants ne sont pas uniques dans Robaws : BOILER-80L",
        ])
    }

    @Test func articleNumberInvalid() {
        Self.expect(.robawsArticleNumberInvalid, ["articles": "KRAAN KEUKEN/2"], [
            .en: "The following article number(s) contains invalid characters: KRAAN KEUKEN/2",
            .nl: "Volgende artikelnummer(s) bevatten ongeldige tekens: KRAAN KEUKEN/2",
            .de: "Die folgende(n) Artikelnummer(n) enthält/enthalten ungültige Zeichen: KRAAN KEUKEN/2",
            .fr: "Le ou les numéros d'article suivants contiennent des caractères non valides : KRAAN KEUKEN/2",
        ])
    }
}
