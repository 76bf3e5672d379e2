import BankCore
@testable import BankStore
import Foundation
import Testing
import TestSupport

/// "Part of a name" search through the name-suffix index (Migration0006):
/// the index follows every insert and name change, a file made at schema 5
/// is backfilled on upgrade, and the results are exactly what a scan of
/// every name would give, in the same order and with the same limit.
@Suite struct CustomerNameSearchTests {
    static let names = [
        "张伟", "张秀英", "王伟", "李伟华", "欧阳娜娜", "欧阳伟", "司马娜", "陈娜", "伟大", "刘秀", "张娜娜娜",
        "Anna Müller", "Hanna Schmidt", "John Annan", "Joanna Brown", "Ann Lee", "Müller Hans", "Susanna Hann",
    ]

    private func customer(_ name: String, _ index: Int) -> Customer {
        Customer(id: 0, name: name, idType: .passport, idNumber: "E\(String(format: "%08d", index))",
                 phone: "139\(String(format: "%08d", index))", address: "", birthDate: BusinessDate("1980-01-01")!,
                 preferredLanguage: "zh-Hans", assistance: .none)
    }

    @discardableResult
    private func fill(_ db: Database) throws -> [Customer] {
        let repository = CustomerRepository(db: db)
        return try Self.names.enumerated().map { index, name in
            try repository.insert(customer(name, index), createdAt: Date(timeIntervalSince1970: 0), createdBy: nil)
        }
    }

    private func suffixes(_ db: Database, customerID: Int64) throws -> [String] {
        try db.query("SELECT suffix, name_key FROM customer_name_suffixes WHERE customer_id = ? ORDER BY length(suffix) DESC",
                     [.integer(customerID)]).map { "\($0.string("suffix") ?? "")|\($0.string("name_key") ?? "")" }
    }

    /// What the search must return, computed by reading every name: names
    /// starting with the key (by name_key, then id), then the others containing it.
    private func expected(_ customers: [Customer], _ text: String, limit: Int) -> [Int64] {
        let key = CustomerRepository.nameKey(text)
        func byKey(_ a: Customer, _ b: Customer) -> Bool {
            let (x, y) = (Array(CustomerRepository.nameKey(a.name).utf8), Array(CustomerRepository.nameKey(b.name).utf8))
            return x == y ? a.id < b.id : x.lexicographicallyPrecedes(y)
        }
        let starting = customers.filter { CustomerRepository.nameKey($0.name).hasPrefix(key) }.sorted(by: byKey)
        let containing = customers.filter {
            let name = CustomerRepository.nameKey($0.name)
            return !name.hasPrefix(key) && name.contains(key)
        }.sorted(by: byKey)
        return (starting + containing).prefix(limit).map(\.id)
    }

    @Test func insertingACustomerIndexesEverySuffixAfterTheFirstCharacter() throws {
        let db = try Database.openInMemory()
        let customers = try fill(db)
        #expect(try suffixes(db, customerID: customers[4].id) == ["阳娜娜|欧阳娜娜", "娜娜|欧阳娜娜", "娜|欧阳娜娜"])
        #expect(try suffixes(db, customerID: customers[0].id) == ["伟|张伟"])
        #expect(try suffixes(db, customerID: customers[11].id).first == "nnamüller|annamüller")
        #expect(try suffixes(db, customerID: customers[11].id).count == "annamüller".count - 1)
        // The longest name the table allows gets all 59 suffixes.
        let longest = String(repeating: "ab", count: 30)
        let long = try CustomerRepository(db: db).insert(customer(longest, 99), createdAt: Date(), createdBy: nil)
        #expect(try suffixes(db, customerID: long.id).count == 59)
        #expect(try CustomerRepository(db: db).search("ba", limit: 200).map(\.id).contains(long.id))
    }

    @Test func aNameChangeReplacesItsSuffixes() throws {
        let db = try Database.openInMemory()
        let customers = try fill(db)
        try db.execute("UPDATE customers SET name = '赵敏', name_key = '赵敏' WHERE id = ?", [.integer(customers[1].id)])
        #expect(try suffixes(db, customerID: customers[1].id) == ["敏|赵敏"])
        let repository = CustomerRepository(db: db)
        #expect(try repository.search("秀英").isEmpty)
        #expect(try repository.search("敏").map(\.id) == [customers[1].id])
    }

