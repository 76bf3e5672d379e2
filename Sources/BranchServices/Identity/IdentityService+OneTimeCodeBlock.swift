import BankCore
import BankCrypto
import BankStore
import Localization

/// Wrong one-time codes count toward a block like wrong PINs: after
/// `maxOTPFailures` wrong codes in a row (a malformed or replayed code is not a
/// guess and is not counted) the customer's codes are refused until a
/// supervisor unblocks them; a good code resets the count.
extension IdentityService {
    /// Counts one code check inside the caller's transaction; returns the message
    /// that replaces the plain refusal when this code blocks the codes.
    func countOneTimeCode(customerID: Int64, result: Result<Int64, TOTPFailure>, clerk: Operator) throws -> LocalizedMessage? {
        let current = try identity.oneTimeCodeFailures(customerID: customerID)
        guard case .failure(let failure) = result else {
            if current.failures > 0 { try identity.setOneTimeCodeFailures(customerID: customerID, failures: 0, blocked: false) }
            return nil
        }
        guard failure == .wrong else { return nil }
        let failures = current.failures + 1
        let blocked = failures >= Self.maxOTPFailures
        try identity.setOneTimeCodeFailures(customerID: customerID, failures: failures, blocked: blocked)
        if blocked {
            try context.record("customer.otp_blocked", by: clerk.id, subject: "customer \(customerID)")
            return LocalizedMessage(.customerOTPBlocked)
        }
        return nil
    }

    /// A supervisor lifts a block on the customer's one-time codes (after checking who they are).
    public func unblockOneTimeCode(customerID: Int64, by actor: Operator) throws(LocalizedMessage) {
        try context.write {
            let supervisor = try context.requireActor(actor, .approve)
            guard try identity.oneTimeCodeFailures(customerID: customerID).blocked else {
                throw LocalizedMessage(.customerOTPNotBlocked)
            }
            try identity.setOneTimeCodeFailures(customerID: customerID, failures: 0, blocked: false)
            try context.record("customer.otp_unblock", by: supervisor.id, subject: "customer \(customerID)")
        }
    }

    /// Whether the customer's one-time codes are blocked.
    public func isOneTimeCodeBlocked(customerID: Int64) -> Bool {
        (try? identity.oneTimeCodeFailures(customerID: customerID).blocked) ?? false
    }
}
