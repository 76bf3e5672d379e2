import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// Permissions are enforced by the services, whatever a screen asks for.
@Suite struct OperatorAdministrationTests {
    @Test func aTellerMayNotAddResetOrDeactivate() throws {
        let fixture = try BranchFixture()
        let branch = try StaffedBranch(fixture)
        let admin = branch.administration
        let before = try branch.context.count("audit_log")

        let add = failure { try admin.add(username: "mole", displayName: "Mole", role: .administrator, pin: "802461", by: branch.teller) }
        #expect(add == LocalizedMessage(.errorForbidden, Permission.manageOperators.rawValue))
        #expect(failure { try admin.resetPIN(of: branch.admin, to: "802461", by: branch.teller) }?.key == .errorForbidden)
        #expect(failure { try admin.setActive(branch.admin, false, by: branch.teller) }?.key == .errorForbidden)
        #expect(failure { try admin.setActive(branch.supervisor, false, by: branch.teller) }?.key == .errorForbidden)
        #expect(failure { try admin.list(by: branch.teller) }?.key == .errorForbidden)
        #expect(failure { try AuditService(branch.context).recent(limit: 10, by: branch.teller) }?.key == .errorForbidden)
        #expect(failure { try AuditService(branch.context).verify(by: branch.teller) }?.key == .errorForbidden)

        // A forged Operator value claiming a higher role changes nothing: the role is re-read.
        var forged = branch.teller
        forged.role = .administrator
        #expect(failure { try admin.add(username: "mole", displayName: "Mole", role: .administrator, pin: "802461", by: forged) }?
            .key == .errorForbidden)

