import Canonical
import Diagnostics
import Foundation

/// Rules on the warehouse an order ships from.
enum WarehouseRules {
    /// Where `warehouse-sender` keeps the order's own warehouse when it replaced it.
    static let sourceWarehouseField = "sourceWarehouse"

    /// `warehouse-sender`: the order's warehouse has a sender address in `reference.warehouses`.
    /// An unmapped or missing warehouse becomes the default warehouse (the original is kept in
    /// `customFields.sourceWarehouse`); without a default it is an error.
    static func sender(_ spec: RuleSpec) -> Rule {
        .order(spec) { order, input in
            if let code = order.warehouse, let known = input.reference.warehouse(code: code) {
                order.warehouse = known.code
                return []
            }
            guard let fallback = input.reference.defaultWarehouse else {
                if let code = order.warehouse {
                    return [FerryError(.ruleWarehouseUnknown, at: input.at("warehouse"), ["warehouse": code])]
                }
                return [FerryError(.ruleWarehouseMissing, at: input.at("warehouse"))]
            }
            if let code = order.warehouse { order.customFields[sourceWarehouseField] = code }
            order.warehouse = fallback.code
            return []
        }
    }
}
