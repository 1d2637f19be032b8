// Texts for the ferry.yml codes about values, flows and targets (codes in Catalog+Config.swift).
extension Catalog {
    static let configValueEntries: [ErrorCode: CatalogEntry] = [
        .configInvalidValue: CatalogEntry(
            message: [
                .en: "`{key}` cannot be `{value}`",
                .nl: "`{key}` kan niet `{value}` zijn",
                .de: "`{key}` darf nicht `{value}` sein",
                .fr: "`{key}` ne peut pas valoir `{value}`",
            ],
            hint: [
                .en: "Use one of: {allowed}.",
                .nl: "Gebruik een van: {allowed}.",
                .de: "Verwenden Sie einen dieser Werte: {allowed}.",
                .fr: "Utilisez l'une de ces valeurs : {allowed}.",
            ]),
        .configInvalidMode: CatalogEntry(
            message: [
                .en: "`mode` must be octal permission bits, not `{value}`",
                .nl: "`mode` moet octale rechten zijn, niet `{value}`",
                .de: "`mode` muss aus oktalen Rechtebits bestehen, nicht `{value}`",
                .fr: "`mode` doit être des droits en octal, pas `{value}`",
            ],
            hint: [
                .en: "Write three or four octal digits in quotes, for example `mode: \"0640\"` (owner read/write, group read).",
                .nl: "Schrijf drie of vier octale cijfers tussen aanhalingstekens, bijvoorbeeld `mode: \"0640\"` (eigenaar lezen/schrijven, groep lezen).",
                .de: "Schreiben Sie drei oder vier Oktalziffern in Anführungszeichen, etwa `mode: \"0640\"` (Besitzer lesen/schreiben, Gruppe lesen).",
                .fr: "Écrivez trois ou quatre chiffres octaux entre guillemets, par exemple `mode: \"0640\"` (propriétaire lecture/écriture, groupe lecture).",
            ]),
        .configWorldWritableMode: CatalogEntry(
            message: [
                .en: "`mode` {value} lets every user on the machine change outbox files",
                .nl: "met `mode` {value} kan elke gebruiker op de machine outboxbestanden wijzigen",
                .de: "mit `mode` {value} kann jeder Benutzer des Rechners Outbox-Dateien ändern",
                .fr: "avec `mode` {value}, n'importe quel utilisateur de la machine peut modifier les fichiers de sortie",
            ],
            hint: [
                .en: "Remove write permission for others, for example `mode: \"{suggestion}\"`.",
                .nl: "Haal het schrijfrecht voor anderen weg, bijvoorbeeld `mode: \"{suggestion}\"`.",
                .de: "Entziehen Sie anderen das Schreibrecht, etwa `mode: \"{suggestion}\"`.",
                .fr: "Retirez le droit d'écriture aux autres, par exemple `mode: \"{suggestion}\"`.",
            ]),
        .configNegativeSettle: CatalogEntry(
            message: [
                .en: "`settle` cannot be negative (`{value}`)",
                .nl: "`settle` kan niet negatief zijn (`{value}`)",
                .de: "`settle` darf nicht negativ sein (`{value}`)",
                .fr: "`settle` ne peut pas être négatif (`{value}`)",
            ],
            hint: [
                .en: "Use 0 to take files at once, or a wait such as `2s` so files still being copied are left alone.",
                .nl: "Gebruik 0 om bestanden meteen op te pakken, of een wachttijd zoals `2s` zodat bestanden die nog gekopieerd worden met rust gelaten worden.",
                .de: "Verwenden Sie 0, um Dateien sofort zu übernehmen, oder eine Wartezeit wie `2s`, damit Dateien, die noch kopiert werden, unberührt bleiben.",
                .fr: "Mettez 0 pour prendre les fichiers tout de suite, ou un délai comme `2s` pour laisser tranquilles les fichiers encore en cours de copie.",
            ]),
        .configInvalidPollInterval: CatalogEntry(
            message: [
                .en: "`poll-interval` must be more than zero seconds, not `{value}`",
                .nl: "`poll-interval` moet groter zijn dan nul seconden, niet `{value}`",
                .de: "`poll-interval` muss größer als null Sekunden sein, nicht `{value}`",
                .fr: "`poll-interval` doit dépasser zéro seconde, pas `{value}`",
            ],
            hint: [
                .en: "Use a few seconds, for example `poll-interval: 5`.",
                .nl: "Gebruik een paar seconden, bijvoorbeeld `poll-interval: 5`.",
                .de: "Verwenden Sie einige Sekunden, etwa `poll-interval: 5`.",
                .fr: "Indiquez quelques secondes, par exemple `poll-interval: 5`.",
            ]),
        .configInvalidFileTimeout: CatalogEntry(
            message: [
                .en: "`file-timeout` must be more than zero seconds, not `{value}`",
                .nl: "`file-timeout` moet groter zijn dan nul seconden, niet `{value}`",
                .de: "`file-timeout` muss größer als null Sekunden sein, nicht `{value}`",
                .fr: "`file-timeout` doit dépasser zéro seconde, pas `{value}`",
            ],
            hint: [
                .en: "It is the last-resort time one file may take; leave it out for the default of one hour, or give a generous time such as `file-timeout: 30m`.",
                .nl: "Dit is de uiterste tijd die één bestand mag kosten; laat het weg voor de standaard van een uur, of geef ruim de tijd, bijvoorbeeld `file-timeout: 30m`.",
                .de: "Das ist die äußerste Zeit, die eine Datei dauern darf; lassen Sie es weg für den Standard von einer Stunde, oder geben Sie großzügig Zeit, etwa `file-timeout: 30m`.",
                .fr: "C'est le temps maximal qu'un fichier peut prendre ; omettez-le pour la valeur par défaut d'une heure, ou donnez un temps large, par exemple `file-timeout: 30m`.",
            ]),
        .configSameSeparators: CatalogEntry(
            message: [
                .en: "the decimal and thousands separators are both `{separator}`",
                .nl: "het decimaalteken en het scheidingsteken voor duizendtallen zijn allebei `{separator}`",
                .de: "Dezimal- und Tausendertrennzeichen sind beide `{separator}`",
                .fr: "le séparateur décimal et celui des milliers sont tous deux `{separator}`",
            ],
            hint: [
                .en: "Give them different characters, for example `decimal: \",\"` with `thousands: \".\"`, or set `thousands: none`.",
                .nl: "Geef ze verschillende tekens, bijvoorbeeld `decimal: \",\"` met `thousands: \".\"`, of zet `thousands: none`.",
                .de: "Wählen Sie verschiedene Zeichen, etwa `decimal: \",\"` mit `thousands: \".\"`, oder setzen Sie `thousands: none`.",
                .fr: "Choisissez deux caractères différents, par exemple `decimal: \",\"` avec `thousands: \".\"`, ou mettez `thousands: none`.",
            ]),
        .configInvalidMarker: CatalogEntry(
            message: [
                .en: "the marker suffix `{value}` does not start with a dot",
                .nl: "het markeringsachtervoegsel `{value}` begint niet met een punt",
                .de: "das Markierungssuffix `{value}` beginnt nicht mit einem Punkt",
                .fr: "le suffixe de marqueur `{value}` ne commence pas par un point",
            ],
            hint: [
                .en: "Write the suffix the sender appends to the file name, with its dot: `.done` or `.ok`.",
                .nl: "Schrijf het achtervoegsel dat de afzender aan de bestandsnaam toevoegt, met de punt: `.done` of `.ok`.",
                .de: "Schreiben Sie das Suffix, das der Absender an den Dateinamen hängt, mit Punkt: `.done` oder `.ok`.",
                .fr: "Indiquez le suffixe que l'expéditeur ajoute au nom du fichier, avec son point : `.done` ou `.ok`.",
            ]),
        .configUnreadable: CatalogEntry(
            message: [
                .en: "the configuration {path} cannot be read: {reason}",
                .nl: "de configuratie {path} kan niet worden gelezen: {reason}",
                .de: "die Konfiguration {path} kann nicht gelesen werden: {reason}",
                .fr: "la configuration {path} ne peut pas être lue : {reason}",
            ],
            hint: [
                .en: "Check that Ferry may read the file and that it is saved as UTF-8 text.",
                .nl: "Controleer of Ferry het bestand mag lezen en of het als UTF-8-tekst is opgeslagen.",
                .de: "Prüfen Sie, ob Ferry die Datei lesen darf und ob sie als UTF-8-Text gespeichert ist.",
                .fr: "Vérifiez que Ferry peut lire le fichier et qu'il est enregistré en texte UTF-8.",
            ]),
    ]

