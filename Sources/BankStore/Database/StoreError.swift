import BankCore

/// Everything the store can report, phrased so callers (and screens) can say
/// what is wrong and what to do, instead of showing a raw SQLite code.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file exists but is not a teller database (not SQLite at all, or a
    /// SQLite file of some other program). It was not modified.
    case notADatabase(path: String)
    /// The file is SQLite but damaged. It was not modified.
    case corrupt(path: String, detail: String)
    /// The file was written by a newer version of this program. It was not modified.
    case newerSchema(path: String, found: Int, supported: Int)
    /// The file could not be opened or created (a directory, no permission, read-only…).
    case cannotOpen(path: String, detail: String)
    /// A CHECK, UNIQUE, NOT NULL, FOREIGN KEY or STRICT type rule refused the change.
    case constraint(String)
    /// Another terminal held the database for longer than the busy timeout.
    case busy
    /// Any other SQLite failure.
    case sqlite(code: Int32, message: String)
    /// Someone tried to change or delete rows of an append-only table.
    case appendOnly(table: String)
    /// The disk (or the file-size limit, or the quota) left no room: the transaction was rolled back.
    case diskFull(detail: String)
    /// The audit trail cannot be written: the branch key is not available.
    case branchKeyMissing
    /// The file needs a schema migration, but was opened read-only (an auditor's copy).
    case needsMigration(path: String, found: Int, supported: Int)
    /// A credential row's keyed seal does not prove it: it was written outside the program.
    case credentialSealBroken(CredentialSealBreach)

    public var description: String {
        switch self {
        case .notADatabase(let path): return "\(path) is not a teller database"
        case .corrupt(let path, let detail): return "\(path) is damaged: \(detail)"
        case .newerSchema(let path, let found, let supported):
            return "\(path) has schema version \(found); this program understands up to \(supported)"
        case .cannotOpen(let path, let detail): return "cannot open \(path): \(detail)"
        case .constraint(let message): return "refused by a data rule: \(message)"
        case .busy: return "the database is busy in another terminal; try again"
        case .sqlite(let code, let message): return "SQLite error \(code): \(message)"
        case .appendOnly(let table): return "\(table) is append-only: rows cannot be changed or deleted"
        case .diskFull(let detail): return "the disk is full: \(detail)"
        case .branchKeyMissing: return "the branch key is not available, so nothing can be recorded"
        case .needsMigration(let path, let found, let supported):
            return "\(path) has schema version \(found) and needs migrating to \(supported), but was opened read-only"
        case .credentialSealBroken(let breach): return breach.description
        }
    }
}
