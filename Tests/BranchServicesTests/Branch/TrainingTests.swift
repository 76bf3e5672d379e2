import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

@Suite struct DemoBranchTests {
    @Test func seedsATrainingBranchWithOneOperatorPerRole() throws {
        let fixture = try BranchFixture(name: "training.sqlite")
        let context = try fixture.open()
        try DemoBranch.seed(context)

        let branch = try #require(context.branch())
        #expect(branch.isTraining)
        #expect(branch.code == DemoBranch.branchCode)
        #expect(branch.name == DemoBranch.branchName)
        let operators = try context.operators.all()
        #expect(operators.count == DemoBranch.logins.count)
        #expect(Set(operators.map(\.role)) == Set(Role.allCases))
        #expect(try context.auditActions().filter { !$0.hasPrefix("ledger.") && $0 != "account.status" } == ["training.seeded"])
    }

    @Test func everyDocumentedPINSignsIn() throws {
        let fixture = try BranchFixture(name: "training.sqlite")
        let context = try fixture.open()
        try DemoBranch.seed(context)
        let auth = AuthenticationService(context)
        for login in DemoBranch.logins {
            let op = try auth.signIn(username: login.username, pin: login.pin)
            #expect(op.role == login.role, "\(login.username)")
            #expect(op.displayName == login.displayName)
            #expect(op.active)
        }
        #expect(try AuditService(context).verify(by: nil).breaches.isEmpty)
    }

    @Test func documentedLoginsFollowTheRules() {
        #expect(Set(DemoBranch.logins.map(\.username)).count == DemoBranch.logins.count)
        for login in DemoBranch.logins {
            #expect(UsernameRules.problem(with: login.username) == nil, "\(login.username)")
            #expect(DisplayNameRules.problem(with: login.displayName) == nil, "\(login.displayName)")
            #expect(PINRules.problem(with: login.pin) == nil, "\(login.username)'s PIN \(login.pin)")
        }
        #expect(BranchCodeRules.problem(with: DemoBranch.branchCode) == nil)
    }

    @Test func seedingTwiceChangesNothing() throws {
        let fixture = try BranchFixture(name: "training.sqlite")
        let context = try fixture.open()
        try DemoBranch.seed(context)
        let hashes = try context.database.query("SELECT pin_hash FROM operators ORDER BY id").map { $0.string("pin_hash") }
        let audited = try context.count("audit_log")
        try DemoBranch.seed(context)
        #expect(try context.database.query("SELECT pin_hash FROM operators ORDER BY id").map { $0.string("pin_hash") } == hashes)
        #expect(try context.count("audit_log") == audited)
    }

    @Test func seedingDoesNotTouchARealBranch() throws {
        let fixture = try BranchFixture()
        let branch = try StaffedBranch(fixture)
        try DemoBranch.seed(branch.context)
        #expect(branch.context.branch()?.isTraining == false)
        #expect(try branch.context.stored("guide") == nil)
        #expect(try branch.context.count("operators") == 3)
    }
}

/// `TrainingFile.prepare` makes its PIN hashes at the full default strength
/// (it takes no iteration count), so these tests are the slow ones.
@Suite struct TrainingFileTests {
    @Test func refusesARealBranchFileAndLeavesItByteForByteUnchanged() throws {
        let fixture = try BranchFixture()
        let branch = try StaffedBranch(fixture)
        _ = try branch.auth.signIn(username: "li.wei", pin: tellerPIN)
        branch.context.database.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: fixture.path))
        let filesBefore = try fixture.listing()

        for reset in [false, true] {
            let refused = failure { try TrainingFile.prepare(path: fixture.path, reset: reset, terminal: "tty9") }
            #expect(refused == LocalizedMessage(.cliDemoRefusesRealFile, fixture.path))
            #expect(try Data(contentsOf: URL(fileURLWithPath: fixture.path)) == before)
            #expect(try fixture.listing() == filesBefore)
        }
        let context = try fixture.open()
        #expect(context.branch()?.isTraining == false)
        #expect(try context.stored("guide") == nil)
        #expect(try AuditService(context).verify(by: nil).breaches.isEmpty)
    }

    @Test func refusesAFileThatIsNotADatabase() throws {
        let fixture = try BranchFixture(name: "training.sqlite")
        let bytes = Data("not a database\n".utf8)
        try bytes.write(to: URL(fileURLWithPath: fixture.path))
        #expect(failure { try TrainingFile.prepare(path: fixture.path, reset: true, terminal: "tty9") }?.key == .storeNotADatabase)
        #expect(try Data(contentsOf: URL(fileURLWithPath: fixture.path)) == bytes)
    }

    @Test func createsKeepsAndResetsATrainingFile() throws {
        let fixture = try BranchFixture(name: "training.sqlite")
        try TrainingFile.prepare(path: fixture.path, reset: false, terminal: "tty9")
        do {
            let context = try fixture.open()
            #expect(context.branch()?.isTraining == true)
            #expect(try context.count("operators") == DemoBranch.logins.count)
            // A trainee adds an operator during the lesson.
            let adminLogin = try #require(DemoBranch.logins.first { $0.role == .administrator })
            let admin = try AuthenticationService(context).signIn(username: adminLogin.username, pin: adminLogin.pin)
            try OperatorAdministration(context).add(username: "trainee", displayName: "Trainee 学员", role: .teller,
                                                    pin: "802461", by: admin)
            context.database.close()
        }

        // Without reset the training file is kept as it is.
        try TrainingFile.prepare(path: fixture.path, reset: false, terminal: "tty9")
        do {
            let context = try fixture.open()
            #expect(try context.stored("trainee") != nil)
            context.database.close()
        }

        // With reset it goes back to the seed: the added operator is gone.
        try TrainingFile.prepare(path: fixture.path, reset: true, terminal: "tty9")
        let context = try fixture.open()
        #expect(context.branch()?.isTraining == true)
        #expect(try context.stored("trainee") == nil)
        #expect(try context.count("operators") == DemoBranch.logins.count)
        #expect(try context.auditActions().filter { !$0.hasPrefix("ledger.") && $0 != "account.status" } == ["training.seeded"])
        let teller = try #require(DemoBranch.logins.first { $0.role == .teller })
        #expect(try AuthenticationService(context).signIn(username: teller.username, pin: teller.pin).role == .teller)
    }
}
