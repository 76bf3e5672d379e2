import BankCore
import Foundation

/// The customer registry: insert, find by id, search by name, ID number or
/// phone. `name_key` holds the name lower-cased without spaces so Latin names
/// match regardless of case and spacing; Chinese names match as written.
public final class CustomerRepository {
    private let db: Database

    public init(db: Database) { self.db = db }

    /// The search form of a name: lower case, no spaces.
    public static func nameKey(_ name: String) -> String {
        name.lowercased().filter { !$0.isWhitespace }
    }

    public func insert(_ customer: Customer, createdAt: Date, createdBy: Int64?) throws -> Customer {
        try db.execute("""
            INSERT INTO customers (name, name_key, id_type, id_number, id_expiry, phone, address, birth_date, preferred_language,
                                   assistance, risk_level, account_manager_id, created_at, created_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [.text(customer.name), .text(Self.nameKey(customer.name)), .text(customer.idType.rawValue),
                  .text(customer.idNumber), SQLValue(customer.idExpiry?.description), .text(customer.phone), .text(customer.address),
                  .text(customer.birthDate.description), .text(customer.preferredLanguage),
                  .text(customer.assistance.rawValue), .text(customer.riskLevel.rawValue),
                  SQLValue(customer.accountManagerID), SQLValue(millis: createdAt), SQLValue(createdBy)])
        var stored = customer
        stored.id = db.lastInsertRowID
        return stored
    }

    public func find(id: Int64) throws -> Customer? {
        try db.queryOne("\(Self.select) WHERE id = ?", [.integer(id)]).map(decode)
    }

    public func find(idType: IDDocumentType, idNumber: String) throws -> Customer? {
        try db.queryOne("\(Self.select) WHERE id_type = ? AND id_number = ?", [.text(idType.rawValue), .text(idNumber)]).map(decode)
    }

    /// Customers matching `text`: an exact ID number or phone, a name that
    /// starts with it (index), then names that contain it. At most `limit`.
    public func search(_ text: String, limit: Int = 50) throws -> [Customer] {
        let key = Self.nameKey(text)
        guard !key.isEmpty else { return [] }
        var found: [Customer] = []
        var seen = Set<Int64>()
        func add(_ rows: [Row]) throws {
            for row in rows where found.count < limit {
                let customer = try decode(row)
                if seen.insert(customer.id).inserted { found.append(customer) }
            }
        }
        let upper = text.uppercased().filter { !$0.isWhitespace }
        try add(db.query("\(Self.select) WHERE id_number = ? LIMIT ?", [.text(upper), SQLValue(limit)]))
        try add(db.query("\(Self.select) WHERE phone = ? LIMIT ?", [.text(key), SQLValue(limit)]))
        try add(db.query("\(Self.select) WHERE id IN (SELECT customer_id FROM accounts WHERE number = ?) LIMIT ?",
                         [.text(key), SQLValue(limit)]))
        try add(db.query("\(Self.select) WHERE name_key >= ? AND name_key < ? ORDER BY name_key LIMIT ?",
                         [.text(key), .text(key + "\u{10FFFF}"), SQLValue(limit)]))
        if found.count < limit {
            let pattern = "%" + key.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
                .replacingOccurrences(of: "_", with: "\\_") + "%"
            try add(db.query("\(Self.select) WHERE name_key LIKE ? ESCAPE '\\' ORDER BY name_key LIMIT ?",
                             [.text(pattern), SQLValue(limit)]))
        }
        return found
    }

    @discardableResult
    public func setAccountManager(customerID: Int64, managerID: Int64?) throws -> Bool {
        try db.execute("UPDATE customers SET account_manager_id = ? WHERE id = ?", [SQLValue(managerID), .integer(customerID)])
        return db.changes > 0
    }

    /// Stores the risk level decided at account opening.
    public func setRiskLevel(customerID: Int64, _ level: RiskLevel) throws {
        try db.execute("UPDATE customers SET risk_level = ? WHERE id = ?", [.text(level.rawValue), .integer(customerID)])
    }

    public func count() throws -> Int { Int(try db.scalarInt("SELECT count(*) FROM customers") ?? 0) }

    static let select = """
        SELECT id, name, id_type, id_number, id_expiry, phone, address, birth_date, preferred_language, assistance, risk_level,
               account_manager_id FROM customers
        """

    private func decode(_ row: Row) throws -> Customer {
        guard let idType = IDDocumentType(rawValue: try row.requiredString("id_type", in: db)),
              let birth = BusinessDate(try row.requiredString("birth_date", in: db)) else {
            throw Row.damaged("id_type/birth_date", "a known value", in: db)
        }
        return Customer(id: try row.requiredInt("id", in: db), name: try row.requiredString("name", in: db),
                        idType: idType, idNumber: try row.requiredString("id_number", in: db),
                        idExpiry: row.string("id_expiry").flatMap(BusinessDate.init),
                        phone: try row.requiredString("phone", in: db), address: row.string("address") ?? "",
                        birthDate: birth, preferredLanguage: row.string("preferred_language") ?? "zh-Hans",
                        assistance: AssistanceNeed(rawValue: row.string("assistance") ?? "") ?? .none,
                        riskLevel: RiskLevel(rawValue: row.string("risk_level") ?? "") ?? .unrated,
                        accountManagerID: row.int("account_manager_id"))
    }
}
