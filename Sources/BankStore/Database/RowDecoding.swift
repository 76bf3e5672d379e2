extension Row {
    /// The integer in `name`, or `.corrupt` naming the column: the schema
    /// guarantees it, so its absence means the file was damaged or edited.
    func requiredInt(_ name: String, in db: Database) throws -> Int64 {
        guard let value = int(name) else { throw Row.damaged(name, "an integer", in: db) }
        return value
    }

    /// The text in `name`, or `.corrupt` naming the column.
    func requiredString(_ name: String, in db: Database) throws -> String {
        guard let value = string(name) else { throw Row.damaged(name, "text", in: db) }
        return value
    }

    static func damaged(_ column: String, _ expected: String, in db: Database) -> StoreError {
        .corrupt(path: db.path, detail: "column \(column) does not hold \(expected)")
    }
}
