/// Branch-wide settings as text key/value pairs (limits, idle timeout,
/// default language…). Callers own the keys and their meaning.
public final class SettingsRepository {
    private let db: Database

    public init(db: Database) {
        self.db = db
    }

    public func string(_ key: String) throws -> String? {
        try db.queryOne("SELECT value FROM settings WHERE key = ?", [.text(key)])?.string("value")
    }

    /// Every setting whose key starts with one of `prefixes`, in one query (the table is small).
    public func values(prefixes: [String]) throws -> [String: String] {
        var found: [String: String] = [:]
        try db.forEachRow("SELECT key, value FROM settings") { row in
            if let key = row.string("key"), prefixes.contains(where: key.hasPrefix), let value = row.string("value") { found[key] = value }
        }
        return found
    }

    /// The setting as an integer; nil when missing or not a whole number.
    public func int(_ key: String) throws -> Int? {
        try string(key).flatMap { Int($0) }
    }

    /// Inserts or replaces the setting.
    public func set(_ key: String, _ value: String) throws {
        try db.execute("""
            INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value
            """, [.text(key), .text(value)])
    }

    /// Removes the setting, so readers fall back to their default.
    public func remove(_ key: String) throws {
        try db.execute("DELETE FROM settings WHERE key = ?", [.text(key)])
    }
}
