import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

@Suite struct AuthenticationServiceTests {
    @Test func correctPINSignsIn() throws {
        let fixture = try BranchFixture()
        let branch = try StaffedBranch(fixture)
        let op = try branch.auth.signIn(username: "li.wei", pin: tellerPIN)
        #expect(op.id == branch.teller.id)
        #expect(op.role == .teller)
        #expect(op.displayName == "Li Wei 李伟")
        #expect(op.failedAttempts == 0)
        #expect(op.lockedUntil == nil)
        #expect(try branch.context.auditActions().last == "login.success")
    }

    @Test func usernameIgnoresLetterCaseAndSurroundingSpaces() throws {
        let fixture = try BranchFixture()
        let branch = try StaffedBranch(fixture)
        #expect(try branch.auth.signIn(username: "  LI.Wei ", pin: tellerPIN).id == branch.teller.id)
    }

    @Test func wrongPINsCountDownThenLockForThirtyMinutes() throws {
        let fixture = try BranchFixture()
        let branch = try StaffedBranch(fixture)
        let auth = branch.auth
        for _ in 1...4 {
            // Worded as for an unknown ID, so wrong guesses do not show which IDs exist.
            let refused = failure { try auth.signIn(username: "li.wei", pin: "000001") }
            #expect(refused == LocalizedMessage(.loginBadCredentials))
        }
        #expect(try branch.context.stored("li.wei")?.failedAttempts == 4)

        // The locking PIN reads as any wrong PIN too: sign-in never shows that an ID exists or is locked.
        #expect(failure { try auth.signIn(username: "li.wei", pin: "000001") } == LocalizedMessage(.loginBadCredentials))
        let locked = try #require(try branch.context.stored("li.wei"))
        #expect(locked.failedAttempts == 0)
        #expect(locked.lockedUntil == fixture.clock.now() + 30 * 60)

        // While locked even the right PIN is refused, worded as for an unknown ID (so it does not
        // confirm the PIN either).
        let whileLocked = failure { try auth.signIn(username: "li.wei", pin: tellerPIN) }
        #expect(whileLocked == LocalizedMessage(.loginBadCredentials))
        fixture.clock.advance(by: 30 * 60 - 1)
        #expect(failure { try auth.signIn(username: "li.wei", pin: tellerPIN) } == LocalizedMessage(.loginBadCredentials))

        fixture.clock.advance(by: 1)
        let op = try auth.signIn(username: "li.wei", pin: tellerPIN)
        #expect(op.id == branch.teller.id)
        let cleared = try #require(try branch.context.stored("li.wei"))
        #expect(cleared.failedAttempts == 0)
        #expect(cleared.lockedUntil == nil)

        // Other operators were never affected.
        #expect(try auth.signIn(username: "zhang.min", pin: supervisorPIN).id == branch.supervisor.id)
    }