    static let configFlowEntries: [ErrorCode: CatalogEntry] = [
        .configDuplicateFlow: CatalogEntry(
            message: [
                .en: "there is already a flow named `{name}` (line {first})",
                .nl: "er is al een flow met de naam `{name}` (regel {first})",
                .de: "es gibt bereits einen Flow namens `{name}` (Zeile {first})",
                .fr: "un flux nommé `{name}` existe déjà (ligne {first})",
            ],
            hint: [
                .en: "Give each flow its own name; the name is used for its folders and in the ledger.",
                .nl: "Geef elke flow een eigen naam; de naam wordt gebruikt voor de mappen en in het logboek.",
                .de: "Geben Sie jedem Flow einen eigenen Namen; er dient für seine Ordner und im Journal.",
                .fr: "Donnez à chaque flux son propre nom ; il sert pour ses dossiers et dans le registre.",
            ]),
        .configDuplicateTarget: CatalogEntry(
            message: [
                .en: "there is already a target named `{name}` (line {first})",
                .nl: "er is al een doel met de naam `{name}` (regel {first})",
                .de: "es gibt bereits ein Ziel namens `{name}` (Zeile {first})",
                .fr: "une cible nommée `{name}` existe déjà (ligne {first})",
            ],
            hint: [
                .en: "Target names must be unique in the whole file, also across flows; for example prefix them with the flow name.",
                .nl: "Doelnamen moeten in het hele bestand uniek zijn, ook tussen flows; zet bijvoorbeeld de flownaam ervoor.",
                .de: "Zielnamen müssen in der ganzen Datei eindeutig sein, auch über Flows hinweg; stellen Sie etwa den Flow-Namen voran.",
                .fr: "Les noms de cible doivent être uniques dans tout le fichier, y compris entre flux ; préfixez-les par exemple du nom du flux.",
            ]),
        .configSharedInbox: CatalogEntry(
            message: [
                .en: "flows `{flow}` and `{other}` both read the inbox {inbox}",
                .nl: "de flows `{flow}` en `{other}` lezen allebei de inbox {inbox}",
                .de: "die Flows `{flow}` und `{other}` lesen beide die Inbox {inbox}",
                .fr: "les flux `{flow}` et `{other}` lisent tous deux la boîte d'entrée {inbox}",
            ],
            hint: [
                .en: "Give each flow its own `inbox:`; a file can only be taken by one flow.",
                .nl: "Geef elke flow een eigen `inbox:`; een bestand kan maar door één flow worden opgepakt.",
                .de: "Geben Sie jedem Flow eine eigene `inbox:`; eine Datei kann nur von einem Flow übernommen werden.",
                .fr: "Donnez à chaque flux sa propre `inbox:` ; un fichier ne peut être pris que par un seul flux.",
            ]),
        .configInvalidName: CatalogEntry(
            message: [
                .en: "the name `{name}` cannot be used",
                .nl: "de naam `{name}` kan niet worden gebruikt",
                .de: "der Name `{name}` ist nicht zulässig",
                .fr: "le nom `{name}` n'est pas utilisable",
            ],
            hint: [
                .en: "Use only letters, digits, `.`, `_` and `-`, and do not start with a dot; the name becomes a folder name.",
                .nl: "Gebruik alleen letters, cijfers, `.`, `_` en `-`, en begin niet met een punt; de naam wordt een mapnaam.",
                .de: "Verwenden Sie nur Buchstaben, Ziffern, `.`, `_` und `-` und beginnen Sie nicht mit einem Punkt; der Name wird zum Ordnernamen.",
                .fr: "N'utilisez que des lettres, des chiffres, `.`, `_` et `-`, sans point au début ; le nom devient un nom de dossier.",
            ]),
        .configUnknownSystem: CatalogEntry(
            message: [
                .en: "Ferry has no connector for the system `{system}`",
                .nl: "Ferry heeft geen koppeling voor het systeem `{system}`",
                .de: "Ferry hat keinen Konnektor für das System `{system}`",
                .fr: "Ferry n'a pas de connecteur pour le système `{system}`",
            ],
            hint: [
                .en: "Did you mean `{suggestion}`? Use one of: {known}.",
                .nl: "Bedoelde u `{suggestion}`? Gebruik een van: {known}.",
                .de: "Meinten Sie `{suggestion}`? Verwenden Sie eines dieser Systeme: {known}.",
                .fr: "Vouliez-vous dire `{suggestion}` ? Utilisez l'un de ces systèmes : {known}.",
            ]),
        .configUnknownKind: CatalogEntry(
            message: [
                .en: "`{kind}` is not a document kind Ferry knows",
                .nl: "`{kind}` is geen documentsoort die Ferry kent",
                .de: "`{kind}` ist keine Dokumentart, die Ferry kennt",
                .fr: "`{kind}` n'est pas un type de document connu de Ferry",
            ],
            hint: [
                .en: "Use one of: {known}.",
                .nl: "Gebruik een van: {known}.",
                .de: "Verwenden Sie eine dieser Arten: {known}.",
                .fr: "Utilisez l'un de ces types : {known}.",
            ]),
        .configNoFlows: CatalogEntry(
            message: [
                .en: "no flows are defined",
                .nl: "er zijn geen flows gedefinieerd",
                .de: "es sind keine Flows definiert",
                .fr: "aucun flux n'est défini",
            ],
            hint: [
                .en: "Add at least one flow under `flows:` (with `name:` and `kind:`), or delete ferry.yml to use the built-in default.",
                .nl: "Voeg onder `flows:` minstens één flow toe (met `name:` en `kind:`), of verwijder ferry.yml om de ingebouwde standaard te gebruiken.",
                .de: "Legen Sie unter `flows:` mindestens einen Flow an (mit `name:` und `kind:`) oder löschen Sie ferry.yml, um die eingebaute Vorgabe zu nutzen.",
                .fr: "Ajoutez au moins un flux sous `flows:` (avec `name:` et `kind:`), ou supprimez ferry.yml pour utiliser la configuration intégrée.",
            ]),
    ]
}
