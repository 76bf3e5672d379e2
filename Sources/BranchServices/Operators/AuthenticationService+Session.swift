import BankCore
import BankCrypto
import BankStore
import Foundation
import Localization

/// One operator, one terminal (issue 13). A sign-in claims the operator's
/// session row for this terminal; while another terminal's row is live (its
/// heartbeat younger than `sessionExpiry`) the sign-in is refused, naming
/// that terminal. A running workstation beats every `heartbeatInterval`,
/// locked or not (a locked terminal is still signed in); sign-out and quit
/// release the row; a terminal that crashed or lost its line stops beating
/// and its row expires, so the operator can sign in elsewhere after that.
/// Signing in again at the same terminal (after a crash there) takes the row over.
extension AuthenticationService {
    /// How often a running workstation renews its session.
    public static let heartbeatInterval: TimeInterval = 30
    /// A session not renewed for this long belongs to a terminal that is gone.
    public static let sessionExpiry: TimeInterval = 120

    /// Inside the sign-in transaction: claims the session for this terminal,
    /// or returns the refusal (audited) when another terminal holds it live.
    func claimSession(for op: Operator, now: Date) throws -> LocalizedMessage? {
        let sessions = OperatorSessionRepository(db: context.database)
        if let held = try sessions.session(operatorID: op.id), held.terminal != context.terminal {
            if now.timeIntervalSince(held.heartbeatAt) < Self.sessionExpiry {
                try context.record("login.refused_elsewhere", by: op.id, subject: op.username, detail: "signed in at \(held.terminal)")
                let minutes = String(Int(Self.sessionExpiry / 60))
                return LocalizedMessage(.cashSessionElsewhere, held.terminal, LocalTimeText.dateMinutes(held.heartbeatAt), minutes)
            }
            try context.record("session.expired", by: op.id, subject: op.username,
                               detail: "\(held.terminal) last seen \(LocalTimeText.dateMinutes(held.heartbeatAt))")
        }
        try sessions.claim(operatorID: op.id, terminal: context.terminal, token: Hex.encode(SecureRandom.bytes(16)), at: now)
        return nil
    }

    /// Renews this terminal's session for `op`. False when this terminal no
    /// longer holds it (it expired and the operator signed in elsewhere): the
    /// workstation then signs out here. A store that cannot be written (busy,
    /// disk full) counts as still held; the next beat tries again.
    /// Cheap to call on every key: it reads one row and writes only once per `heartbeatInterval`.
    public func keepSessionAlive(for op: Operator) -> Bool {
        let now = context.clock.now()
        let sessions = OperatorSessionRepository(db: context.database)
        do {
            guard let held = try context.read({ try sessions.session(operatorID: op.id) }), held.terminal == context.terminal else {
                return false
            }
            guard now.timeIntervalSince(held.heartbeatAt) >= Self.heartbeatInterval else { return true }
            return try context.write { try sessions.beat(operatorID: op.id, terminal: context.terminal, at: now) }
        } catch {
            return true
        }
    }

    /// Ends this terminal's session for `op` (sign-out, quit).
    func releaseSession(for op: Operator) throws {
        try OperatorSessionRepository(db: context.database).release(operatorID: op.id, terminal: context.terminal)
    }
}
