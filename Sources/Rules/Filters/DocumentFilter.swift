import Canonical
import Diagnostics
import Foundation
import Formats

/// A flow's filter, ready to decide: keep the document, or say why it is left out.
public struct DocumentFilter: Sendable {
    public let spec: FilterSpec

    public init(_ spec: FilterSpec) {
        self.spec = spec
    }

    /// Whether deciding needs the canonical tree (field and flag filters do).
    public var needsTree: Bool {
        switch spec {
        case .flag, .field: true
        case .status, .orderDateWithinDays: false
        }
    }

    /// `nil` to keep the document; otherwise why it is filtered out (which filter, what value).
    public func reason(for document: any CanonicalDocument, tree: Node?, now: Date) -> Note? {
        switch spec {
        case .status(let allowed):
            guard let order = document as? Order else { return nil }
            let shown = allowed.joined(separator: ", ")
            guard let status = order.status else { return Note(.filterStatusMissing, ["allowed": shown]) }
            if allowed.contains(where: { $0.caseInsensitiveCompare(status.rawValue) == .orderedSame }) { return nil }
            return Note(.filterStatusOther, ["status": status.rawValue, "allowed": shown])
        case .orderDateWithinDays(let days):
            guard let order = document as? Order else { return nil }
            guard let date = order.orderDate else { return Note(.filterOrderDateMissing) }
            let earliest = now.addingTimeInterval(-Double(days) * 86_400)
            // A day counts whole: it is inside when it is not before the earliest day.
            switch date {
            case .day(let day): if day >= Self.day(earliest) { return nil }
            case .instant(let instant): if instant >= earliest { return nil }
            }
            return Note(.filterOrderDateTooOld, ["date": date.dayText, "days": String(days), "today": Self.day(now)])
        case .flag(let path):
            let values = tree.map(path.values(in:)) ?? []
            if values.contains(where: Truthiness.isSet) { return nil }
            if values.isEmpty { return Note(.filterFlagAbsent, ["path": "\(path)"]) }
            return Note(.filterFlagNotSet, ["path": "\(path)", "values": Self.quoted(values)])
        case .field(let path, let comparison):
            let values = tree.map(path.values(in:)) ?? []
            if Self.keeps(values, comparison, exists: tree.map { !path.nodes(in: $0).isEmpty } ?? false) { return nil }
            let described = ["path": "\(path)", "comparison": Self.describe(comparison)]
            if values.isEmpty { return Note(.filterFieldAbsent, described) }
            return Note(.filterFieldValue, described.merging(["values": Self.quoted(values)]) { first, _ in first })
        }
    }

    static func quoted(_ values: [String]) -> String { values.map { "\"\($0)\"" }.joined(separator: ", ") }

    /// Positive comparisons keep a document when any value satisfies them; `not-equals` and
    /// `not-in` when none is excluded; `exists: false` when the field is absent.
    static func keeps(_ values: [String], _ comparison: FilterSpec.Comparison, exists: Bool) -> Bool {
        switch comparison {
        case .equals(let wanted): values.contains { same($0, wanted) }
        case .notEquals(let unwanted): !values.contains { same($0, unwanted) }
        case .oneOf(let wanted): values.contains { value in wanted.contains { same(value, $0) } }
        case .noneOf(let unwanted): !values.contains { value in unwanted.contains { same(value, $0) } }
        case .exists(let wanted): exists == wanted
        case .matches(let pattern): values.contains(where: pattern.matches)
        }
    }

    /// Texts ignoring case; two decimal numbers by value (`21` equals `21.00`).
    static func same(_ lhs: String, _ rhs: String) -> Bool {
        if lhs.caseInsensitiveCompare(rhs) == .orderedSame { return true }
        guard let left = NumberFormat.point.decimal(lhs), let right = NumberFormat.point.decimal(rhs) else { return false }
        return left == right
    }

    static func describe(_ comparison: FilterSpec.Comparison) -> String {
        switch comparison {
        case .equals(let value): "equals \(value)"
        case .notEquals(let value): "not-equals \(value)"
        case .oneOf(let values): "in [\(values.joined(separator: ", "))]"
        case .noneOf(let values): "not-in [\(values.joined(separator: ", "))]"
        case .exists(let flag): "exists \(flag)"
        case .matches(let pattern): "matches \(pattern.pattern)"
        }
    }

    static func day(_ date: Date) -> String { String(ISODate.format(date).prefix(10)) }
}
