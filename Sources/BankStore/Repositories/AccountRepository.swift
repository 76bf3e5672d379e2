import BankCore
import Foundation

/// Accounts, account applications, the watch list and voucher numbering.
public final class AccountRepository {
    private let db: Database
    /// The file this repository reads and writes (for its extensions in other files).
    var database: Database { db }

    public init(db: Database) { self.db = db }

    // MARK: Watch list

    /// Replaces the whole list. ID numbers are stored cleaned
    /// (`WatchListScreening.cleanedID`) so `watchListCandidates` finds them
    /// however the list wrote them (spaces, dashes, lower-case `x`).
    public func replaceWatchList(_ entries: [WatchListEntry], at: Date, by operatorID: Int64?) throws {
        try db.execute("DELETE FROM watch_list")
        for var entry in entries {
            entry.idNumber = entry.idNumber.map(WatchListScreening.cleanedID).flatMap { $0.isEmpty ? nil : $0 }
            try db.execute("""
                INSERT INTO watch_list (name, name_key, id_number, birth_date, list, reason, imported_at, imported_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, [.text(entry.name), .text(WatchListScreening.normalizedName(entry.name)), SQLValue(entry.idNumber),
                      SQLValue(entry.birthDate?.description), .text(entry.list), .text(entry.reason), SQLValue(millis: at),
                      SQLValue(operatorID)])
        }
    }

    /// Entries that could match: same normalized name or same ID number (the screening rule decides).
    public func watchListCandidates(name: String, idNumber: String) throws -> [WatchListEntry] {
        try db.query("SELECT * FROM watch_list WHERE name_key = ? OR id_number = ?",
                     [.text(WatchListScreening.normalizedName(name)), .text(WatchListScreening.cleanedID(idNumber))]).map {
            WatchListEntry(name: $0.string("name") ?? "", idNumber: $0.string("id_number"),
                           birthDate: $0.string("birth_date").flatMap(BusinessDate.init), list: $0.string("list") ?? "",
                           reason: $0.string("reason") ?? "")
        }
    }

    public func watchListCount() throws -> Int { Int(try db.scalarInt("SELECT count(*) FROM watch_list") ?? 0) }

    // MARK: Applications

    public func insertApplication(_ application: ApplicationRecord) throws -> Int64 {
        try db.execute("""
            INSERT INTO account_applications (customer_id, account_type, currency, kyc, documents, risk_level, risk_score,
                risk_reasons, screening, screening_detail, status, maker_id, created_at, guardian_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [.integer(application.customerID), .text(application.accountType.rawValue), .text(application.currency.rawValue),
                  .text(application.kycJSON), .text(application.documents), .text(application.riskLevel.rawValue),
                  SQLValue(application.riskScore), .text(application.riskReasons), .text(application.screeningHit ? "hit" : "clear"),
                  .text(application.screeningDetail), .text(application.status), .integer(application.makerID),
                  SQLValue(millis: application.createdAt), SQLValue(application.guardianID)])
        return db.lastInsertRowID
    }

    public func application(id: Int64) throws -> ApplicationRecord? {
        try db.queryOne("\(Self.selectApplication) WHERE a.id = ?", [.integer(id)]).map(decodeApplication)
    }

    /// Applications with this stored status that were not closed, oldest first.
    public func applications(status: String) throws -> [ApplicationRecord] {
        try db.query("\(Self.selectApplication) WHERE a.status = ? AND c.application_id IS NULL ORDER BY a.created_at, a.id",
                     [.text(status)]).map(decodeApplication)
    }

    /// Every application of a customer, newest first (closed ones with their closure).
    public func applications(customerID: Int64) throws -> [ApplicationRecord] {
        try db.query("\(Self.selectApplication) WHERE a.customer_id = ? ORDER BY a.created_at DESC, a.id DESC",
                     [.integer(customerID)]).map(decodeApplication)
    }

    /// An application with its closure, if any (`kind` replaces the stored status).
    static let selectApplication = """
        SELECT a.*, c.kind AS closure_kind, c.reason AS closure_reason
        FROM account_applications a LEFT JOIN application_closures c ON c.application_id = a.id
        """

    public func decide(applicationID: Int64, status: String, checkerID: Int64, reason: String, at: Date) throws {
        try db.execute("""
            UPDATE account_applications SET status = ?, checker_id = ?, decision_reason = ?, decided_at = ? WHERE id = ?
            """, [.text(status), .integer(checkerID), .text(reason), SQLValue(millis: at), .integer(applicationID)])
    }

    public func markOpened(applicationID: Int64, accountID: Int64, at: Date) throws {
        try db.execute("UPDATE account_applications SET status = 'opened', account_id = ?, opened_at = ? WHERE id = ?",
                       [.integer(accountID), SQLValue(millis: at), .integer(applicationID)])
    }

    private func decodeApplication(_ row: Row) throws -> ApplicationRecord {
        guard let type = AccountType(rawValue: row.string("account_type") ?? ""),
              let currency = Currency(rawValue: row.string("currency") ?? ""),
              let risk = RiskLevel(rawValue: row.string("risk_level") ?? "") else {
            throw Row.damaged("account_applications", "known values", in: db)
        }
        return ApplicationRecord(
            id: try row.requiredInt("id", in: db), customerID: try row.requiredInt("customer_id", in: db), accountType: type,
            currency: currency, kycJSON: row.string("kyc") ?? "{}", documents: row.string("documents") ?? "", riskLevel: risk,
            riskScore: Int(row.int("risk_score") ?? 0), riskReasons: row.string("risk_reasons") ?? "",
            screeningHit: row.string("screening") == "hit", screeningDetail: row.string("screening_detail") ?? "",
            status: row.string("closure_kind") ?? row.string("status") ?? "", makerID: try row.requiredInt("maker_id", in: db), checkerID: row.int("checker_id"),
            decisionReason: row.string("decision_reason") ?? "", accountID: row.int("account_id"),
            createdAt: row.date("created_at") ?? .distantPast, guardianID: row.int("guardian_id"),
            closureReason: row.string("closure_reason") ?? "")
    }

    // MARK: Accounts

    /// The next sequence for account numbers of this branch.
    public func nextAccountSequence() throws -> Int64 {
        (try db.scalarInt("SELECT coalesce(max(id), 0) + 1 FROM accounts") ?? 1)
    }

    public func insertAccount(number: String, customerID: Int64, type: AccountType, currency: Currency, openedAt: Date,
                              openedBy: Int64?, applicationID: Int64?) throws -> AccountRecord {
        try db.execute("""
            INSERT INTO accounts (number, customer_id, type, currency, status, balance, opened_at, opened_by, application_id)
            VALUES (?, ?, ?, ?, 'active', 0, ?, ?, ?)
            """, [.text(number), .integer(customerID), .text(type.rawValue), .text(currency.rawValue), SQLValue(millis: openedAt),
                  SQLValue(openedBy), SQLValue(applicationID)])
        return AccountRecord(id: db.lastInsertRowID, number: number, customerID: customerID, type: type, currency: currency,
                             status: .active, balance: 0, openedAt: openedAt)
    }

    public func accounts(customerID: Int64) throws -> [AccountRecord] {
        try db.query("SELECT * FROM accounts WHERE customer_id = ? ORDER BY opened_at, id", [.integer(customerID)]).map(decodeAccount)
    }

    public func account(id: Int64) throws -> AccountRecord? {
        try db.queryOne("SELECT * FROM accounts WHERE id = ?", [.integer(id)]).map(decodeAccount)
    }

    /// Changes an account's status (freeze, lift, reactivate, close). The caller audits it.
    public func setStatus(accountID: Int64, _ status: AccountStatus) throws {
        try db.execute("UPDATE accounts SET status = ? WHERE id = ?", [.text(status.rawValue), .integer(accountID)])
    }

    public func account(number: String) throws -> AccountRecord? {
        try db.queryOne("SELECT * FROM accounts WHERE number = ?", [.text(number)]).map(decodeAccount)
    }

    private func decodeAccount(_ row: Row) throws -> AccountRecord {
        guard let type = AccountType(rawValue: row.string("type") ?? ""), let currency = Currency(rawValue: row.string("currency") ?? ""),
              let status = AccountStatus(rawValue: row.string("status") ?? "") else {
            throw Row.damaged("accounts", "known values", in: db)
        }
        return AccountRecord(id: try row.requiredInt("id", in: db), number: try row.requiredString("number", in: db),
                             customerID: try row.requiredInt("customer_id", in: db), type: type, currency: currency, status: status,
                             balance: row.int("balance") ?? 0, openedAt: row.date("opened_at") ?? .distantPast,
                             overdraftLimit: row.int("overdraft_limit") ?? 0)
    }

    // MARK: Vouchers

    /// Records a voucher with the next sequence number and returns that number.
    public func insertVoucher(kind: String, reference: String, operatorID: Int64?, path: String, body: String, at: Date) throws -> Int64 {
        let sequence = (try db.scalarInt("SELECT coalesce(max(sequence), 0) + 1 FROM vouchers") ?? 1)
        try db.execute("INSERT INTO vouchers (sequence, kind, reference, operator_id, path, body, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                       [.integer(sequence), .text(kind), .text(reference), SQLValue(operatorID), .text(path), .text(body),
                        SQLValue(millis: at)])
        return sequence
    }

    public func nextVoucherSequence() throws -> Int64 {
        (try db.scalarInt("SELECT coalesce(max(sequence), 0) + 1 FROM vouchers") ?? 1)
    }

    /// Customer ids matching an account number exactly (for customer search).
    public func customerID(accountNumber: String) throws -> Int64? {
        try db.scalarInt("SELECT customer_id FROM accounts WHERE number = ?", [.text(accountNumber)])
    }
}
