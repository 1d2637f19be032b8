// Operator texts of lifecycle decisions and durable timers: why a document is pending, and
// how `ferry status` lists a waiting timer.
extension ErrorCode {
    /// A document held by a timer. Args: `event`, `target`, `until` (UTC), `then`.
    public static let timerWaiting = ErrorCode("timer.waiting")
    /// `ferry status`: one waiting timer. Args: `key`, `target`, `awaiting`, `then`, `until`.
    public static let statusTimer = ErrorCode("status.timer")
}

extension Catalog {
    static let timerTexts: [ErrorCode: CatalogEntry] = [
        .timerWaiting: CatalogEntry(text: [
            .en: "waits for {event} for {target} until {until}; then exports {then}",
            .nl: "wacht op {event} voor {target} tot {until}; exporteert daarna {then}",
            .de: "wartet auf {event} für {target} bis {until}; exportiert danach {then}",
            .fr: "attend {event} pour {target} jusqu'à {until} ; exporte ensuite {then}",
        ]),
        .statusTimer: CatalogEntry(text: [
            .en: "waiting   {key} → {target}: {awaiting} until {until}, then {then}",
            .nl: "wacht     {key} → {target}: {awaiting} tot {until}, daarna {then}",
            .de: "wartet    {key} → {target}: {awaiting} bis {until}, danach {then}",
            .fr: "attente   {key} → {target} : {awaiting} jusqu'à {until}, puis {then}",
        ]),
        .outcome("pending"): CatalogEntry(text: [.en: "pending", .nl: "wachtend", .de: "wartend", .fr: "en attente"]),
    ]
}
