import BankCrypto
import BankCore
import Foundation

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
///
/// One-time-code secrets are stored sealed with AES-256-GCM under the branch
/// key's secrets key (`v1:` + hex of nonce, ciphertext and tag, bound to the
/// customer id), never in clear; `secretsKey` is what seals and opens them.
/// With `seal` set, each credential row also carries a keyed seal over its PIN
/// hash and stored secret, checked on every read (`CredentialSeal`).
public final class IdentityRepository {
    let db: Database
    /// `BranchKey.secretsKey`; nil when the branch key is not available (then secrets can be neither read nor stored).
    public var secretsKey: [UInt8]?
    public var seal: CredentialSeal?

    public init(db: Database, secretsKey: [UInt8]?) {
        self.db = db
        self.secretsKey = secretsKey
    }

    /// Prefix of a sealed secret.
    public static let sealedPrefix = "v1:"

    private static func associatedData(_ customerID: Int64) -> [UInt8] { Array("customer_credentials.totp_secret|\(customerID)".utf8) }

    func seal(_ hex: String?, customerID: Int64) throws -> String? {
        guard let hex else { return nil }
        guard let secretsKey else { throw StoreError.branchKeyMissing }
        guard let secret = Hex.decode(hex) else { throw StoreError.constraint("one-time-code secret is not hex") }
        return Self.sealedPrefix + Hex.encode(AESGCM.seal(secret, key: secretsKey, associatedData: Self.associatedData(customerID)))
    }

    func unseal(_ stored: String?, customerID: Int64) throws -> String? {
        guard let stored else { return nil }
        // A clear secret is never accepted: legacy files are sealed when first opened (`sealClearSecrets`), so a clear
        // one now was put there behind the program's back (e.g. to plant a secret whose codes someone knows).
        guard stored.hasPrefix(Self.sealedPrefix) else {
            throw StoreError.corrupt(path: db.path, detail: "the one-time-code secret of customer \(customerID) is stored in clear, "
                                         + "which this program never does: it was put there by someone else")
        }
        guard let secretsKey else { throw StoreError.branchKeyMissing }
        guard let box = Hex.decode(String(stored.dropFirst(Self.sealedPrefix.count))),
              let secret = AESGCM.open(box, key: secretsKey, associatedData: Self.associatedData(customerID)) else {
            throw StoreError.corrupt(path: db.path, detail: "the one-time-code secret of customer \(customerID) does not open with this branch key")
        }
        return Hex.encode(secret)
    }

    /// Seals every secret still stored in clear; called only when a legacy file (from before sealing) is
    /// re-anchored, never afterwards, so a clear secret planted later stays refused. Returns how many.
    @discardableResult
    public func sealClearSecrets() throws -> Int {
        let clear = try db.query("SELECT customer_id, totp_secret FROM customer_credentials WHERE totp_secret IS NOT NULL AND totp_secret NOT LIKE 'v1:%'")
        for row in clear {
            let customerID = try row.requiredInt("customer_id", in: db)
            try db.execute("UPDATE customer_credentials SET totp_secret = ? WHERE customer_id = ?",
                           [SQLValue(try seal(row.string("totp_secret"), customerID: customerID)), .integer(customerID)])
        }
        return clear.count
    }

