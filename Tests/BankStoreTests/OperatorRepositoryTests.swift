import BankCore
import BankCrypto
import BankStore
import Foundation
import Testing

/// Operators round-trip through the store; usernames are unique ignoring case.
@Suite struct OperatorRepositoryTests {
    @Test func insertAndFindRoundTrip() throws {
        let db = try Database.openInMemory()
        let repository = OperatorRepository(db: db)
        let credential = PINHash.make(pin: "246810", iterations: 1000)
        let inserted = try repository.insert(username: "Ann.Lee", displayName: "李安", role: .teller,
                                             pinHash: credential.encoded, createdAt: fixedDate)
        #expect(inserted == Operator(id: inserted.id, username: "Ann.Lee", displayName: "李安", role: .teller))

        let byName = try #require(try repository.find(username: "ann.lee"))
        #expect(byName.operator == inserted)
        #expect(PINHash(encoded: byName.pinHash)?.verify("246810") == true)

        let byID = try #require(try repository.find(id: inserted.id))
        #expect(byID.operator == inserted)
        #expect(try repository.find(username: "nobody") == nil)
        #expect(try repository.find(id: 999) == nil)
    }

    @Test func usernamesAreUniqueIgnoringCase() throws {
        let db = try Database.openInMemory()
        let repository = OperatorRepository(db: db)
        _ = try repository.insert(username: "admin", displayName: "Admin", role: .administrator, pinHash: "x",
                                  createdAt: fixedDate)
        do {
            _ = try repository.insert(username: "ADMIN", displayName: "Other", role: .teller, pinHash: "y",
                                      createdAt: fixedDate)
            Issue.record("a duplicate username in another case was accepted")
        } catch StoreError.constraint(let message) {
            #expect(message.contains("operators.username"))
        }
        #expect(try repository.all().count == 1)
    }

    @Test func allIsOrderedByUsernameIgnoringCase() throws {
        let db = try Database.openInMemory()
        let repository = OperatorRepository(db: db)
        for name in ["carol", "Bob", "alice"] {
            _ = try repository.insert(username: name, displayName: name, role: .guide, pinHash: "x",
                                      createdAt: fixedDate)
        }
        #expect(try repository.all().map(\.username) == ["alice", "Bob", "carol"])
    }

    @Test func failuresLockoutAndClearing() throws {
        let db = try Database.openInMemory()
        let repository = OperatorRepository(db: db)
        let ann = try repository.insert(username: "ann", displayName: "Ann", role: .teller, pinHash: "x",
                                        createdAt: fixedDate)
        let until = fixedDate.addingTimeInterval(900)
        #expect(try repository.recordFailure(id: ann.id, failedAttempts: 5, lockedUntil: until))
        let locked = try #require(try repository.find(id: ann.id)).operator
        #expect(locked.failedAttempts == 5)
        #expect(locked.lockedUntil == until)
        #expect(locked.isLocked(at: fixedDate))

        #expect(try repository.clearFailures(id: ann.id))
        let cleared = try #require(try repository.find(id: ann.id)).operator
        #expect(cleared.failedAttempts == 0)
        #expect(cleared.lockedUntil == nil)

        #expect(throws: StoreError.self) {
            try repository.recordFailure(id: ann.id, failedAttempts: -1, lockedUntil: nil)
        }
        #expect(try !repository.clearFailures(id: 999))
    }

    @Test func pinActiveAndPreferences() throws {
        let db = try Database.openInMemory()
        let repository = OperatorRepository(db: db)
        let ann = try repository.insert(username: "ann", displayName: "Ann", role: .supervisor, pinHash: "old",
                                        createdAt: fixedDate)
        try repository.setPINHash(id: ann.id, hash: "new")
        #expect(try repository.find(id: ann.id)?.pinHash == "new")

        try repository.setActive(id: ann.id, active: false)
        #expect(try repository.find(id: ann.id)?.operator.active == false)

        try repository.setPreferences(id: ann.id, language: "zh-Hans", theme: "dark")
        var stored = try #require(try repository.find(id: ann.id)).operator
        #expect(stored.language == "zh-Hans")
        #expect(stored.theme == "dark")
        try repository.setPreferences(id: ann.id, language: nil, theme: "light")
        stored = try #require(try repository.find(id: ann.id)).operator
        #expect(stored.language == nil)
        #expect(stored.theme == "light")
    }

    @Test func countsByRoleAndActiveAdministrators() throws {
        let db = try Database.openInMemory()
        let repository = OperatorRepository(db: db)
        let first = try repository.insert(username: "root1", displayName: "R1", role: .administrator, pinHash: "x",
                                          createdAt: fixedDate)
        _ = try repository.insert(username: "root2", displayName: "R2", role: .administrator, pinHash: "x",
                                  createdAt: fixedDate)
        _ = try repository.insert(username: "t1", displayName: "T1", role: .teller, pinHash: "x", createdAt: fixedDate)
        #expect(try repository.count(role: .administrator) == 2)
        #expect(try repository.count(role: .teller) == 1)
        #expect(try repository.count(role: .trainer) == 0)
        #expect(try repository.countActiveAdministrators() == 2)
        try repository.setActive(id: first.id, active: false)
        #expect(try repository.countActiveAdministrators() == 1)
        #expect(try repository.count(role: .administrator) == 2)
    }

    @Test func anEmptyDisplayNameIsRefused() throws {
        let repository = OperatorRepository(db: try Database.openInMemory())
        #expect(throws: StoreError.self) {
            try repository.insert(username: "x", displayName: "", role: .guide, pinHash: "x", createdAt: fixedDate)
        }
    }
}
