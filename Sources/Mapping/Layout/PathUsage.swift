/// Which paths of a layout selected something, over the records of one file: a path that
/// never does is a mapping mistake that `ferry preview` and `ferry test` warn about
/// (MAP-121), since an empty value is not an error by itself.
public struct PathUsage: Sendable {
    private var matched: Set<String> = []

    public init() {}

    private static func key(_ field: String, _ path: SourcePath) -> String {
        field + "\u{1F}" + path.description
    }

    mutating func note(field: String, path: SourcePath) {
        matched.insert(Self.key(field, path))
    }

    /// The field (or group) and path of each path in `layout` that selected nothing, in the
    /// order written. `each: row` and positions (`column: 3`, which fail by themselves) are
    /// left out.
    public func unmatched(in layout: Layout) -> [(field: String, path: String)] {
        var result: [(field: String, path: String)] = []
        func check(_ field: String, _ path: SourcePath) {
            switch path {
            case .rows, .columnIndex: return
            case .json, .xml: break
            }
            if !matched.contains(Self.key(field, path)), !result.contains(where: { $0 == (field, path.description) }) {
                result.append((field, path.description))
            }
        }
        for group in layout.groups { check(group.field, group.each) }
        for rule in layout.fields {
            for path in rule.value.paths { check(rule.field, path) }
        }
        return result
    }
}

extension ValueExpression {
    /// Every path the expression reads: its input and the operands of its steps.
    public var paths: [SourcePath] {
        var result: [SourcePath] = []
        switch input {
        case .none, .constant: break
        case .path(let path): result.append(path)
        case .concat(let paths, _): result += paths
        case .entries(let pairs): result += pairs.flatMap { [$0.key, $0.value] }
        }
        for step in steps {
            switch step {
            case .vat(_, .path(let path), _), .multiply(.path(let path)), .divide(.path(let path)): result.append(path)
            default: continue
            }
        }
        return result
    }
}
