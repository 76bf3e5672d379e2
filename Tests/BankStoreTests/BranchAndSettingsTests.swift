import BankCore
import BankStore
import Foundation
import Testing

/// The single branch row and the key/value settings.
@Suite struct BranchAndSettingsTests {
    @Test func branchRoundTrip() throws {
        let db = try Database.openInMemory()
        let repository = BranchRepository(db: db)
        #expect(try repository.load() == nil)
        #expect(try !repository.setBusinessDate(BusinessDate("2026-01-02")!))
        let branch = Branch(code: "SH001", name: "上海 Main Street", businessDate: BusinessDate("2026-01-01")!,
                            isTraining: true)
        try repository.create(branch, at: fixedDate)
        #expect(try repository.load() == branch)
        #expect(try repository.setBusinessDate(BusinessDate("2026-01-02")!))
        #expect(try repository.load()?.businessDate == BusinessDate("2026-01-02"))
    }

    @Test func thereIsOnlyOneBranch() throws {
        let db = try Database.openInMemory()
        let repository = BranchRepository(db: db)
        let branch = Branch(code: "B1", name: "Main", businessDate: BusinessDate("2026-01-01")!, isTraining: false)
        try repository.create(branch, at: fixedDate)
        #expect(throws: StoreError.self) { try repository.create(branch, at: fixedDate) }
    }

    @Test func branchCodeLengthIsChecked() throws {
        let repository = BranchRepository(db: try Database.openInMemory())
        let branch = Branch(code: "THIRTEENCHARS", name: "Main", businessDate: BusinessDate("2026-01-01")!,
                            isTraining: false)
        #expect(throws: StoreError.self) { try repository.create(branch, at: fixedDate) }
    }

    @Test func settingsRoundTrip() throws {
        let settings = SettingsRepository(db: try Database.openInMemory())
        #expect(try settings.string("idle.seconds") == nil)
        try settings.set("idle.seconds", "300")
        #expect(try settings.int("idle.seconds") == 300)
        try settings.set("idle.seconds", "120")
        #expect(try settings.string("idle.seconds") == "120")
        try settings.set("language", "zh-Hans")
        #expect(try settings.int("language") == nil)
        try settings.remove("language")
        #expect(try settings.string("language") == nil)
    }
}
