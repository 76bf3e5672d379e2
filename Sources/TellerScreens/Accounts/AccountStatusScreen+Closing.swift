import BankCore
import BranchServices
import Foundation
import Localization
import TerminalUI

extension AccountStatusScreen {
    /// Closing from the status form (issue 13): refused at once when anything
    /// is pending (a freeze, an overdraft, a dormant or frozen account); an
    /// account with money needs the account its balance goes to; then the
    /// customer is verified (for closing, or for the transfer of the
    /// balance) and `AccountClosingService` closes it in one operation. A cash
    /// payout of the balance is not offered here: it needs the drawer's count.
    func closeAccount(_ number: String, to target: String, session: Session) -> KeyResult {
        guard let actor = session.signedIn else { return .handled }
        let s = session.strings
        let to = target.trimmingCharacters(in: .whitespaces)
        do throws(LocalizedMessage) {
            let service = AccountClosingService(session.context)
            let account = try service.assess(accountNumber: number, by: actor)
            guard account.balance == 0 || !to.isEmpty else {
                throw LocalizedMessage(.closingBalanceLeft, AmountParser.format(account.balance, minorUnits: account.currency.minorUnits))
            }
            let customer = try CustomerService(session.context).panel(customerID: account.customerID, by: actor).customer
            let verification = account.balance == 0 ? AccountClosingService.verificationService(accountNumber: account.number)
                : TransferService.verificationService(accountNumber: account.number)
            let payout: ClosingPayout = account.balance == 0 ? .none : .transfer(toAccountNumber: to)
            var methods: [VerificationMethod] = [.pin, .otp]
            if account.balance > 0 {
                // The transfer's own checks first (the other account, limits, a one-time code for a large balance).
                var transfer = TransferRequest(fromAccountNumber: account.number, toAccountNumber: to, amount: account.balance)
                transfer.closesAccount = true
                let needs = try TransferService(session.context).assess(transfer, by: actor)
                if let reason = needs.approvalReasons.first { throw LocalizedMessage(.approvalRequired, part: reason) }
                if needs.oneTimeCodeRequired { methods = [.otp] }
            }
            let key = UUID().uuidString
            let verify = VerifyCustomerScreen(session: session, customer: customer, service: verification, methods: methods) {
                do throws(LocalizedMessage) {
                    _ = try service.close(accountNumber: number, payout: payout, key: key, by: actor)
                    session.say(s(.closingDone, AccountNumber.masked(number)), .success)
                } catch {
                    session.say(error)
                }
                return .pop
            }
            return .navigate(.replaceTop(verify))
        } catch {
            session.say(error)
            return .handled
        }
    }
}
