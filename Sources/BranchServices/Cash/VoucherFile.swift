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
    static func both(_ family: String, _ code: String) -> String {
        guard let key = StringKey(rawValue: family + "_" + code) else { return code }
        return Strings(.english)(key) + " " + Strings(.chinese)(key)
    }

    static func accountOpening(sequence: Int64, branch: Branch?, customer: Customer, account: AccountRecord,
                               application: ApplicationRecord, teller: Operator, at: Date) -> String {
        """
        ACCOUNT OPENING VOUCHER 开户凭证
        Voucher No. 凭证号: \(String(format: "%08lld", sequence))
        Branch 网点: \(branch.map { "\($0.code) \($0.name)" } ?? "")
        Date 日期: \(LocalTimeText.dateTime(at))   Business date 营业日: \(branch?.businessDate.description ?? "")
        Customer 客户: \(customer.name)
        ID 证件: \(both("idType", customer.idType.rawValue)) \(Masking.idNumber(customer.idNumber))
        Account 账号: \(account.number)
        Type 类型: \(both("accountType", account.type.rawValue))   Currency 币种: \(account.currency.rawValue)
        Risk level 风险等级: \(both("risk", application.riskLevel.rawValue))
        Application 申请号: \(application.id)
        Documents 证件材料: \(application.documents.split(separator: ",").map { both("doc", String($0)) }.joined(separator: "; "))
        Teller 柜员: \(teller.username)
        Customer signature 客户签名: ____________________

        """
    }
}
