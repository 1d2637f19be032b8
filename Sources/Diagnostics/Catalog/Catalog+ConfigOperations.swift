// Mistakes in the operational settings of ferry.yml: durations and the on-failure command.
extension ErrorCode {
    /// A duration above the maximum Ferry accepts (`Durations.maximumSeconds`). Args: `key`, `value`, `maximum`.
    public static let configDurationTooLong = ErrorCode("CONFIG-030")
    /// A duration that must be more than zero is zero or negative. Args: `key`, `value`.
    public static let configInvalidDuration = ErrorCode("CONFIG-031")
    /// Warning: the `on-failure` command names a program that does not exist. Args: `command`, `program`.
    public static let configHookNotFound = ErrorCode("CONFIG-032")
    /// Warning: the `on-failure` command names a file that is not executable. Args: `command`, `program`.
    public static let configHookNotExecutable = ErrorCode("CONFIG-033")
}

extension Catalog {
    static let configOperationEntries: [ErrorCode: CatalogEntry] = [
        .configDurationTooLong: CatalogEntry(
            message: [
                .en: "`{key}` is too long: `{value}` is more than the maximum of {maximum}",
                .nl: "`{key}` is te lang: `{value}` is meer dan het maximum van {maximum}",
                .de: "`{key}` ist zu lang: `{value}` ist mehr als das Maximum von {maximum}",
                .fr: "`{key}` est trop long : `{value}` dépasse le maximum de {maximum}",
            ],
            hint: [
                .en: "Durations are seconds (`30`, `30s`), minutes (`5m`) or hours (`2h`), up to {maximum}.",
                .nl: "Tijdsduren zijn seconden (`30`, `30s`), minuten (`5m`) of uren (`2h`), tot {maximum}.",
                .de: "Zeitdauern sind Sekunden (`30`, `30s`), Minuten (`5m`) oder Stunden (`2h`), bis {maximum}.",
                .fr: "Les durées s'écrivent en secondes (`30`, `30s`), minutes (`5m`) ou heures (`2h`), jusqu'à {maximum}.",
            ]),
        .configInvalidDuration: CatalogEntry(
            message: [
                .en: "`{key}` must be more than zero seconds, not `{value}`",
                .nl: "`{key}` moet groter zijn dan nul seconden, niet `{value}`",
                .de: "`{key}` muss größer als null Sekunden sein, nicht `{value}`",
                .fr: "`{key}` doit dépasser zéro seconde, pas `{value}`",
            ],
            hint: [
                .en: "Write a positive duration such as `60`, `90s` or `5m`.",
                .nl: "Schrijf een positieve tijdsduur zoals `60`, `90s` of `5m`.",
                .de: "Schreiben Sie eine positive Dauer wie `60`, `90s` oder `5m`.",
                .fr: "Indiquez une durée positive comme `60`, `90s` ou `5m`.",
            ]),
        .configHookNotFound: CatalogEntry(
            message: [
                .en: "the `on-failure` command `{command}` will not run: `{program}` does not exist",
                .nl: "het `on-failure`-commando `{command}` zal niet draaien: `{program}` bestaat niet",
                .de: "der `on-failure`-Befehl `{command}` wird nicht laufen: `{program}` existiert nicht",
                .fr: "la commande `on-failure` `{command}` ne s'exécutera pas : `{program}` n'existe pas",
            ],
            hint: [
                .en: "Give the program's full path, or a path relative to the root folder (the command runs there); failures are still processed and archived without it.",
                .nl: "Geef het volledige pad van het programma, of een pad relatief aan de hoofdmap (daar draait het commando); mislukte bestanden worden ook zonder verwerkt en gearchiveerd.",
                .de: "Geben Sie den vollständigen Pfad des Programms an oder einen Pfad relativ zum Stammordner (dort läuft der Befehl); Fehlschläge werden auch ohne ihn verarbeitet und archiviert.",
                .fr: "Donnez le chemin complet du programme, ou un chemin relatif au dossier racine (la commande s'y exécute) ; les échecs sont traités et archivés même sans elle.",
            ]),
        .configHookNotExecutable: CatalogEntry(
            message: [
                .en: "the `on-failure` command `{command}` will not run: `{program}` is not executable",
                .nl: "het `on-failure`-commando `{command}` zal niet draaien: `{program}` is niet uitvoerbaar",
                .de: "der `on-failure`-Befehl `{command}` wird nicht laufen: `{program}` ist nicht ausführbar",
                .fr: "la commande `on-failure` `{command}` ne s'exécutera pas : `{program}` n'est pas exécutable",
            ],
            hint: [
                .en: "Make it executable (`chmod +x {program}`) for the user Ferry runs as.",
                .nl: "Maak het uitvoerbaar (`chmod +x {program}`) voor de gebruiker waaronder Ferry draait.",
                .de: "Machen Sie es für den Benutzer, unter dem Ferry läuft, ausführbar (`chmod +x {program}`).",
                .fr: "Rendez-le exécutable (`chmod +x {program}`) pour l'utilisateur sous lequel Ferry tourne.",
            ]),
    ]
}
