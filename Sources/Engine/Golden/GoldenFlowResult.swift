import Diagnostics

/// How one flow's sample outputs compare with `samples/<flow>/expected/`.
public struct GoldenFlowResult: Sendable, Encodable {
    public var flow: String
    /// Sample input files run.
    public var inputs: Int
    /// Payload files compared (expected and actual together).
    public var payloads: Int
    public var differences: [GoldenDifference]
    /// With `--update`: files written or removed under `samples/<flow>/expected/`, relative to the root.
    public var updated: [String]
    /// Whether `expected/outcomes.txt` was compared.
    public var outcomesCompared: Bool
    /// What to check that fails nothing: a layout path that selected nothing in any record
    /// of a sample input (MAP-121, located at the input).
    public var warnings: [FerryError] = []

    public var passed: Bool { differences.isEmpty }

    /// `passed` included, for scripts.
    enum CodingKeys: String, CodingKey {
        case flow, inputs, payloads, differences, updated, outcomesCompared, warnings, passed
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(flow, forKey: .flow)
        try container.encode(inputs, forKey: .inputs)
        try container.encode(payloads, forKey: .payloads)
        try container.encode(differences, forKey: .differences)
        try container.encode(updated, forKey: .updated)
        try container.encode(outcomesCompared, forKey: .outcomesCompared)
        try container.encode(warnings, forKey: .warnings)
        try container.encode(passed, forKey: .passed)
    }
}

/// One expected file that does not match: missing, unexpected, or changed field by field.
public struct GoldenDifference: Sendable, Codable, Hashable {
    public enum Kind: String, Sendable, Codable {
        /// In `expected/` but not written by the run.
        case missing
        /// Written by the run but not in `expected/`.
        case unexpected
        /// Both exist and differ; `details` says where.
        case changed
    }

    /// `<target>/<file>` under `expected/`, or `outcomes.txt`.
    public var file: String
    public var kind: Kind
    /// `$.lines[0].quantity: expected "2", got "3"`, `row 3 column sku: ...`, `- old line` / `+ new line`.
    public var details: [String]
}
