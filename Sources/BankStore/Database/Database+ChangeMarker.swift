import CSQLite

/// A reading of whether anything in the branch file has changed: two equal
/// readings mean no connection (this one included) committed a change in
/// between. Screens keep the reading they loaded at and re-read only when a
/// new one differs, so drawing a frame costs no query.
public struct StoreChangeMarker: Hashable, Sendable {
    /// SQLite's `PRAGMA data_version`: moves when another connection commits.
    let otherConnections: Int64
    /// `sqlite3_total_changes64`: moves when this connection changes a row.
    let thisConnection: Int64
}

extension Database {
    /// The current change marker. Cheap (it reads only the file's change counter) and not counted in
    /// `statementsRun`; a closed or failing connection reads as "unchanged since nothing".
    public func changeMarker() -> StoreChangeMarker {
        guard let connection = try? openHandle() else { return StoreChangeMarker(otherConnections: 0, thisConnection: 0) }
        let version = try? withStatement("PRAGMA data_version", [], counted: false) { statement -> Int64? in
            try step(statement) ? RowCursor(handle: statement.handle).int(0) : nil
        }
        return StoreChangeMarker(otherConnections: (version ?? nil) ?? 0, thisConnection: sqlite3_total_changes64(connection))
    }
}
