import BankCore
import BankCrypto
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// A dishonest insider who can write the branch file but has no branch key
/// tries to act as someone else by editing credential rows with sqlite3:
/// planting a PIN hash they know, promoting themselves, reviving a
/// deactivated account, swapping rows, stripping a seal. Each attempt is
/// refused where it would authorise and named by `verify`.
struct CredentialSealTests {
    private static let knownPIN = "111357"
    private static var knownHash: String { PINHash.make(pin: knownPIN, iterations: fastIterations).encoded }

    private func tampered(_ key: StringKey = .storeCredentialTampered, _ body: () throws -> Void) {
        let message = failure { try body() }
        #expect(message?.key == key, "expected \(key), got \(String(describing: message))")
    }

    private func sealBreaches(_ context: BranchContext) throws -> [CredentialSealBreach] {
        try BooksService(context).verify(by: nil).auditBreaches.compactMap {
            if case .credentialSeal(let breach) = $0 { breach } else { nil }
        }
    }

    @Test func aPlantedSupervisorPINIsRefusedAtSignInAndApprovalAndNamedByVerify() throws {
        let fixture = try BranchFixture()
        let staff = try StaffedBranch(fixture)
        try sqliteCLI(fixture.path, "UPDATE operators SET pin_hash = '\(Self.knownHash)' WHERE id = \(staff.supervisor.id);")
        let context = try fixture.open(terminal: "tty2")
        let auth = AuthenticationService(context)
        tampered { _ = try auth.signIn(username: "zhang.min", pin: Self.knownPIN) }
        tampered { _ = try auth.approve(username: "zhang.min", pin: Self.knownPIN, reason: "large cash", maker: staff.teller) }
        #expect(try context.auditActions().last == "login.refused_tampered")
        #expect(try sealBreaches(context) == [CredentialSealBreach(table: .operators, id: staff.supervisor.id, unsealed: false)])
        // The honest operators are unaffected.
        #expect(try auth.signIn(username: "li.wei", pin: tellerPIN).id == staff.teller.id)
    }

    @Test func aTellerPromotedToSupervisorInTheFileCannotActAsOne() throws {
        let fixture = try BranchFixture()
        let staff = try StaffedBranch(fixture)
        let teller = try AuthenticationService(staff.context).signIn(username: "li.wei", pin: tellerPIN)
        try sqliteCLI(fixture.path, "UPDATE operators SET role = 'supervisor' WHERE id = \(teller.id);")
        // The session already open re-reads the actor before every action.
        tampered { _ = try staff.context.read { try staff.context.requireActor(teller, .approve) } }
        let context = try fixture.open(terminal: "tty2")
        tampered { _ = try AuthenticationService(context).signIn(username: "li.wei", pin: tellerPIN) }
        #expect(try sealBreaches(context).map(\.id) == [teller.id])
    }

    @Test func aDeactivatedOperatorRevivedInTheFileStaysOut() throws {
        let fixture = try BranchFixture()
        let staff = try StaffedBranch(fixture)
        try staff.administration.setActive(staff.teller, false, by: staff.admin)
        try sqliteCLI(fixture.path, "UPDATE operators SET active = 1 WHERE id = \(staff.teller.id);")
        tampered { _ = try AuthenticationService(try fixture.open()).signIn(username: "li.wei", pin: tellerPIN) }
    }

    @Test func anApprovalLimitRaisedInTheFileIsRefused() throws {
        let fixture = try BranchFixture()
        let staff = try StaffedBranch(fixture)
        try sqliteCLI(fixture.path, "UPDATE operators SET approval_limit = 999999999999 WHERE id = \(staff.supervisor.id);")
        tampered { _ = try AuthenticationService(try fixture.open()).approve(username: "zhang.min", pin: supervisorPIN,
                                                                            reason: "large cash", maker: staff.teller) }
    }

    @Test func anotherOperatorsRowCopiedWholeDoesNotCarryItsSeal() throws {
        let fixture = try BranchFixture()
        let staff = try StaffedBranch(fixture)
        // The teller's row takes the supervisor's role, PIN hash and seal: the seal names the row's id and username.
        try sqliteCLI(fixture.path, """
            UPDATE operators SET (role, pin_hash, seal) = (SELECT role, pin_hash, seal FROM operators WHERE id = \(staff.supervisor.id))
            WHERE id = \(staff.teller.id);
            """)
        tampered { _ = try AuthenticationService(try fixture.open()).signIn(username: "li.wei", pin: supervisorPIN) }
    }

    @Test func aStrippedSealIsRefusedOnceTheFileWasSealed() throws {
        let fixture = try BranchFixture()
        let staff = try StaffedBranch(fixture)
        try sqliteCLI(fixture.path, "UPDATE operators SET seal = NULL, pin_hash = '\(Self.knownHash)' WHERE id = \(staff.supervisor.id);")
        let context = try fixture.open(terminal: "tty2")
        tampered { _ = try AuthenticationService(context).signIn(username: "zhang.min", pin: Self.knownPIN) }
        #expect(try sealBreaches(context) == [CredentialSealBreach(table: .operators, id: staff.supervisor.id, unsealed: true)])
    }

    @Test func strippingEverySealAndTheMarkerStillShowsInVerify() throws {
        let fixture = try BranchFixture()
        _ = try StaffedBranch(fixture)
        try sqliteCLI(fixture.path, """
            DROP TRIGGER audit_log_no_delete;
            DELETE FROM audit_log WHERE action = '\(CredentialSeal.sealedAction)';
            UPDATE operators SET seal = NULL;
            """)
        let report = try BooksService(try fixture.open()).verify(by: nil)
        #expect(!report.isClean)
    }

    @Test func aPlantedCustomerPINIsRefusedAtVerificationAndNamedByVerify() throws {
        let branch = try LedgerBranch()
        let customer = branch.customers[0]
        try sqliteCLI(branch.fixture.path, "UPDATE customer_credentials SET pin_hash = '\(Self.knownHash)' WHERE customer_id = \(customer.id);")
        let context = try branch.fixture.open(terminal: "tty2")
        tampered(.storeCustomerCredentialTampered) {
            try IdentityService(context).verifyPIN(customerID: customer.id, pin: Self.knownPIN, service: "cash", by: branch.teller)
        }
        #expect(try sealBreaches(context) == [CredentialSealBreach(table: .customerCredentials, id: customer.id, unsealed: false)])
    }

    @Test func theProgramsOwnChangesKeepEveryRowProven() throws {
        let fixture = try BranchFixture()
        let staff = try StaffedBranch(fixture)
        try staff.administration.resetPIN(of: staff.teller, to: "246813", by: staff.admin)
        try staff.administration.setActive(staff.supervisor, false, by: staff.admin)
        try staff.administration.setActive(staff.supervisor, true, by: staff.admin)
        let context = try fixture.open(terminal: "tty2")
        #expect(try AuthenticationService(context).signIn(username: "zhang.min", pin: supervisorPIN).id == staff.supervisor.id)
        #expect(try sealBreaches(context).isEmpty)
        #expect(try context.auditActions().filter { $0 == CredentialSeal.sealedAction }.count == 1)
        #expect(try context.database.scalarInt("SELECT count(*) FROM operators WHERE seal IS NULL") == 0)
    }
}
