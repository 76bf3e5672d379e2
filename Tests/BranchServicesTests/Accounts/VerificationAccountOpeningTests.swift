import BankCore
import BankCrypto
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

extension AccountOpeningTests {
    /// Verifying the person: card PIN (with blocking and supervisor reset),
    /// one-time codes on the manual clock, and the rule that a verification
    /// counts only for its service and only for a while.
    @Suite("Customer verification") struct CustomerVerification {
        static func verifications(_ branch: OpeningBranch, _ customer: Customer) throws
            -> [(service: String, method: String, passed: Bool, at: Date)] {
            try branch.context.identityRecords.verifications(customerID: customer.id).reversed()
        }

        @Test func pinRulesBlockingAndSupervisorReset() throws {
            let branch = try OpeningBranch()
            let customer = try branch.register("Wang Xiaoming")
            let identity = branch.identity

            #expect(failure { try identity.setPIN(customerID: customer.id, pin: "48291", approval: nil, by: branch.teller) }?.key
                    == .customerPINLength)
            #expect(failure { try identity.setPIN(customerID: customer.id, pin: "111111", approval: nil, by: branch.teller) }?.key
                    == .validPINWeak)
            #expect(identity.credential(customerID: customer.id) == nil)
            #expect(failure {
                try identity.verifyPIN(customerID: customer.id, pin: "482915", service: "cash", by: branch.teller)
            }?.key == .customerNoPIN)

            try branch.setPIN(customer, "482915")
            let stored = try #require(identity.credential(customerID: customer.id))
            #expect(stored.pinHash != nil)
            #expect(stored.pinHash?.contains("482915") == false)

            try identity.verifyPIN(customerID: customer.id, pin: "482915", service: "cash:deposit", by: branch.teller)
            #expect(identity.isVerified(customerID: customer.id, service: "cash:deposit", by: branch.teller))
            let first = try Self.verifications(branch, customer)
            #expect(first.count == 1)
            #expect(first.first.map { [$0.service, $0.method] } == ["cash:deposit", "pin"])
            #expect(first.first?.passed == true)

            let wrong1 = failure {
                try identity.verifyPIN(customerID: customer.id, pin: "000001", service: "cash:deposit", by: branch.teller)
            }
            #expect(wrong1 == LocalizedMessage(.customerPINWrong, "2"))
            let wrong2 = failure {
                try identity.verifyPIN(customerID: customer.id, pin: "000002", service: "cash:deposit", by: branch.teller)
            }
            #expect(wrong2 == LocalizedMessage(.customerPINWrong, "1"))
            let wrong3 = failure {
                try identity.verifyPIN(customerID: customer.id, pin: "000003", service: "cash:deposit", by: branch.teller)
            }
            #expect(wrong3?.key == .customerPINNowBlocked)
            #expect(identity.credential(customerID: customer.id)?.pinBlocked == true)
            #expect(try Self.verifications(branch, customer).map(\.passed) == [true, false, false, false])

            // Blocked: even the right PIN is refused, and nobody resets it alone or without the customer confirming.
            #expect(failure {
                try identity.verifyPIN(customerID: customer.id, pin: "482915", service: "cash:deposit", by: branch.teller)
            }?.key == .customerPINBlocked)
            let approval = try branch.credentialApproval(customer)
            #expect(failure { try identity.setPIN(customerID: customer.id, pin: "739164", approval: nil, by: branch.teller) }?.key
                    == .credentialNeedsApproval)
            #expect(failure { try identity.setPIN(customerID: customer.id, pin: "739164", approval: approval, by: branch.teller) }?.key
                    == .credentialReplaceNotConfirmed)
            #expect(identity.credential(customerID: customer.id)?.pinBlocked == true)

            // With the document checked, a supervisor's approval and the replacement confirmed it is reset;
            // the new PIN works and the old one does not.
            try identity.setPIN(customerID: customer.id, pin: "739164", replacing: true, approval: approval, by: branch.teller)
            let reset = try #require(identity.credential(customerID: customer.id))
            #expect(reset.pinBlocked == false)
            #expect(reset.pinFailures == 0)
            try identity.verifyPIN(customerID: customer.id, pin: "739164", service: "cash:withdrawal", by: branch.teller)
            #expect(failure {
                try identity.verifyPIN(customerID: customer.id, pin: "482915", service: "cash:withdrawal", by: branch.teller)
            } == LocalizedMessage(.customerPINWrong, "2"))

            let actions = try branch.auditActions()
            #expect(actions.filter { $0 == "customer.pin_set" }.count == 1)
            #expect(actions.filter { $0 == "customer.pin_blocked" }.count == 1)
            #expect(actions.filter { $0 == "customer.pin_reset" }.count == 1)
        }

        @Test func oneTimeCodesOnTheManualClock() throws {
            let branch = try OpeningBranch()
            let customer = try branch.register("Wang Xiaoming")
            let identity = branch.identity

            #expect(failure {
                try identity.verifyOneTimeCode(customerID: customer.id, code: "123456", service: "general", by: branch.teller)
            }?.key == .customerNoOTP)

            let uri = try identity.enrolOneTimeCode(customerID: customer.id, accountName: "Wang Xiaoming",
                                                    approval: try branch.credentialApproval(customer), by: branch.teller)
            #expect(uri.hasPrefix("otpauth://totp/"))
            #expect(uri.contains("secret="))
            let hex = try #require(try branch.context.identityRecords.credential(customerID: customer.id)?.totpSecretHex)
            let secret = try #require(Hex.decode(hex))
            #expect(secret.count == TOTP.secretLength)
            #expect(uri.contains("secret=\(Base32.encode(secret, padded: false))&"))

            let now = branch.clock.now()
            let current = TOTP.code(secret: secret, at: now)
            try identity.verifyOneTimeCode(customerID: customer.id, code: current, service: "general", by: branch.teller)
            #expect(identity.isVerified(customerID: customer.id, service: "general", by: branch.teller))

            #expect(failure {
                try identity.verifyOneTimeCode(customerID: customer.id, code: current, service: "general", by: branch.teller)
            }?.key == .customerOTPReplayed)

            let old = TOTP.code(secret: secret, at: now - 60)
            let window = (-1...1).map { TOTP.code(secret: secret, step: TOTP.step(at: now) + Int64($0)) }
            if !window.contains(old) {  // a 1-in-a-million coincidence of codes would make this check meaningless
                #expect(failure {
                    try identity.verifyOneTimeCode(customerID: customer.id, code: old, service: "general", by: branch.teller)
                }?.key == .customerOTPWrong)
            }
            #expect(failure {
                try identity.verifyOneTimeCode(customerID: customer.id, code: "12a456", service: "general", by: branch.teller)
            }?.key == .customerOTPMalformed)

            // Half a minute later the next code is fresh and passes.
            branch.clock.advance(by: 30)
            let next = TOTP.code(secret: secret, at: branch.clock.now())
            try identity.verifyOneTimeCode(customerID: customer.id, code: next, service: "general", by: branch.teller)

            let recorded = try Self.verifications(branch, customer)
            #expect(recorded.map(\.method).allSatisfy { $0 == "otp" })
            let expected = window.contains(old) ? [true, false, false, true] : [true, false, false, false, true]
            #expect(recorded.map(\.passed) == expected)
            #expect(try branch.auditActions().contains("customer.otp_enrol"))
        }

        @Test func aVerificationCountsOnlyForItsServiceAndOnlyForAWhile() throws {
            let branch = try OpeningBranch()
            let customer = try branch.register("Wang Xiaoming")
            let identity = branch.identity
            try branch.setPIN(customer, "482915")
            try identity.verifyPIN(customerID: customer.id, pin: "482915", service: "general", by: branch.teller)

            #expect(identity.isVerified(customerID: customer.id, service: "general", by: branch.teller))
            #expect(!identity.isVerified(customerID: customer.id, service: "account_opening:1", by: branch.teller))
            #expect(!identity.isVerified(customerID: customer.id, service: AccountOpeningService.verificationService(applicationID: 1), by: branch.teller))

            // A failed attestation does not verify anyone.
            try identity.attest(customerID: customer.id, method: .face, passed: false, service: "account_opening:1", by: branch.teller)
            #expect(!identity.isVerified(customerID: customer.id, service: "account_opening:1", by: branch.teller))
            // A PIN is not something a teller attests.
            #expect(failure {
                try identity.attest(customerID: customer.id, method: .pin, passed: true, service: "account_opening:1", by: branch.teller)
            }?.key == .unexpectedError)

            branch.clock.advance(by: IdentityService.verificationLifetime - 1)
            #expect(identity.isVerified(customerID: customer.id, service: "general", by: branch.teller))
            branch.clock.advance(by: 2)
            #expect(!identity.isVerified(customerID: customer.id, service: "general", by: branch.teller))
        }
    }
}