        #expect(try branch.context.stored("mole") == nil)
        #expect(try branch.context.count("operators") == 3)
        #expect(try branch.context.stored("admin")?.active == true)
        #expect(try branch.auth.signIn(username: "admin", pin: adminPIN).id == branch.admin.id)
        // Refusals leave no audit rows behind (the sign-in above added one).
        #expect(try branch.context.count("audit_log") == before + 1)
    }

    @Test func aSupervisorMayUnlockButNotAdd() throws {
        let fixture = try BranchFixture()
        let branch = try StaffedBranch(fixture)
        for _ in 1...5 { _ = failure { try branch.auth.signIn(username: "li.wei", pin: "000001") } }
        #expect(failure { try branch.auth.signIn(username: "li.wei", pin: tellerPIN) }?.key == .loginBadCredentials)
        #expect(try branch.context.stored("li.wei")?.lockedUntil != nil)

        let admin = branch.administration
        #expect(failure { try admin.add(username: "newbie", displayName: "New", role: .teller, pin: "802461", by: branch.supervisor) }?
            .key == .errorForbidden)
        #expect(failure { try admin.resetPIN(of: branch.teller, to: "802461", by: branch.supervisor) }?.key == .errorForbidden)
        #expect(failure { try admin.setActive(branch.teller, false, by: branch.supervisor) }?.key == .errorForbidden)
        #expect(try admin.list(by: branch.supervisor).map(\.username) == ["admin", "li.wei", "zhang.min"])

        try admin.unlock(branch.teller, by: branch.supervisor)
        #expect(try branch.auth.signIn(username: "li.wei", pin: tellerPIN).id == branch.teller.id)
        let row = try branch.context.database.queryOne(
            "SELECT operator_id, subject FROM audit_log WHERE action = 'operator.unlock'")
        #expect(row?.int("operator_id") == branch.supervisor.id)
        #expect(row?.string("subject") == "li.wei")
        // Nothing left to unlock.
        #expect(failure { try admin.unlock(branch.teller, by: branch.supervisor) } == LocalizedMessage(.operatorsNotLocked, "li.wei"))
    }

    @Test func unlockAlsoClearsAPartialCount() throws {
        let fixture = try BranchFixture()
        let branch = try StaffedBranch(fixture)
        for _ in 1...2 { _ = failure { try branch.auth.signIn(username: "li.wei", pin: "000001") } }
        try branch.administration.unlock(branch.teller, by: branch.admin)
        #expect(try branch.context.stored("li.wei")?.failedAttempts == 0)
    }

    @Test func unlockOfAMissingOperator() throws {
        let fixture = try BranchFixture()
        let branch = try StaffedBranch(fixture)
        let ghost = Operator(id: 999, username: "ghost", displayName: "Ghost", role: .teller)
        #expect(failure { try branch.administration.unlock(ghost, by: branch.admin) } == LocalizedMessage(.errorOperatorNotFound, "ghost"))
    }

    @Test func anAdministratorCannotDeactivateThemselves() throws {
        let fixture = try BranchFixture()
        let branch = try StaffedBranch(fixture)
        #expect(failure { try branch.administration.setActive(branch.admin, false, by: branch.admin) }
                == LocalizedMessage(.errorSelfDeactivate))
        #expect(try branch.context.stored("admin")?.active == true)
    }

    @Test func theLastActiveAdministratorCannotBeDeactivated() throws {
        let fixture = try BranchFixture()
        let branch = try StaffedBranch(fixture)
        let admin = branch.administration
        // Alone: nobody can deactivate the only administrator.
        #expect(failure { try admin.setActive(branch.admin, false, by: branch.admin) }?.key == .errorSelfDeactivate)
        #expect(failure { try admin.setActive(branch.admin, false, by: branch.supervisor) }?.key == .errorForbidden)
        #expect(try branch.context.operators.countActiveAdministrators() == 1)

        // With a second administrator, one may deactivate the other, but
        // the deactivated one (still "signed in" on another screen) cannot
        // then deactivate the last one left.
        let second = try admin.add(username: "qian.li", displayName: "Qian Li 钱力", role: .administrator,
                                   pin: "802461", by: branch.admin)
        try admin.setActive(second, false, by: branch.admin)
        #expect(failure { try admin.setActive(branch.admin, false, by: second) } == LocalizedMessage(.loginInactive))
        #expect(try branch.context.operators.countActiveAdministrators() == 1)
        #expect(try branch.context.stored("admin")?.active == true)

        // Reactivated, it may again; afterwards it is the last one and stays.
        try admin.setActive(second, true, by: branch.admin)
        try admin.setActive(branch.admin, false, by: second)
        #expect(try branch.context.operators.countActiveAdministrators() == 1)
        #expect(failure { try admin.setActive(second, false, by: second) }?.key == .errorSelfDeactivate)
        #expect(failure { try admin.setActive(second, false, by: branch.admin) }?.key == .loginInactive)
        #expect(try branch.context.stored("qian.li")?.active == true)
    }

    @Test func duplicateUsernameInAnyCaseIsRefused() throws {
        let fixture = try BranchFixture()
        let branch = try StaffedBranch(fixture)
        for name in ["li.wei", "LI.WEI", "Li.Wei", "ADMIN"] {
            let refused = failure {
                try branch.administration.add(username: name, displayName: "Copy", role: .teller, pin: "802461", by: branch.admin)
            }
            #expect(refused == LocalizedMessage(.validUsernameTaken, name))
        }
        #expect(try branch.context.count("operators") == 3)
        #expect(try branch.auth.signIn(username: "li.wei", pin: tellerPIN).displayName == "Li Wei 李伟")
    }

    @Test func addValidatesItsInput() throws {
        let fixture = try BranchFixture()
        let branch = try StaffedBranch(fixture)
        let admin = branch.administration
        #expect(failure { try admin.add(username: "x", displayName: "X", role: .teller, pin: "802461", by: branch.admin) }?.key
                == .validUsername)
        #expect(failure { try admin.add(username: "xiao", displayName: "", role: .teller, pin: "802461", by: branch.admin) }?.key
                == .validName)
        #expect(failure { try admin.add(username: "xiao", displayName: "Xiao", role: .teller, pin: "222222", by: branch.admin) }?.key
                == .validPINWeak)
        #expect(failure { try admin.add(username: "xiao", displayName: "Xiao", role: .teller, pin: "8024", by: branch.admin) }?.key
                == .validPINLength)
        #expect(try branch.context.count("operators") == 3)
    }

    @Test func addTrimsTheNameAndAudits() throws {
        let fixture = try BranchFixture()
        let branch = try StaffedBranch(fixture)
        let added = try branch.administration.add(username: "wang.fang", displayName: "  Wang Fang 王芳  ", role: .guide,
                                                  pin: "802461", by: branch.admin)
        #expect(added.displayName == "Wang Fang 王芳")
        #expect(added.role == .guide)
        #expect(try branch.context.stored("wang.fang")?.displayName == "Wang Fang 王芳")
        let row = try branch.context.database.queryOne(
            "SELECT operator_id, subject, detail FROM audit_log WHERE action = 'operator.add' ORDER BY seq DESC LIMIT 1")
        #expect(row?.int("operator_id") == branch.admin.id)
        #expect(row?.string("subject") == "wang.fang")
        #expect(row?.string("detail") == "role=guide")
        #expect(try branch.auth.signIn(username: "wang.fang", pin: "802461").role == .guide)
    }

    @Test func resetPINClearsALockout() throws {
        let fixture = try BranchFixture()
        let branch = try StaffedBranch(fixture)
        for _ in 1...5 { _ = failure { try branch.auth.signIn(username: "li.wei", pin: "000001") } }
        #expect(try branch.context.stored("li.wei")?.isLocked(at: fixture.clock.now()) == true)

        try branch.administration.resetPIN(of: branch.teller, to: "802461", by: branch.admin)
        let stored = try #require(try branch.context.stored("li.wei"))
        #expect(stored.lockedUntil == nil)
        #expect(stored.failedAttempts == 0)
        // The new PIN works at once; the old one no longer does.
        #expect(try branch.auth.signIn(username: "li.wei", pin: "802461").id == branch.teller.id)
        #expect(failure { try branch.auth.signIn(username: "li.wei", pin: tellerPIN) }?.key == .loginBadCredentials)
        #expect(try branch.context.auditActions().contains("operator.pin_reset"))
    }

    @Test func resetPINValidatesTheNewPIN() throws {
        let fixture = try BranchFixture()
        let branch = try StaffedBranch(fixture)
        let before = try branch.context.storedHash("li.wei")
        #expect(failure { try branch.administration.resetPIN(of: branch.teller, to: "123456", by: branch.admin) }?.key
                == .validPINWeak)
        #expect(try branch.context.storedHash("li.wei") == before)
    }

    @Test func aDeactivatedActorIsRefusedEvenWithAStaleOperatorValue() throws {
        let fixture = try BranchFixture()
        let branch = try StaffedBranch(fixture)
        let admin = branch.administration
        let second = try admin.add(username: "qian.li", displayName: "Qian Li", role: .administrator, pin: "802461", by: branch.admin)
        // The second administrator's screen still holds its Operator value…
        let heldByScreen = try branch.auth.signIn(username: "qian.li", pin: "802461")
        #expect(heldByScreen.active)
        // …when the first administrator deactivates it from another terminal.
        let otherTerminal = OperatorAdministration(try fixture.open(terminal: "tty2"))
        try otherTerminal.setActive(second, false, by: branch.admin)

        #expect(failure { try admin.add(username: "mole", displayName: "Mole", role: .teller, pin: "802462", by: heldByScreen) }
                == LocalizedMessage(.loginInactive))
        #expect(failure { try admin.resetPIN(of: branch.admin, to: "802462", by: heldByScreen) } == LocalizedMessage(.loginInactive))
        #expect(failure { try admin.setActive(branch.admin, false, by: heldByScreen) } == LocalizedMessage(.loginInactive))
        #expect(failure { try admin.unlock(branch.teller, by: heldByScreen) } == LocalizedMessage(.loginInactive))
        #expect(failure { try admin.list(by: heldByScreen) } == LocalizedMessage(.loginInactive))
        #expect(failure { try AuditService(branch.context).recent(limit: 5, by: heldByScreen) } == LocalizedMessage(.loginInactive))
        #expect(failure {
            try BranchSettingsService(branch.context).update(SecuritySettings.defaults, by: heldByScreen)
        } == LocalizedMessage(.loginInactive))
        #expect(try branch.context.stored("mole") == nil)
        #expect(try branch.auth.signIn(username: "admin", pin: adminPIN).id == branch.admin.id)
    }

    @Test func anActorThatNoLongerExistsIsRefused() throws {
        let fixture = try BranchFixture()
        let branch = try StaffedBranch(fixture)
        let phantom = Operator(id: 4242, username: "phantom", displayName: "Phantom", role: .administrator)
        #expect(failure { try branch.administration.list(by: phantom) } == LocalizedMessage(.loginInactive))
    }

    @Test func reactivationLetsTheOperatorBackIn() throws {
        let fixture = try BranchFixture()
        let branch = try StaffedBranch(fixture)
        try branch.administration.setActive(branch.teller, false, by: branch.admin)
        #expect(try branch.context.stored("li.wei")?.active == false)
        try branch.administration.setActive(branch.teller, true, by: branch.admin)
        #expect(try branch.auth.signIn(username: "li.wei", pin: tellerPIN).active)
        let actions = try branch.context.auditActions()
        #expect(actions.contains("operator.deactivate"))
        #expect(actions.contains("operator.reactivate"))
    }
}
