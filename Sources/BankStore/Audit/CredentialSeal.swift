import BankCore
import BankCrypto
import Foundation

/// Keyed seals over the rows that decide who may act: an operator's
/// username, role, active flag, approval limit and PIN hash, and a customer's PIN hash and
/// sealed one-time-code secret. Whoever can write the branch file but does
/// not hold the branch key cannot plant a PIN hash they know, give themselves
/// a supervisor's role or revive a deactivated account: the row's seal (an
/// HMAC under a labelled subkey of the branch key) would no longer match, and
/// every authorising read refuses it while `teller verify` names it.
///
/// Rows written before sealing existed are sealed once, when a file is first
/// opened for writing with its key; an audit entry (`credentials.sealed`)
/// marks that moment, and from then on a row without a seal is refused too.
public struct CredentialSeal: Sendable {
    /// `BranchKey.credentialSealKey`.
    let key: [UInt8]
    /// Whether the file's rows were all sealed (the audit entry exists): then a missing seal is a breach.
    public var enforced: Bool

    public init(key: [UInt8], enforced: Bool) {
        self.key = key
        self.enforced = enforced
    }

    /// The audit action that marks the moment every credential row was sealed.
    public static let sealedAction = "credentials.sealed"

    func operatorSeal(id: Int64, username: String, role: String, active: Bool, approvalLimit: Int64?, pinHash: String) -> String {
        mac(["operators", String(id), username, role, active ? "1" : "0", approvalLimit.map(String.init) ?? "-", pinHash])
    }

    func customerSeal(customerID: Int64, pinHash: String?, storedSecret: String?) -> String {
        mac(["customer_credentials", String(customerID), pinHash ?? "-", storedSecret ?? "-"])
    }

    /// Whether a stored seal proves the row: a wrong seal never does; a missing one only before sealing was enforced.
    func proves(_ stored: String?, expected: String) -> Bool {
        guard let stored else { return !enforced }
        return stored == expected
    }

    /// Length-prefixed fields, so no two different rows give the same message.
    private func mac(_ fields: [String]) -> String {
        let message = fields.map { "\($0.utf8.count):\($0)" }.joined(separator: "|")
        return Hex.encode(HMAC.sha256(key: key, message: Array(message.utf8)))
    }
}

