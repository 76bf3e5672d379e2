import BankCore
import BankCrypto
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

@Suite struct SetupServiceTests {
    @Test func createsTheBranchAndItsFirstAdministratorTogether() throws {
        let fixture = try BranchFixture()
        let context = try fixture.open()
        let setup = SetupService(context)
        #expect(setup.needsSetup)
        #expect(context.branch() == nil)

        let admin = try setup.createBranch(code: "br01", name: "Zhongshan Road 中山路支行",
                                           businessDate: try #require(BusinessDate("2026-01-05")),
                                           adminUsername: "admin", adminName: "Zhao Lei 赵磊", pin: adminPIN)
        #expect(admin.role == .administrator)
        #expect(admin.username == "admin")
        #expect(admin.active)
        #expect(!setup.needsSetup)
        #expect(context.branch() == Branch(code: "BR01", name: "Zhongshan Road 中山路支行",
                                           businessDate: try #require(BusinessDate("2026-01-05")), isTraining: false))
        #expect(try context.count("operators") == 1)
        #expect(try context.auditActions() == [CredentialSeal.sealedAction, "setup.branch_created"])

        // Another terminal opening the same file sees it, and the administrator can sign in there.
        let other = try fixture.open(terminal: "tty2")
        #expect(!SetupService(other).needsSetup)
        let signedIn = try AuthenticationService(other).signIn(username: "admin", pin: adminPIN)
        #expect(signedIn.id == admin.id)
    }

    struct BadInput: Sendable, CustomTestStringConvertible {
        var code = "BR01"
        var name = "Main Branch"
        var username = "admin"
        var adminName = "Zhao Lei"
        var pin = adminPIN
        var expected: StringKey
        var testDescription: String { "\(expected.rawValue)" }
    }

    static let badInputs: [BadInput] = [
        BadInput(code: "", expected: .validBranchCode),
        BadInput(code: "BR-01", expected: .validBranchCode),
        BadInput(code: "ABCDEFGHIJKLM", expected: .validBranchCode),
        BadInput(name: "   ", expected: .validName),
        BadInput(name: "Main\u{1B}Branch", expected: .validName),
        BadInput(username: "ad", expected: .validUsername),
        BadInput(username: "9admin", expected: .validUsername),
        BadInput(username: "ad min", expected: .validUsername),
        BadInput(adminName: "", expected: .validName),
        BadInput(adminName: String(repeating: "赵", count: 41), expected: .validName),
        BadInput(pin: "12345", expected: .validPINLength),
        BadInput(pin: "13579x", expected: .validPINDigits),
        BadInput(pin: "111111", expected: .validPINWeak),
        BadInput(pin: "123456", expected: .validPINWeak),
        BadInput(pin: "987654", expected: .validPINWeak),
    ]

    @Test(arguments: badInputs)
    func invalidInputIsRefusedAndNothingIsSaved(_ input: BadInput) throws {
        let fixture = try BranchFixture()
        let context = try fixture.open()
        let refused = failure {
            try SetupService(context).createBranch(code: input.code, name: input.name,
                                                   businessDate: BusinessDate(year: 2026, month: 1, day: 5)!,
                                                   adminUsername: input.username, adminName: input.adminName, pin: input.pin)
        }
        #expect(refused?.key == input.expected)
        #expect(try context.count("branch") == 0)
        #expect(try context.count("operators") == 0)
        #expect(try context.count("audit_log") == 0)
        #expect(SetupService(context).needsSetup)
    }

