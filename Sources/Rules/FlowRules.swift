import Canonical
import Diagnostics
import Foundation
import Formats

/// A flow's filters and rules, in the order configured: filters decide first whether a
/// document goes on at all; then every rule runs, so one pass reports every problem.
public struct FlowRules: Sendable {
    public let filters: [DocumentFilter]
    public let rules: [Rule]

    /// Rules with names Ferry does not have are left out (`ferry check` reports them).
    public init(filters: [FilterSpec] = [], rules: [RuleSpec] = []) {
        self.filters = filters.map(DocumentFilter.init)
        self.rules = rules.compactMap(RuleCatalog.rule(for:))
    }

    public var isEmpty: Bool { filters.isEmpty && rules.isEmpty }

    /// Why the first excluding filter leaves `document` out, or `nil` to keep it.
    /// `tree` is asked for at most once, and only when a filter reads fields.
    public func filterReason(for document: any CanonicalDocument, tree: () -> Node?, now: Date) -> Note? {
        var built: Node??
        for filter in filters {
            var node: Node?
            if filter.needsTree {
                if built == nil { built = .some(tree()) }
                node = built ?? nil
            }
            if let reason = filter.reason(for: document, tree: node, now: now) { return reason }
        }
        return nil
    }

    /// Runs every rule on `document` in order; each sees the previous rules' enrichments.
    /// - Returns: every rule error, each once.
    /// - Throws: only when master data cannot be read.
    public func apply(
        to document: inout any CanonicalDocument, at location: Location, in environment: RuleEnvironment
    ) throws -> [FerryError] {
        var errors: [FerryError] = []
        for rule in rules {
            for error in try rule.apply(to: &document, at: location, in: environment) where !errors.contains(error) {
                errors.append(error)
            }
        }
        return errors
    }
}