    /// Records one document check, with the terminal it was made at and the
    /// visit (ticket) in progress at the operator's counter for this customer.
    /// Appends a document check. `ticketID` is the visit it belongs to: the
    /// ticket served for `customerID` (`visit`), or for a check with no
    /// customer the ticket the operator is serving (`servedTicket`).
    public func recordDocumentCheck(customerID: Int64?, type: IDDocumentType, maskedNumber: String, accepted: Bool,
                                    problem: String, operatorID: Int64?, terminal: String, ticketID: Int64?, at: Date) throws {
        let ticket = ticketID
        try db.execute("""
            INSERT INTO document_checks (customer_id, id_type, id_number_masked, result, problem, operator_id, terminal, ticket_id, at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [SQLValue(customerID), .text(type.rawValue), .text(maskedNumber), .text(accepted ? "accepted" : "refused"),
                  .text(problem), SQLValue(operatorID), .text(terminal), SQLValue(ticket), SQLValue(millis: at)])
    }

    /// The ticket `operatorID` is serving for `customerID` at their counter: the visit in progress, if any.
    public func visit(operatorID: Int64, customerID: Int64) throws -> Int64? {
        try db.scalarInt("""
            SELECT t.id FROM counters c JOIN tickets t ON t.id = c.current_ticket_id
            WHERE c.operator_id = ? AND t.customer_id = ?
            """, [.integer(operatorID), .integer(customerID)])
    }

    /// The ticket `operatorID` is serving now at their counter and its customer (nil for a walk-in), if any.
    public func servedTicket(operatorID: Int64) throws -> (ticketID: Int64, customerID: Int64?)? {
        try db.queryOne("""
            SELECT t.id, t.customer_id FROM counters c JOIN tickets t ON t.id = c.current_ticket_id
            WHERE c.operator_id = ? ORDER BY c.number LIMIT 1
            """, [.integer(operatorID)]).map { (try $0.requiredInt("id", in: db), $0.int("customer_id")) }
    }

    /// The newest accepted check of this document for this customer, made by
    /// this operator at this terminal in this visit (`ticketID`, nil when no
    /// ticket is served) since `since`: its id, or nil.
    public func acceptedDocumentCheck(customerID: Int64, type: IDDocumentType, maskedNumber: String, operatorID: Int64,
                                      terminal: String, ticketID: Int64?, since: Date) throws -> Int64? {
        try db.scalarInt("""
            SELECT id FROM document_checks
            WHERE customer_id = ? AND id_type = ? AND id_number_masked = ? AND result = 'accepted'
              AND operator_id = ? AND terminal = ? AND ticket_id IS ? AND at >= ?
            ORDER BY at DESC, id DESC LIMIT 1
            """, [.integer(customerID), .text(type.rawValue), .text(maskedNumber), .integer(operatorID), .text(terminal),
                  SQLValue(ticketID), SQLValue(millis: since)])
    }

    public func documentChecks(customerID: Int64, limit: Int = 1_000) throws
        -> [(type: String, masked: String, accepted: Bool, at: Date, ticketID: Int64?)] {
        try db.query("SELECT * FROM document_checks WHERE customer_id = ? ORDER BY at DESC, id DESC LIMIT ?",
                     [.integer(customerID), SQLValue(limit)]).map {
            ($0.string("id_type") ?? "", $0.string("id_number_masked") ?? "", $0.string("result") == "accepted",
             $0.date("at") ?? .distantPast, $0.int("ticket_id"))
        }
    }

    public func credential(customerID: Int64) throws -> CustomerCredential? {
        try db.queryOne("SELECT * FROM customer_credentials WHERE customer_id = ?", [.integer(customerID)]).map { row in
            if let seal, let breach = credentialBreach(row, customerID: customerID, seal: seal) {
                throw StoreError.credentialSealBroken(breach)
            }
            return CustomerCredential(customerID: customerID, pinHash: row.string("pin_hash"), pinFailures: Int(row.int("pin_failures") ?? 0),
                               pinBlocked: row.bool("pin_blocked") ?? false,
                               totpSecretHex: try unseal(row.string("totp_secret"), customerID: customerID),
                               totpLastStep: row.int("totp_last_step"))
        }
    }

    public func save(_ credential: CustomerCredential, at: Date) throws {
        let storedSecret = try seal(credential.totpSecretHex, customerID: credential.customerID)
        let rowSeal = self.seal?.customerSeal(customerID: credential.customerID, pinHash: credential.pinHash, storedSecret: storedSecret)
        try db.execute("""
            INSERT INTO customer_credentials (customer_id, pin_hash, pin_failures, pin_blocked, totp_secret, totp_last_step, updated_at, seal)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(customer_id) DO UPDATE SET pin_hash = excluded.pin_hash, pin_failures = excluded.pin_failures,
                pin_blocked = excluded.pin_blocked, totp_secret = excluded.totp_secret, totp_last_step = excluded.totp_last_step,
                updated_at = excluded.updated_at, seal = excluded.seal
            """, [.integer(credential.customerID), SQLValue(credential.pinHash), SQLValue(credential.pinFailures),
                  SQLValue(credential.pinBlocked), SQLValue(storedSecret), SQLValue(credential.totpLastStep),
                  SQLValue(millis: at), SQLValue(rowSeal)])
    }

    private func credentialBreach(_ row: Row, customerID: Int64, seal: CredentialSeal) -> CredentialSealBreach? {
        let expected = seal.customerSeal(customerID: customerID, pinHash: row.string("pin_hash"), storedSecret: row.string("totp_secret"))
        let stored = row.string("seal")
        return seal.proves(stored, expected: expected) ? nil
            : CredentialSealBreach(table: .customerCredentials, id: customerID, unsealed: stored == nil)
    }

    /// Seals every credential row that has no seal yet, or every row when `all` (see `CredentialSeal`); returns how many.
    public func sealUnsealed(all: Bool = false) throws -> Int {
        guard let seal else { throw StoreError.branchKeyMissing }
        let rows = try db.query("SELECT customer_id, pin_hash, totp_secret FROM customer_credentials" + (all ? "" : " WHERE seal IS NULL"))
        for row in rows {
            let customerID = try row.requiredInt("customer_id", in: db)
            try db.execute("UPDATE customer_credentials SET seal = ? WHERE customer_id = ?", [
                .text(seal.customerSeal(customerID: customerID, pinHash: row.string("pin_hash"), storedSecret: row.string("totp_secret"))),
                .integer(customerID)])
        }
        return rows.count
    }

    /// Every credential row whose seal does not prove it.
    public func sealBreaches() throws -> [CredentialSealBreach] {
        guard let seal else { return [] }
        return try db.query("SELECT customer_id, pin_hash, totp_secret, seal FROM customer_credentials ORDER BY customer_id").compactMap { row in
            credentialBreach(row, customerID: try row.requiredInt("customer_id", in: db), seal: seal)
        }
    }

    /// Records one verification, with the terminal it was made at and the
    /// visit (ticket) in progress at the operator's counter for this customer.
    public func recordVerification(customerID: Int64, service: String, method: VerificationMethod, passed: Bool, detail: String,
                                   operatorID: Int64?, terminal: String, at: Date) throws {
        let ticket = try operatorID.flatMap { try visit(operatorID: $0, customerID: customerID) }
        try db.execute("""
            INSERT INTO identity_verifications (customer_id, service, method, result, detail, operator_id, terminal, ticket_id, at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [.integer(customerID), .text(service), .text(method.rawValue), .text(passed ? "passed" : "failed"),
                  .text(detail), SQLValue(operatorID), .text(terminal), SQLValue(ticket), SQLValue(millis: at)])
    }

    /// Whether the customer passed a verification by one of `methods` for
    /// exactly this service since `since`, made by this operator at this
    /// terminal in this visit (`ticketID`; nil matches only checks made with no
    /// ticket served). A check made by anyone else, elsewhere or for another
    /// visit does not count.
    public func hasPassedVerification(customerID: Int64, service: String, since: Date, methods: [String], operatorID: Int64,
                                      terminal: String, ticketID: Int64?) throws -> Bool {
        let placeholders = methods.map { _ in "?" }.joined(separator: ", ")
        return (try db.scalarInt("""
            SELECT count(*) FROM identity_verifications WHERE customer_id = ? AND service = ? AND result = 'passed' AND at >= ?
              AND method IN (\(placeholders)) AND operator_id = ? AND terminal = ? AND ticket_id IS ?
            """, [.integer(customerID), .text(service), SQLValue(millis: since)] + methods.map { .text($0) }
                + [.integer(operatorID), .text(terminal), SQLValue(ticketID)]) ?? 0) > 0
    }

    /// When the customer's PIN and one-time-code secret were last replaced (not first set).
    public func replacedAt(customerID: Int64) throws -> (pin: Date?, otp: Date?) {
        guard let row = try db.queryOne("SELECT pin_replaced_at, totp_replaced_at FROM customer_credentials WHERE customer_id = ?",
                                        [.integer(customerID)]) else { return (nil, nil) }
        return (row.date("pin_replaced_at"), row.date("totp_replaced_at"))
    }

    /// Notes that the customer's PIN (`method == .pin`) or one-time-code secret (`.otp`) was replaced at `at`.
    public func markReplaced(customerID: Int64, method: VerificationMethod, at: Date) throws {
        let column = method == .pin ? "pin_replaced_at" : "totp_replaced_at"
        try db.execute("UPDATE customer_credentials SET \(column) = ? WHERE customer_id = ?", [SQLValue(millis: at), .integer(customerID)])
    }

    public func verifications(customerID: Int64) throws -> [(service: String, method: String, passed: Bool, at: Date)] {
        try db.query("SELECT * FROM identity_verifications WHERE customer_id = ? ORDER BY at DESC, id DESC", [.integer(customerID)]).map {
            ($0.string("service") ?? "", $0.string("method") ?? "", $0.string("result") == "passed", $0.date("at") ?? .distantPast)
        }
    }
}