    @Test func setupTwiceIsRefusedAndChangesNothing() throws {
        let fixture = try BranchFixture()
        let context = try fixture.open()
        let setup = SetupService(context)
        let date = try #require(BusinessDate("2026-01-05"))
        try setup.createBranch(code: "BR01", name: "First", businessDate: date, adminUsername: "admin",
                               adminName: "First Admin", pin: adminPIN)
        let again = failure {
            try setup.createBranch(code: "BR02", name: "Second", businessDate: date, adminUsername: "boss",
                                   adminName: "Second Admin", pin: "802468")
        }
        #expect(again != nil)
        #expect(context.branch()?.code == "BR01")
        #expect(context.branch()?.name == "First")
        #expect(try context.count("operators") == 1)
        #expect(try context.stored("boss") == nil)
        #expect(try context.auditActions() == [CredentialSeal.sealedAction, "setup.branch_created"])
        // A second terminal that missed the first setup is refused the same way.
        let other = try fixture.open(terminal: "tty2")
        #expect(failure {
            try SetupService(other).createBranch(code: "BR03", name: "Third", businessDate: date, adminUsername: "chief",
                                                 adminName: "Third Admin", pin: "802468")
        } != nil)
        #expect(try other.count("operators") == 1)
    }

    @Test func aFailureHalfwayRollsBackTheBranchToo() throws {
        let fixture = try BranchFixture()
        try fixture.open().database.close()
        // Someone put an operator called ADMIN in the file by hand: inserting
        // the administrator fails after the branch row was written.
        try sqliteCLI(fixture.path, """
            INSERT INTO operators (username, display_name, role, pin_hash, created_at)
            VALUES ('ADMIN', 'Stray', 'teller', 'x', 0);
            """)
        let context = try fixture.open()
        let refused = failure {
            try SetupService(context).createBranch(code: "BR01", name: "Main", businessDate: BusinessDate("2026-01-05")!,
                                                   adminUsername: "admin", adminName: "Zhao Lei", pin: adminPIN)
        }
        #expect(refused != nil)
        #expect(try context.count("branch") == 0)
        #expect(try context.count("operators") == 1)
        #expect(try context.count("audit_log") == 0)
        #expect(SetupService(context).needsSetup)
    }

    @Test func trainingFlagIsStored() throws {
        let fixture = try BranchFixture()
        let context = try fixture.open()
        try SetupService(context).createBranch(code: "TR01", name: "Classroom", businessDate: BusinessDate("2026-01-05")!,
                                               adminUsername: "admin", adminName: "Trainer Admin", pin: adminPIN,
                                               training: true)
        #expect(context.branch()?.isTraining == true)
    }

    /// The one test that pays for the real hash strength: without an
    /// override, the stored PIN hash uses the recommended PBKDF2 iterations.
    @Test func storedPINHashUsesTheRecommendedStrengthByDefault() throws {
        let fixture = try BranchFixture()
        let context = try BranchContext.open(path: fixture.path, clock: fixture.clock, terminal: "tty1")
        #expect(context.pinIterations == PINHash.recommendedIterations)
        try SetupService(context).createBranch(code: "BR01", name: "Main", businessDate: BusinessDate("2026-01-05")!,
                                               adminUsername: "admin", adminName: "Zhao Lei", pin: adminPIN)
        context.database.close()

        let encoded = try sqliteCLI(fixture.path, "SELECT pin_hash FROM operators WHERE username = 'admin';")
        let parts = encoded.split(separator: "$", omittingEmptySubsequences: false)
        #expect(parts.count == 4)
        #expect(parts.first == "pbkdf2-sha256")
        #expect(parts.count > 1 && Int(parts[1]) == PINHash.recommendedIterations)
        #expect(!encoded.contains(adminPIN))
        let hash = try #require(PINHash(encoded: encoded))
        #expect(hash.iterations == 600_000)
        #expect(hash.verify(adminPIN))
        #expect(!hash.verify("135791"))
    }

    @Test func weakerStoredHashesAreUpgradedAtTheNextSignIn() throws {
        let fixture = try BranchFixture()
        let branch = try StaffedBranch(fixture)
        let original = try #require(try branch.context.storedHash("li.wei"))
        #expect(PINHash(encoded: original)?.iterations == fastIterations)
        let stronger = try BranchContext.open(path: fixture.path, clock: fixture.clock, terminal: "tty2",
                                              pinIterations: fastIterations * 2)
        _ = try AuthenticationService(stronger).signIn(username: "li.wei", pin: tellerPIN)
        let upgradedText = try #require(try stronger.storedHash("li.wei"))
        let upgraded = try #require(PINHash(encoded: upgradedText))
        #expect(upgraded.iterations == fastIterations * 2)
        #expect(upgraded.verify(tellerPIN))
        // A wrong PIN never rewrites the hash.
        let before = try stronger.storedHash("zhang.min")
        _ = failure { try AuthenticationService(stronger).signIn(username: "zhang.min", pin: "000001") }
        #expect(try stronger.storedHash("zhang.min") == before)
    }
}

@Suite struct BranchContextOpenTests {
    @Test func aFileThatIsNotADatabaseIsRefusedUnchanged() throws {
        let fixture = try BranchFixture(name: "notes.txt")
        let bytes = Data("Quarterly notes, not a database at all.\n".utf8)
        try bytes.write(to: URL(fileURLWithPath: fixture.path))
        let refused = failure { try fixture.open() }
        #expect(refused?.key == .storeNotADatabase)
        #expect(refused?.arguments.first == fixture.path)
        #expect(try Data(contentsOf: URL(fileURLWithPath: fixture.path)) == bytes)
    }

    @Test func aFolderIsRefused() throws {
        let fixture = try BranchFixture()
        try FileManager.default.createDirectory(atPath: fixture.path, withIntermediateDirectories: true)
        #expect(failure { try fixture.open() }?.key == .storeCannotOpen)
    }

    @Test func aNewFileStartsWithoutABranch() throws {
        let fixture = try BranchFixture()
        let context = try fixture.open()
        #expect(context.branch() == nil)
        #expect(FileManager.default.fileExists(atPath: fixture.path))
        #expect(context.terminal == "tty1")
        #expect(context.pinIterations == fastIterations)
    }
}