    @Test func partOfANameFindsWhatAScanOfEveryNameWould() throws {
        let db = try Database.openInMemory()
        let customers = try fill(db)
        let repository = CustomerRepository(db: db)
        let texts = ["伟", "娜", "娜娜", "秀", "欧阳", "阳娜", "张", "ann", "Anna", "hann", "müller", "MÜLLER", "an", "n", "s", "na na",
                     "龘", "xyz", "%", "_"]
        for text in texts {
            for limit in [1, 2, 3, 5, 50] {
                #expect(try repository.search(text, limit: limit).map(\.id) == expected(customers, text, limit: limit),
                        "search \(text) limit \(limit)")
            }
        }
        // Spot checks in plain words: names starting with the text first, then the
        // names holding it further in, each group in name_key (code point) order.
        let wei = try repository.search("伟").map(\.name)
        #expect(wei == ["伟大", "张伟", "李伟华", "欧阳伟", "王伟"])
        // 欧阳娜娜 and 张娜娜娜 hold 娜 more than once and still come once each.
        let na = try repository.search("娜").map(\.name)
        #expect(na == ["司马娜", "张娜娜娜", "欧阳娜娜", "陈娜"])
        #expect(try repository.search("ann").map(\.name) == ["Anna Müller", "Ann Lee", "Hanna Schmidt", "Joanna Brown", "John Annan",
                                                              "Susanna Hann"])
    }

    @Test func anExactPhoneComesFirstAndTheNamePageStillFills() throws {
        let db = try Database.openInMemory()
        try fill(db)
        let repository = CustomerRepository(db: db)
        // Two names contain the text typed; the first of them is also the phone typed.
        var first = customer("x1390000000", 50)
        first.phone = "1390000000"
        let phoneMatch = try repository.insert(first, createdAt: Date(), createdBy: nil)
        let other = try repository.insert(customer("y1390000000", 51), createdAt: Date(), createdBy: nil)
        #expect(try repository.search("1390000000", limit: 2).map(\.id) == [phoneMatch.id, other.id])
        #expect(try repository.search("1390000000", limit: 1).map(\.id) == [phoneMatch.id])
        #expect(try repository.search("1390000000").map(\.id) == [phoneMatch.id, other.id])
    }

    @Test func aFileMadeAtSchemaFiveIsBackfilledOnUpgrade() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("branch.sqlite").path
            let old = try Database.open(path: path, migrations: Array(Migrations.all.prefix(5)))
            #expect(try old.schemaVersion() == 5)
            let customers = try fill(old)
            old.close()
            // A loader that bypasses the app at schema 5 (plain SQL, no suffix table yet).
            try sqliteCLI(path, """
                INSERT INTO customers (name, name_key, id_type, id_number, phone, birth_date, created_at)
                VALUES ('Olivia Jensen', 'oliviajensen', 'passport', 'E77777777', '13977777777', '1990-01-01', 0);
                """)
            let db = try Database.open(path: path)
            #expect(try db.schemaVersion() == Migrations.latestVersion)
            let total = try db.scalarInt("SELECT count(*) FROM customer_name_suffixes")
            let lengths = Self.names.map { CustomerRepository.nameKey($0).count - 1 }.reduce(0, +) + "oliviajensen".count - 1
            #expect(total == Int64(lengths))
            #expect(try suffixes(db, customerID: customers[4].id) == ["阳娜娜|欧阳娜娜", "娜娜|欧阳娜娜", "娜|欧阳娜娜"])
            let repository = CustomerRepository(db: db)
            #expect(try repository.search("娜").map(\.id) == expected(customers, "娜", limit: 50))
            #expect(try repository.search("jensen").map(\.name) == ["Olivia Jensen"])
            // Rows written by plain SQL after the upgrade are indexed by the trigger too.
            try sqliteCLI(path, """
                INSERT INTO customers (name, name_key, id_type, id_number, phone, birth_date, created_at)
                VALUES ('上官婉儿', '上官婉儿', 'passport', 'E88888888', '13988888888', '1990-01-01', 0);
                """)
            #expect(try repository.search("婉儿").map(\.name) == ["上官婉儿"])
        }
    }
}
