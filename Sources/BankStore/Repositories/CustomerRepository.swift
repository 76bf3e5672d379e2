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

    /// Customers matching `text`, at most `limit`: an exact ID number, phone
    /// or account number first, then (for four digits, or three and `X`)
    /// the last four characters of an ID number or phone, then names that start with it (by name),
    /// then names that contain it further in (by name). Every step is an
    /// index seek: "starts with" reads the covering `customers_name_search`
    /// (Migration0018) alone, "contains" reads `customer_name_suffixes` (Migration0006).
    public func search(_ text: String, limit: Int = 50) throws -> [Customer] {
        let key = Self.nameKey(text)
        guard !key.isEmpty, limit > 0 else { return [] }
        var found: [Customer] = []
        var seen = Set<Int64>()
        func add(_ rows: [Row]) throws {
            for row in rows where found.count < limit {
                let customer = try decode(row)
                if seen.insert(customer.id).inserted { found.append(customer) }
            }
        }
        // ID numbers, phones and account numbers are ASCII with digits: a name (Chinese, or letters only)
        // skips those seeks and reads only the name indexes.
        if key.allSatisfy(\.isASCII), key.contains(where: \.isNumber) {
            let upper = text.uppercased().filter { !$0.isWhitespace }
            try add(db.query("\(Self.select) WHERE id_type IN (\(Self.documentTypes)) AND id_number = ? LIMIT ?",
                             [.text(upper), SQLValue(limit)]))
            try add(db.query("\(Self.select) WHERE phone = ? LIMIT ?", [.text(key), SQLValue(limit)]))
            try add(db.query("\(Self.select) WHERE id IN (SELECT customer_id FROM accounts WHERE number = ?) LIMIT ?",
                             [.text(key), SQLValue(limit)]))
            if Self.isLastFour(upper) {
                // The expression indexes of Migration0012, one seek each.
                try add(db.query("\(Self.select) WHERE substr(id_number, -4) = ? ORDER BY name_key, id LIMIT ?", [.text(upper), SQLValue(limit)]))
                try add(db.query("\(Self.select) WHERE substr(phone, -4) = ? ORDER BY name_key, id LIMIT ?", [.text(upper), SQLValue(limit)]))
            }
        }
        // Every text starting with `key` sorts in [key, key + U+10FFFF).
        let range: [SQLValue] = [.text(key), .text(key + "\u{10FFFF}")]
        try add(db.query(Self.startsWith, range + [SQLValue(limit)]))
        // Names containing `key` after their first character, minus those the
        // step above found, in pages after the last (name_key, id) read. A name
        // holding `key` twice (欧阳娜娜 for 娜) comes once per suffix, side by
        // side, and is kept once; another page is read only when that happened.
        var after: (key: String, id: Int64) = ("", 0)
        while found.count < limit {
            let wanted = limit - found.count
            let rows = try db.query(Self.containsLater, range + [.text(after.key), .integer(after.id), SQLValue(wanted)])
            try add(rows)
            guard rows.count == wanted, let last = rows.last else { break }
            after = (try last.requiredString("page_key", in: db), try last.requiredInt("id", in: db))
        }
        return found
    }

    /// Up to `?3` customers whose name starts with the key (`?1` ≤ name_key < `?2`), by name: one range
    /// of the covering index customers_name_search, no table page read.
    static let startsWith = "\(select) WHERE name_key >= ? AND name_key < ? ORDER BY name_key, id LIMIT ?"

    /// Up to `?5` customers, by name after (`?3`, `?4`), with a name suffix (from
    /// the 2nd character) starting with the key but a name not starting with it.
    /// The page is picked from the suffix index alone (it carries name_key; a
    /// top-N sort, no DISTINCT over every match); only the rows shown then read
    /// `customers`.
    static let containsLater = """
        SELECT c.id, c.name, c.id_type, c.id_number, c.id_expiry, c.phone, c.address, c.birth_date, c.preferred_language,
               c.assistance, c.risk_level, c.account_manager_id, page.name_key AS page_key
        FROM (SELECT name_key, customer_id FROM customer_name_suffixes
              WHERE suffix >= ?1 AND suffix < ?2 AND NOT (name_key >= ?1 AND name_key < ?2)
                AND (name_key, customer_id) > (?3, ?4)
              ORDER BY name_key, customer_id LIMIT ?5) AS page
        CROSS JOIN customers c ON c.id = page.customer_id
        ORDER BY page.name_key, page.customer_id
        """

    @discardableResult
    public func setAccountManager(customerID: Int64, managerID: Int64?) throws -> Bool {
        try db.execute("UPDATE customers SET account_manager_id = ? WHERE id = ?", [SQLValue(managerID), .integer(customerID)])
        return db.changes > 0
    }

    /// True for what the last four characters of an ID number or phone can be: four digits, or three digits and `X`.
    static func isLastFour(_ text: String) -> Bool {
        let characters = Array(text)
        guard characters.count == 4 else { return false }
        let isDigit = { (c: Character) in c.isASCII && c.isNumber }
        return characters.prefix(3).allSatisfy(isDigit) && (isDigit(characters[3]) || characters[3] == "X")
    }

    /// Replaces the customer's address (a change confirmed on the account-opening form).
    @discardableResult
    public func setAddress(customerID: Int64, _ address: String) throws -> Bool {
        try db.execute("UPDATE customers SET address = ? WHERE id = ?", [.text(address), .integer(customerID)])
        return db.changes > 0
    }

    /// Stores the risk level decided at account opening.
    public func setRiskLevel(customerID: Int64, _ level: RiskLevel) throws {
        try db.execute("UPDATE customers SET risk_level = ? WHERE id = ?", [.text(level.rawValue), .integer(customerID)])
    }

    public func count() throws -> Int { Int(try db.scalarInt("SELECT count(*) FROM customers") ?? 0) }

    /// Every document type, so an ID number alone seeks the UNIQUE
    /// (id_type, id_number) index once per type instead of reading every row.
    static let documentTypes = IDDocumentType.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")

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
