import BankCore
import BankStore
import Foundation
import Localization

/// Voucher files: plain text beside the branch file under `vouchers/`,
/// named by sequence number, written atomically.
enum VoucherFile {
    static func path(branchFile: String, sequence: Int64, kind: String) throws -> String {
        let folder = ((branchFile as NSString).deletingLastPathComponent as NSString).appendingPathComponent("vouchers")
        return (folder as NSString).appendingPathComponent(String(format: "V%08lld-%@.txt", sequence, kind))
    }

    static func write(_ body: String, to path: String) throws {
        do {
            try PrivateFile.write(body, to: path)
        } catch {
            throw LocalizedMessage(.voucherWriteFailed, path, error.localizedDescription)
        }
    }
}

/// The text of vouchers. Bilingual, because the customer keeps it.
enum VoucherText {
    /// A coded value in English and Chinese, e.g. `Savings 储蓄`.
    static func coded(_ family: String, _ code: String) -> String {
        guard let key = StringKey.coded(family, code) else { return code }
        return both(key)
    }

    private static let both = CashVoucherText.both

    static func accountOpening(sequence: Int64, branch: Branch?, customer: Customer, account: AccountRecord,
                               application: ApplicationRecord, teller: Operator, at: Date) -> String {
        let documents = application.documents.split(separator: ",").map { coded("doc", String($0)) }.joined(separator: "; ")
        return """
        \(both(.voucherTitleAccountOpening))
        \(both(.voucherNumber)): \(String(format: "%08lld", sequence))
        \(both(.voucherBranch)): \(branch.map { "\($0.code) \($0.name)" } ?? "")
        \(both(.voucherDate)): \(LocalTimeText.dateTime(at))   \(both(.voucherBusinessDate)): \(branch?.businessDate.description ?? "")
        \(both(.voucherCustomer)): \(customer.name)
        \(both(.voucherID)): \(coded("idType", customer.idType.rawValue)) \(Masking.idNumber(customer.idNumber))
        \(both(.voucherAccount)): \(account.number)
        \(both(.voucherType)): \(coded("accountType", account.type.rawValue))   \(both(.voucherCurrency)): \(account.currency.rawValue)
        \(both(.voucherRiskLevel)): \(coded("risk", application.riskLevel.rawValue))
        \(both(.voucherApplication)): \(application.id)
        \(both(.voucherDocuments)): \(documents)
        \(both(.voucherTeller)): \(teller.username)
        \(both(.voucherCustomerSignature)): ____________________

        """
    }
}
