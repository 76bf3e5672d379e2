/// One frozen step of the schema. Its SQL never changes once shipped and
/// never uses app types, so an old file upgrades the same way forever.
public struct Migration: Sendable {
    public let version: Int
    public let sql: String
    /// The step rebuilds tables other tables refer to (SQLite cannot widen a
    /// CHECK in place): it runs with foreign keys off, and every reference is
    /// checked (`PRAGMA foreign_key_check`) before it commits.
    public let rebuildsTables: Bool

    public init(version: Int, rebuildsTables: Bool = false, sql: String) {
        self.version = version
        self.rebuildsTables = rebuildsTables
        self.sql = sql
    }
}

/// Every migration this program knows, oldest first. The highest version is
/// the newest schema it can open.
public enum Migrations {
    public static let all: [Migration] = [
        Migration0001.migration,
        Migration0002.migration,
        Migration0003.migration,
        Migration0004.migration,
        Migration0005.migration,
        Migration0006.migration,
        Migration0007.migration,
        Migration0008.migration,
        Migration0010.migration,
        Migration0011.migration,
        Migration0012.migration,
        Migration0014.migration,
        Migration0015.migration,
        Migration0017.migration,
        Migration0018.migration,
        Migration0020.migration,
        Migration0021.migration,
    ]

    /// The schema version a fully migrated file has.
    public static var latestVersion: Int { all.last?.version ?? 0 }
}