    @Test func auditRecordsSuccessFailureAndLockout() throws {
        let fixture = try BranchFixture()
        let branch = try StaffedBranch(fixture)
        _ = try branch.auth.signIn(username: "li.wei", pin: tellerPIN)
        for _ in 1...5 { _ = failure { try branch.auth.signIn(username: "li.wei", pin: "000001") } }
        _ = failure { try branch.auth.signIn(username: "li.wei", pin: tellerPIN) }
        _ = failure { try branch.auth.signIn(username: "ghost", pin: tellerPIN) }

        let rows = try branch.context.database.query(
            "SELECT action, operator_id, subject, detail, terminal FROM audit_log WHERE action LIKE 'login.%' ORDER BY seq")
        let actions = rows.map { $0.string("action") ?? "" }
        #expect(actions == ["login.success", "login.failure", "login.failure", "login.failure", "login.failure",
                            "login.failure", "login.lockout", "login.refused_locked", "login.failure"])
        #expect(rows.dropLast().allSatisfy { $0.int("operator_id") == branch.teller.id })
        #expect(rows.allSatisfy { $0.string("terminal") == "tty1" })
        #expect(rows[1].string("detail") == "attempt 1")
        #expect(rows[5].string("detail") == "attempt 5")
        // The unknown operator is recorded by the name typed, with no operator id.
        #expect(rows.last?.int("operator_id") == nil)
        #expect(rows.last?.string("subject") == "ghost")
        #expect(try AuditService(branch.context).verify(by: nil).breaches.isEmpty)
    }

    @Test func unknownUsernameGivesBadCredentials() throws {
        let fixture = try BranchFixture()
        let branch = try StaffedBranch(fixture)
        #expect(failure { try branch.auth.signIn(username: "nobody", pin: tellerPIN) } == LocalizedMessage(.loginBadCredentials))
        #expect(failure { try branch.auth.signIn(username: "", pin: "") } == LocalizedMessage(.loginBadCredentials))
        #expect(failure { try branch.auth.signIn(username: "x' OR '1'='1", pin: tellerPIN) } == LocalizedMessage(.loginBadCredentials))
    }

    @Test func aFileWithoutOperatorsSignsNobodyIn() throws {
        let fixture = try BranchFixture()
        let context = try fixture.open()
        #expect(failure { try AuthenticationService(context).signIn(username: "admin", pin: adminPIN) }?.key
                == .loginBadCredentials)
    }

    @Test func deactivatedOperatorIsRefused() throws {
        let fixture = try BranchFixture()
        let branch = try StaffedBranch(fixture)
        try branch.administration.setActive(branch.teller, false, by: branch.admin)
        #expect(failure { try branch.auth.signIn(username: "li.wei", pin: tellerPIN) } == LocalizedMessage(.loginInactive))
        #expect(try branch.context.auditActions().last == "login.refused_inactive")
        // A wrong PIN says nothing about the deactivation.
        #expect(failure { try branch.auth.signIn(username: "li.wei", pin: "000001") }?.key == .loginBadCredentials)
        try branch.administration.setActive(branch.teller, true, by: branch.admin)
        #expect(try branch.auth.signIn(username: "li.wei", pin: tellerPIN).active)
    }

    @Test func aGoodSignInResetsTheCount() throws {
        let fixture = try BranchFixture()
        let branch = try StaffedBranch(fixture)
        for _ in 1...3 { _ = failure { try branch.auth.signIn(username: "li.wei", pin: "000001") } }
        _ = try branch.auth.signIn(username: "li.wei", pin: tellerPIN)
        #expect(failure { try branch.auth.signIn(username: "li.wei", pin: "000001") } == LocalizedMessage(.loginBadCredentials))
        #expect(try branch.context.stored("li.wei")?.failedAttempts == 1)
    }

    @Test func configuredSettingsTakeEffect() throws {
        let fixture = try BranchFixture()
        let branch = try StaffedBranch(fixture)
        let settings = BranchSettingsService(branch.context)
        #expect(settings.security() == SecuritySettings.defaults)
        let new = SecuritySettings(maxAttempts: 3, lockoutMinutes: 10, idleMinutes: 7)
        try settings.update(new, by: branch.admin)
        #expect(settings.security() == new)
        #expect(settings.security().lockoutPolicy == LockoutPolicy(maxAttempts: 3, lockDuration: 600))
        #expect(settings.security().idleTimeout == 7 * 60)
        #expect(try branch.context.auditActions().last == "settings.security")

        // Another terminal on the same file follows the new rules.
        let other = try fixture.open(terminal: "tty2")
        let auth = AuthenticationService(other)
        #expect(failure { try auth.signIn(username: "li.wei", pin: "000001") } == LocalizedMessage(.loginBadCredentials))
        #expect(failure { try auth.signIn(username: "li.wei", pin: "000001") } == LocalizedMessage(.loginBadCredentials))
        #expect(failure { try auth.signIn(username: "li.wei", pin: "000001") } == LocalizedMessage(.loginBadCredentials))
        #expect(try branch.context.stored("li.wei")?.lockedUntil == fixture.clock.now() + 10 * 60)
        fixture.clock.advance(by: 10 * 60 - 1)
        #expect(failure { try auth.signIn(username: "li.wei", pin: tellerPIN) } == LocalizedMessage(.loginBadCredentials))
        fixture.clock.advance(by: 1)
        #expect(try auth.signIn(username: "li.wei", pin: tellerPIN).id == branch.teller.id)
    }

    @Test func settingsOutsideTheirRangeOrFromTheWrongRoleAreRefused() throws {
        let fixture = try BranchFixture()
        let branch = try StaffedBranch(fixture)
        let settings = BranchSettingsService(branch.context)
        #expect(failure { try settings.update(SecuritySettings(maxAttempts: 2, lockoutMinutes: 10, idleMinutes: 5), by: branch.admin) }
                == LocalizedMessage(.validNumberRange, "3", "10"))
        #expect(failure { try settings.update(SecuritySettings(maxAttempts: 5, lockoutMinutes: 0, idleMinutes: 5), by: branch.admin) }
                == LocalizedMessage(.validNumberRange, "1", "1440"))
        #expect(failure { try settings.update(SecuritySettings(maxAttempts: 5, lockoutMinutes: 10, idleMinutes: 61), by: branch.admin) }
                == LocalizedMessage(.validNumberRange, "1", "60"))
        let good = SecuritySettings(maxAttempts: 4, lockoutMinutes: 15, idleMinutes: 3)
        #expect(failure { try settings.update(good, by: branch.teller) }?.key == .errorForbidden)
        #expect(failure { try settings.update(good, by: branch.supervisor) }?.key == .errorForbidden)
        #expect(settings.security() == SecuritySettings.defaults)
    }

    @Test func nonsenseStoredSettingsFallBackToDefaults() throws {
        let fixture = try BranchFixture()
        let branch = try StaffedBranch(fixture)
        try branch.context.settings.set("security.max_attempts", "banana")
        try branch.context.settings.set("security.lockout_minutes", "0")
        try branch.context.settings.set("security.idle_minutes", "-5")
        #expect(BranchSettingsService(branch.context).security() == SecuritySettings.defaults)
    }

    @Test func unlockTerminalChecksThePINAndCountsFailures() throws {
        let fixture = try BranchFixture()
        let branch = try StaffedBranch(fixture)
        let auth = branch.auth
        let op = try auth.signIn(username: "li.wei", pin: tellerPIN)
        try auth.recordLock(for: op, idle: true)
        try auth.unlockTerminal(for: op, pin: tellerPIN)

        try auth.recordLock(for: op, idle: false)
        for left in ["4", "3", "2", "1"] {
            #expect(failure { try auth.unlockTerminal(for: op, pin: "000001") } == LocalizedMessage(.loginAttemptsLeft, left))
        }
        #expect(failure { try auth.unlockTerminal(for: op, pin: "000001") } == LocalizedMessage(.loginNowLocked, "30"))
        #expect(failure { try auth.unlockTerminal(for: op, pin: tellerPIN) }?.key == .loginLocked)
        #expect(failure { try auth.signIn(username: "li.wei", pin: tellerPIN) } == LocalizedMessage(.loginBadCredentials))

        let actions = try branch.context.auditActions()
        #expect(actions.filter { $0 == "terminal.lock" }.count == 2)
        #expect(actions.filter { $0 == "terminal.unlock" }.count == 1)
        #expect(actions.filter { $0 == "terminal.unlock_failure" }.count == 5)
        #expect(actions.contains("login.lockout"))
        let lockDetails = try branch.context.database.query(
            "SELECT detail FROM audit_log WHERE action = 'terminal.lock' ORDER BY seq").map { $0.string("detail") }
        #expect(lockDetails == ["idle", "key"])

        fixture.clock.advance(by: 30 * 60)
        try auth.unlockTerminal(for: op, pin: tellerPIN)
        try auth.recordSignOut(for: op)
        #expect(try branch.context.auditActions().last == "logout")
    }

    @Test func unlockTerminalRefusesAnOperatorDeactivatedMeanwhile() throws {
        let fixture = try BranchFixture()
        let branch = try StaffedBranch(fixture)
        let op = try branch.auth.signIn(username: "li.wei", pin: tellerPIN)
        try branch.administration.setActive(branch.teller, false, by: branch.admin)
        #expect(failure { try branch.auth.unlockTerminal(for: op, pin: tellerPIN) } == LocalizedMessage(.loginInactive))
    }

    @Test func unlockTerminalAfterALockoutElsewhere() throws {
        // The operator was locked out at another terminal while this one was locked.
        let fixture = try BranchFixture()
        let branch = try StaffedBranch(fixture)
        let op = try branch.auth.signIn(username: "li.wei", pin: tellerPIN)
        let other = AuthenticationService(try fixture.open(terminal: "tty2"))
        for _ in 1...5 { _ = failure { try other.signIn(username: "li.wei", pin: "000001") } }
        #expect(failure { try branch.auth.unlockTerminal(for: op, pin: tellerPIN) }?.key == .loginLocked)
    }
}
