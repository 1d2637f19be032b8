// Texts for the XSD validation of XML target payloads (codes in Catalog+XML.swift).
extension Catalog {
    static let xmlSchemaEntries: [ErrorCode: CatalogEntry] = [
        .xmlSchemaRejected: CatalogEntry(
            message: [
                .en: "the target's XML schema would reject this payload at {element} (line {line}): {detail}",
                .nl: "het XML-schema van het doel zou deze uitvoer weigeren bij {element} (regel {line}): {detail}",
                .de: "das XML-Schema des Ziels würde diese Ausgabe bei {element} (Zeile {line}) ablehnen: {detail}",
                .fr: "le schéma XML de la cible refuserait ce fichier à {element} (ligne {line}) : {detail}",
            ],
            hint: [
                .en: "The partner checks against the same schema, so nothing was sent. Correct the value or the mapping behind {element} (missing, misspelt, out of order, too long or not in the allowed list), then reprocess the input.",
                .nl: "De partner controleert tegen hetzelfde schema, dus er is niets verstuurd. Verbeter de waarde of de mapping achter {element} (ontbrekend, verkeerd gespeld, in de verkeerde volgorde, te lang of niet toegestaan) en verwerk de invoer opnieuw.",
                .de: "Der Partner prüft gegen dasselbe Schema, deshalb wurde nichts gesendet. Korrigieren Sie den Wert oder das Mapping hinter {element} (fehlend, falsch geschrieben, falsche Reihenfolge, zu lang oder nicht zulässig) und verarbeiten Sie die Eingabe erneut.",
                .fr: "Le partenaire valide avec le même schéma : rien n'a donc été envoyé. Corrigez la valeur ou le mapping derrière {element} (absent, mal orthographié, dans le mauvais ordre, trop long ou hors de la liste permise), puis retraitez l'entrée.",
            ]),
        .xmlSchemaRejectedMany: CatalogEntry(
            message: [
                .en: "the target's XML schema would reject this payload in {count} places: {problems}",
                .nl: "het XML-schema van het doel zou deze uitvoer op {count} plaatsen weigeren: {problems}",
                .de: "das XML-Schema des Ziels würde diese Ausgabe an {count} Stellen ablehnen: {problems}",
                .fr: "le schéma XML de la cible refuserait ce fichier à {count} endroits : {problems}",
            ],
            hint: [
                .en: "The partner checks against the same schema, so nothing was sent. Start with the first element listed: one missing or misplaced element often causes the ones after it.",
                .nl: "De partner controleert tegen hetzelfde schema, dus er is niets verstuurd. Begin bij het eerste genoemde element: één ontbrekend of verkeerd geplaatst element veroorzaakt vaak de meldingen erna.",
                .de: "Der Partner prüft gegen dasselbe Schema, deshalb wurde nichts gesendet. Beginnen Sie mit dem ersten genannten Element: Ein fehlendes oder falsch platziertes Element zieht oft die folgenden Meldungen nach sich.",
                .fr: "Le partenaire valide avec le même schéma : rien n'a donc été envoyé. Commencez par le premier élément cité : un élément absent ou mal placé entraîne souvent les erreurs suivantes.",
            ]),
        .xmlSchemaUnloadable: CatalogEntry(
            message: [
                .en: "the XML schema {schema} cannot be loaded: {reason}",
                .nl: "het XML-schema {schema} kan niet worden geladen: {reason}",
                .de: "das XML-Schema {schema} kann nicht geladen werden: {reason}",
                .fr: "impossible de charger le schéma XML {schema} : {reason}",
            ],
            hint: [
                .en: "Point `schema:` at a readable .xsd file (relative paths start at the Ferry root) and keep every file it imports or includes next to it: Ferry reads schemas only from local disk and never downloads one.",
                .nl: "Laat `schema:` verwijzen naar een leesbaar .xsd-bestand (relatieve paden gaan uit van de Ferry-map) en zet elk bestand dat het importeert of insluit ernaast: Ferry leest schema's alleen van de lokale schijf en downloadt er nooit een.",
                .de: "Lassen Sie `schema:` auf eine lesbare .xsd-Datei zeigen (relative Pfade gelten ab dem Ferry-Verzeichnis) und legen Sie jede importierte oder eingebundene Datei daneben: Ferry liest Schemas nur von der lokalen Platte und lädt nie eines herunter.",
                .fr: "Faites pointer `schema:` vers un fichier .xsd lisible (les chemins relatifs partent du dossier Ferry) et placez à côté chaque fichier qu'il importe ou inclut : Ferry ne lit les schémas que sur le disque local et n'en télécharge jamais.",
            ]),
        .xmlSchemaNeedsXMLTarget: CatalogEntry(
            message: [
                .en: "`schema` only applies to XML targets, and this target writes {format}",
                .nl: "`schema` geldt alleen voor XML-doelen, en dit doel schrijft {format}",
                .de: "`schema` gilt nur für XML-Ziele, dieses Ziel schreibt aber {format}",
                .fr: "`schema` ne s'applique qu'aux cibles XML, or cette cible écrit du {format}",
            ],
            hint: [
                .en: "Remove `schema:` from this target, or set `format: xml` if the partner expects XML.",
                .nl: "Haal `schema:` weg bij dit doel, of zet `format: xml` als de partner XML verwacht.",
                .de: "Entfernen Sie `schema:` bei diesem Ziel, oder setzen Sie `format: xml`, wenn der Partner XML erwartet.",
                .fr: "Retirez `schema:` de cette cible, ou indiquez `format: xml` si le partenaire attend du XML.",
            ]),
    ]
}
