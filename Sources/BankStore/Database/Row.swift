/// One result row. Columns are read by name; a name that is not in the
/// result reads as `.null`, so typed helpers return nil for it.
public struct Row: Sendable, Equatable {
    /// Column names in result order (shared between the rows of one query).
    public let columns: [String]
    /// Values in the same order as `columns`.
    public let values: [SQLValue]

    public init(columns: [String], values: [SQLValue]) {
        precondition(columns.count == values.count, "Row needs one value per column")
        self.columns = columns
        self.values = values
    }

    public subscript(column: String) -> SQLValue {
        guard let index = columns.firstIndex(of: column) else { return .null }
        return values[index]
    }

    public subscript(index: Int) -> SQLValue { values[index] }

    public func int(_ name: String) -> Int64? {
        if case .integer(let value) = self[name] { return value }
        return nil
    }

    public func string(_ name: String) -> String? {
        if case .text(let value) = self[name] { return value }
        return nil
    }

    /// 0 is false, 1 is true; anything else (or NULL) is nil.
    public func bool(_ name: String) -> Bool? {
        switch self[name] {
        case .integer(0): return false
        case .integer(1): return true
        default: return nil
        }
    }

    /// A REAL, or an INTEGER widened to Double.
    public func double(_ name: String) -> Double? {
        switch self[name] {
        case .real(let value): return value
        case .integer(let value): return Double(value)
        default: return nil
        }
    }

    public func blob(_ name: String) -> [UInt8]? {
        if case .blob(let value) = self[name] { return value }
        return nil
    }
}
