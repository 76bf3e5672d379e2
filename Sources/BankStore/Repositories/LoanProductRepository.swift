import BankCore
import Foundation

/// A loan product as stored, with the version its terms carry.
public struct VersionedLoanProduct: Sendable, Hashable {
    public var product: LoanProduct
    public var version: Int

    public init(product: LoanProduct, version: Int) {
        self.product = product
        self.version = version
    }
}

/// Loan products: the current terms of each (`loan_products`, the `LoanProduct`
/// as JSON) and every version ever saved (`loan_product_versions`, append-only),
/// so an application or a loan can always read the terms it was made under.
public final class LoanProductRepository {
    let db: Database

    public init(db: Database) { self.db = db }

    /// Stores `product` as its next version (1 for a new code) in the current
    /// table and the history, and returns that version. Call inside a write.
    @discardableResult
    public func save(_ product: LoanProduct, by operatorID: Int64, at: Date) throws -> Int {
        let version = Int(try db.scalarInt("SELECT coalesce(max(version), 0) FROM loan_product_versions WHERE code = ?",
                                           [.text(product.code)]) ?? 0) + 1
        let terms = try Self.encode(product)
        try db.execute("""
            INSERT INTO loan_products (code, version, terms, active, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (code) DO UPDATE SET version = excluded.version, terms = excluded.terms, active = excluded.active,
                updated_by = excluded.updated_by, updated_at = excluded.updated_at
            """, [.text(product.code), .integer(Int64(version)), .text(terms), SQLValue(product.active), .integer(operatorID),
                  SQLValue(millis: at)])
        try db.execute("""
            INSERT INTO loan_product_versions (code, version, terms, active, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?)
            """, [.text(product.code), .integer(Int64(version)), .text(terms), SQLValue(product.active), .integer(operatorID),
                  SQLValue(millis: at)])
        return version
    }

    /// The current terms of `code`, or nil.
    public func current(code: String) throws -> VersionedLoanProduct? {
        try db.queryOne("SELECT version, terms FROM loan_products WHERE code = ?", [.text(code)]).map(decode)
    }

    /// The terms of `code` as they were at `version`, or nil.
    public func product(code: String, version: Int) throws -> LoanProduct? {
        try db.queryOne("SELECT version, terms FROM loan_product_versions WHERE code = ? AND version = ?",
                        [.text(code), .integer(Int64(version))]).map(decode)?.product
    }

    /// Every product's current terms, active first, then by code.
    public func all() throws -> [VersionedLoanProduct] {
        try db.query("SELECT version, terms FROM loan_products ORDER BY active DESC, code").map(decode)
    }

    /// How many versions of `code` exist.
    public func versionCount(code: String) throws -> Int {
        Int(try db.scalarInt("SELECT count(*) FROM loan_product_versions WHERE code = ?", [.text(code)]) ?? 0)
    }

    static func encode(_ product: LoanProduct) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(product), as: UTF8.self)
    }

    func decode(_ row: Row) throws -> VersionedLoanProduct {
        let terms = try row.requiredString("terms", in: db)
        guard let product = try? JSONDecoder().decode(LoanProduct.self, from: Data(terms.utf8)) else {
            throw Row.damaged("terms", "a loan product as JSON", in: db)
        }
        return VersionedLoanProduct(product: product, version: Int(try row.requiredInt("version", in: db)))
    }
}
