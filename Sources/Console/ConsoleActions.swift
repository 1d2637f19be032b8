import Diagnostics
import Engine
import Foundation

/// What the pages and the API share: reading filters from a request and acting through
/// the engine exactly as `ferry resolve`, `ferry reprocess` (and its `--dry-run`) do.
extension ConsoleServer {
    /// The Files filter from query parameters `flow`, `outcome`, `date` (yyyy-mm-dd, this
    /// machine's day), `q` (name contains), `before` (keyset), `limit`.
    func fileFilter(_ query: [String: String]) -> ConsoleFileFilter {
        func value(_ name: String) -> String? {
            guard let text = query[name]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
            return text
        }
        var filter = ConsoleFileFilter(flow: value("flow"), outcome: value("outcome"), name: value("q"))
        filter.before = value("before").flatMap { Int64($0) }
        filter.limit = value("limit").flatMap { Int($0) } ?? 50
        if let day = value("date").flatMap(Self.day) {
            filter.receivedFrom = day
            filter.receivedTo = Calendar.current.date(byAdding: .day, value: 1, to: day)
        }
        return filter
    }

    /// The start of a calendar day (`yyyy-mm-dd`) in this machine's time zone.
    static func day(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = .current
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.date(from: text)
    }

    /// The key filter of `ferry log`: a pattern when the text has `*` or `?`, else exact.
    static func keyFilter(_ text: String) -> KeyFilter {
        text.contains("*") || text.contains("?") ? .pattern(text) : .exact(text)
    }

    enum ActionFailure: Error {
        case notFound
        case reasonMissing
        case refused(FerryError)
        case other(String)
    }

    static func reason(_ text: String?) throws -> String {
        guard let reason = text?.trimmingCharacters(in: .whitespacesAndNewlines), !reason.isEmpty else {
            throw ActionFailure.reasonMissing
        }
        return reason
    }

    /// Who acts, as the ledger records it: `console:NAME` for a person of the users file,
    /// `console:token` for the bearer token, `console:local` on loopback without sign-in.
    static func actorName(_ principal: String) -> String {
        "console:" + (principal.hasPrefix("user:") ? String(principal.dropFirst("user:".count)) : principal)
    }

    /// `ferry resolve ID --reason R`.
    func resolve(id: Int64, reason: String?, by principal: String) throws {
        let reason = try Self.reason(reason)
        do {
            try actor.resolve(id: id, reason: reason, actor: Self.actorName(principal))
        } catch is UnknownFile {
            throw ActionFailure.notFound
        } catch let error as FerryError {
            throw ActionFailure.refused(error)
        }
        logger.info("console: \(id) resolved: \(reason)")
    }

    /// `ferry reprocess ID --dry-run [--force]`.
    func dryRun(id: Int64, force: Bool) throws -> DryRunReport {
        let request = ReprocessRequest(selectors: [String(id)], force: force, dryRun: true)
        do {
            _ = try reader.files(for: request)
            return try reader.dryRun(request)
        } catch is UnknownFile {
            throw ActionFailure.notFound
        }
    }

    /// `ferry reprocess ID --reason R [--force]`.
    func reprocess(id: Int64, reason: String?, force: Bool, by principal: String) throws -> RunReport {
        let reason = try Self.reason(reason)
        let request = ReprocessRequest(selectors: [String(id)], reason: reason, force: force, actor: Self.actorName(principal))
        do {
            _ = try actor.files(for: request)
        } catch is UnknownFile {
            throw ActionFailure.notFound
        }
        let report = actor.reprocess(request)
        if let stopped = report.stoppedBy { throw ActionFailure.other(report.stoppedByNote?.text(in: language) ?? stopped) }
        return report
    }

    /// Takes an amended document off the attention list.
    func acknowledge(id: Int64, key: String?, reason: String?, by principal: String) throws {
        let reason = try Self.reason(reason)
        guard let key, !key.isEmpty else { throw ActionFailure.notFound }
        do {
            try actor.acknowledge(fileId: id, key: key, reason: reason, actor: Self.actorName(principal))
        } catch let error as FerryError {
            throw ActionFailure.refused(error)
        }
    }
}
