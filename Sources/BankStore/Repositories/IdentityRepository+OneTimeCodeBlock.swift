import Foundation

/// Wrong one-time codes count toward a block, as wrong PINs do. Kept apart
/// from `CustomerCredential` so storing the secret and counting failures
/// stay separate jobs.
extension IdentityRepository {
    /// The customer's wrong-code count and whether codes are blocked (0 and false without a credential).
    public func oneTimeCodeFailures(customerID: Int64) throws -> (failures: Int, blocked: Bool) {
        guard let row = try db.queryOne("SELECT otp_failures, otp_blocked FROM customer_credentials WHERE customer_id = ?",
                                        [.integer(customerID)]) else { return (0, false) }
        return (Int(row.int("otp_failures") ?? 0), row.bool("otp_blocked") ?? false)
    }

    /// Stores the wrong-code count and block of an existing credential.
    public func setOneTimeCodeFailures(customerID: Int64, failures: Int, blocked: Bool) throws {
        try db.execute("UPDATE customer_credentials SET otp_failures = ?, otp_blocked = ? WHERE customer_id = ?",
                       [SQLValue(failures), SQLValue(blocked), .integer(customerID)])
    }
}
