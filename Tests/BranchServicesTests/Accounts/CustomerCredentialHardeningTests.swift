import BankCore
import BankCrypto
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// Issue 12: a customer's PIN may not be weak or their date of birth; wrong
/// one-time codes block codes as wrong PINs block the PIN.
@Suite struct CustomerCredentialHardeningTests {
    @Test(arguments: ["830321", "210383", "032183", "121212", "123123", "520520"])
    func weakCustomerPINsAreRefused(_ pin: String) throws {
        let branch = try OpeningBranch()
        let customer = try branch.register("Wang Xiaoming", birth: "1983-03-21")
        let refusal = failure { try branch.identity.setPIN(customerID: customer.id, pin: pin, approval: try branch.credentialApproval(customer), by: branch.teller) }
        #expect(refusal?.key == .validPINWeak || refusal?.key == .validPINBirthDate)
        #expect(branch.identity.credential(customerID: customer.id)?.pinHash == nil)
    }

    /// The enrolled secret, read from the URI shown at enrolment.
    private func secret(of uri: String) throws -> [UInt8] {
        let query = try #require(URLComponents(string: uri)?.queryItems)
        let text = try #require(query.first { $0.name == "secret" }?.value)
        return try #require(Base32.decode(text))
    }

    @Test func wrongOneTimeCodesBlockCodesUntilASupervisorUnblocks() throws {
        let branch = try OpeningBranch()
        let customer = try branch.register("Wang Xiaoming")
        let identity = branch.identity
        let secret = try secret(of: try identity.enrolOneTimeCode(customerID: customer.id, accountName: "Wang", approval: try branch.credentialApproval(customer), by: branch.teller))
        let now = branch.clock.now()
        let good = TOTP.code(secret: secret, at: now)
        let window = Set((-1...1).map { TOTP.code(secret: secret, step: TOTP.step(at: now) + Int64($0)) })
        let wrong = (0..<20).map { String(format: "%06d", 100_003 + $0 * 37_171) }.filter { !window.contains($0) }
        // A malformed code is no guess and does not count.
        #expect(failure { try identity.verifyOneTimeCode(customerID: customer.id, code: "12a456", service: "general", by: branch.teller) }?.key
                == .customerOTPMalformed)
        for code in wrong.prefix(IdentityService.maxOTPFailures - 1) {
            #expect(failure { try identity.verifyOneTimeCode(customerID: customer.id, code: code, service: "general", by: branch.teller) }?.key
                    == .customerOTPWrong)
        }
        #expect(!identity.isOneTimeCodeBlocked(customerID: customer.id))
        #expect(failure { try identity.verifyOneTimeCode(customerID: customer.id, code: wrong[5], service: "general", by: branch.teller) }?.key
                == .customerOTPBlocked)
        // Now even the right code is refused, and a teller cannot unblock.
        #expect(failure { try identity.verifyOneTimeCode(customerID: customer.id, code: good, service: "general", by: branch.teller) }?.key
                == .customerOTPBlocked)
        #expect(!identity.isVerified(customerID: customer.id, service: "general", by: branch.teller))
        #expect(failure { try identity.unblockOneTimeCode(customerID: customer.id, by: branch.teller) }?.key == .errorForbidden)
        try identity.unblockOneTimeCode(customerID: customer.id, by: branch.supervisor)
        try identity.verifyOneTimeCode(customerID: customer.id, code: good, service: "general", by: branch.teller)
        #expect(identity.isVerified(customerID: customer.id, service: "general", by: branch.teller))
        let actions = try branch.context.database.query("SELECT action FROM audit_log ORDER BY seq").map { $0.string("action") ?? "" }
        #expect(actions.contains("customer.otp_blocked") && actions.contains("customer.otp_unblock"))
    }

    @Test func aGoodCodeResetsTheCount() throws {
        let branch = try OpeningBranch()
        let customer = try branch.register("Wang Xiaoming")
        let identity = branch.identity
        let secret = try secret(of: try identity.enrolOneTimeCode(customerID: customer.id, accountName: "Wang", approval: try branch.credentialApproval(customer), by: branch.teller))
        let now = branch.clock.now()
        let window = Set((-1...1).map { TOTP.code(secret: secret, step: TOTP.step(at: now) + Int64($0)) })
        let wrong = (0..<20).map { String(format: "%06d", 100_003 + $0 * 37_171) }.filter { !window.contains($0) }
        for code in wrong.prefix(IdentityService.maxOTPFailures - 1) {
            _ = failure { try identity.verifyOneTimeCode(customerID: customer.id, code: code, service: "general", by: branch.teller) }
        }
        try identity.verifyOneTimeCode(customerID: customer.id, code: TOTP.code(secret: secret, at: now), service: "general", by: branch.teller)
        #expect(try branch.context.identityRecords.oneTimeCodeFailures(customerID: customer.id).failures == 0)
    }
}
