import BankCore
import Foundation

/// How a person was verified at the counter.
public enum VerificationMethod: String, CaseIterable, Sendable {
    case pin, otp, fingerprint, face, photo
}

/// A stored customer credential: PIN hash with its failure counter and
/// block, and the enrolled one-time-code secret with the last step used.
public struct CustomerCredential: Sendable, Equatable {
    public var customerID: Int64
    public var pinHash: String?
    public var pinFailures: Int
    public var pinBlocked: Bool
    public var totpSecretHex: String?
    public var totpLastStep: Int64?

    public init(customerID: Int64, pinHash: String?, pinFailures: Int, pinBlocked: Bool, totpSecretHex: String?, totpLastStep: Int64?) {
        self.customerID = customerID
        self.pinHash = pinHash
        self.pinFailures = pinFailures
        self.pinBlocked = pinBlocked
        self.totpSecretHex = totpSecretHex
        self.totpLastStep = totpLastStep
    }
}

/// Document checks, customer credentials and identity verifications.
/// Checks and verifications are append-only records of what was seen and by whom.
public final class IdentityRepository {
    let db: Database

    public init(db: Database) { self.db = db }

    public func recordDocumentCheck(customerID: Int64?, type: IDDocumentType, maskedNumber: String, accepted: Bool,
                                    problem: String, operatorID: Int64?, at: Date) throws {
        try db.execute("""
            INSERT INTO document_checks (customer_id, id_type, id_number_masked, result, problem, operator_id, at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, [SQLValue(customerID), .text(type.rawValue), .text(maskedNumber), .text(accepted ? "accepted" : "refused"),
                  .text(problem), SQLValue(operatorID), SQLValue(millis: at)])
    }

    public func documentChecks(customerID: Int64) throws -> [(type: String, masked: String, accepted: Bool, at: Date)] {
        try db.query("SELECT * FROM document_checks WHERE customer_id = ? ORDER BY at DESC", [.integer(customerID)]).map {
            ($0.string("id_type") ?? "", $0.string("id_number_masked") ?? "", $0.string("result") == "accepted",
             $0.date("at") ?? .distantPast)
        }
    }

    public func credential(customerID: Int64) throws -> CustomerCredential? {
        try db.queryOne("SELECT * FROM customer_credentials WHERE customer_id = ?", [.integer(customerID)]).map { row in
            CustomerCredential(customerID: customerID, pinHash: row.string("pin_hash"), pinFailures: Int(row.int("pin_failures") ?? 0),
                               pinBlocked: row.bool("pin_blocked") ?? false, totpSecretHex: row.string("totp_secret"),
                               totpLastStep: row.int("totp_last_step"))
        }
    }

    public func save(_ credential: CustomerCredential, at: Date) throws {
        try db.execute("""
            INSERT INTO customer_credentials (customer_id, pin_hash, pin_failures, pin_blocked, totp_secret, totp_last_step, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(customer_id) DO UPDATE SET pin_hash = excluded.pin_hash, pin_failures = excluded.pin_failures,
                pin_blocked = excluded.pin_blocked, totp_secret = excluded.totp_secret, totp_last_step = excluded.totp_last_step,
                updated_at = excluded.updated_at
            """, [.integer(credential.customerID), SQLValue(credential.pinHash), SQLValue(credential.pinFailures),
                  SQLValue(credential.pinBlocked), SQLValue(credential.totpSecretHex), SQLValue(credential.totpLastStep),
                  SQLValue(millis: at)])
    }

    /// Records one verification. The ticket is the visit in progress at the
    /// operator's counter for this customer, when there is one.
    public func recordVerification(customerID: Int64, service: String, method: VerificationMethod, passed: Bool, detail: String,
                                   operatorID: Int64?, at: Date) throws {
        let ticket = try operatorID.flatMap { operatorID in
            try db.scalarInt("""
                SELECT t.id FROM counters c JOIN tickets t ON t.id = c.current_ticket_id
                WHERE c.operator_id = ? AND t.customer_id = ?
                """, [.integer(operatorID), .integer(customerID)])
        }
        try db.execute("""
            INSERT INTO identity_verifications (customer_id, service, method, result, detail, operator_id, ticket_id, at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, [.integer(customerID), .text(service), .text(method.rawValue), .text(passed ? "passed" : "failed"),
                  .text(detail), SQLValue(operatorID), SQLValue(ticket), SQLValue(millis: at)])
    }

    /// Whether the customer passed a verification for exactly this service since `since`.
    public func hasPassedVerification(customerID: Int64, service: String, since: Date) throws -> Bool {
        (try db.scalarInt("""
            SELECT count(*) FROM identity_verifications WHERE customer_id = ? AND service = ? AND result = 'passed' AND at >= ?
            """, [.integer(customerID), .text(service), SQLValue(millis: since)]) ?? 0) > 0
    }

    /// As above, counting only verifications made by one of `methods` (`pin`, `otp`, …).
    public func hasPassedVerification(customerID: Int64, service: String, since: Date, methods: [String]) throws -> Bool {
        let placeholders = methods.map { _ in "?" }.joined(separator: ", ")
        return (try db.scalarInt("""
            SELECT count(*) FROM identity_verifications WHERE customer_id = ? AND service = ? AND result = 'passed' AND at >= ?
              AND method IN (\(placeholders))
            """, [.integer(customerID), .text(service), SQLValue(millis: since)] + methods.map { .text($0) }) ?? 0) > 0
    }

    public func verifications(customerID: Int64) throws -> [(service: String, method: String, passed: Bool, at: Date)] {
        try db.query("SELECT * FROM identity_verifications WHERE customer_id = ? ORDER BY at DESC, id DESC", [.integer(customerID)]).map {
            ($0.string("service") ?? "", $0.string("method") ?? "", $0.string("result") == "passed", $0.date("at") ?? .distantPast)
        }
    }
}
