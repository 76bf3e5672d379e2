import BankStore
import Foundation

/// Controls that trust one audit line (a loan decision, a signed contract)
/// ask for it here: only lines whose keyed hash the branch key proves count,
/// so a row typed into `audit_log` with the sqlite3 tool proves nothing.
extension BranchContext {
    /// The genuine audit lines with `action` and `subject`, oldest first (the key loaded first if needed).
    func genuineAudit(action: String, subject: String) throws -> [AuditEntry] {
        if audit.key == nil, try ensureKey() { try sealCredentialsOnce() }
        return try audit.genuineEntries(action: action, subject: subject)
    }
}
