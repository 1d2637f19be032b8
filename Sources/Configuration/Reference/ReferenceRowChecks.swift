import Diagnostics
import Rules

/// What must hold across the rows of one table: unique keys, one default warehouse.
struct ReferenceRowChecks {
    let schema: ReferenceTableSchema
    private var firstLine: [String: Int] = [:]
    private var defaultLine: Int?

    init(schema: ReferenceTableSchema) {
        self.schema = schema
    }

    /// Checks the row at `line` against the rows before it.
    mutating func check(_ cells: [String: String], line: Int) -> [ReferenceTableSchema.Problem] {
        var problems: [ReferenceTableSchema.Problem] = []
        if let key = cells[schema.key]?.trimmedWhitespace, !key.isEmpty {
            let folded = key.lowercased()
            if let first = firstLine[folded] {
                problems.append(.init(code: .refDuplicate, column: schema.key, arguments: [
                    "column": schema.key, "value": key, "first": String(first),
                ]))
            } else {
                firstLine[folded] = line
            }
        }
        if schema.table == .warehouses, let flag = cells["default"], Truthiness.strict(flag) == true {
            if let first = defaultLine {
                problems.append(.init(code: .refTwoDefaults, column: "default", arguments: ["first": String(first)]))
            } else {
                defaultLine = line
            }
        }
        return problems
    }
}
