import BankCore
import BranchServices
import Foundation
import Localization
import TerminalUI

/// The contract at the counter: the terms the customer confirms (amount,
/// rate, term, method, first and last payment, total interest, penalty rate,
/// collateral, guarantors); then the customer verified by PIN or one-time
/// code exactly as for a withdrawal; then the signing, which shows the
/// contract number and the file written.
final class LoanContractScreen: CommandScreen {
    enum Action: Hashable, Sendable { case sign }

    let applicationID: Int64
    private(set) var terms: LoanContractTerms?
    private(set) var signed: LoanRecord?
    private var holder: Customer?
    /// Fixed at the first Enter, sent again on a retry.
    private var key: String?

    init(session: Session, applicationID: Int64) {
        self.applicationID = applicationID
        guard let actor = session.signedIn else { return }
        do throws(LocalizedMessage) {
            let terms = try LoanContractService(session.context).terms(applicationID: applicationID, by: actor)
            self.terms = terms
            holder = try CustomerService(session.context).panel(customerID: terms.application.customerID, by: actor).customer
        } catch {
            session.say(error)
        }
    }

    var capturesText: Bool { false }
    /// Confirmed terms not yet signed are work the teller would lose.
    var hasUnsavedWork: Bool { key != nil && signed == nil }

    func title(_ session: Session) -> String { session.strings(.loanContractScreenTitle, holder?.name ?? "") }

    func keyTable(_ session: Session) -> KeyTable<Action> {
        guard signed == nil, terms != nil else { return KeyTable([]) }
        return KeyTable([KeyBinding(.sign, keys: [.enter], title: session.strings(.loanServicingKeySign),
                                    help: session.strings(.loanContractKeySignLong))])
    }

    func perform(_ action: Action, key: Key, session: Session) -> KeyResult {
        guard let terms, let holder, let actor = session.signedIn else { return .handled }
        let service = LoanContractService.verificationService(applicationNumber: terms.application.number)
        let verified = IdentityService(session.context).outgoingVerification(customerID: holder.id, service: service, methods: [.pin, .otp],
                                                                            amount: terms.application.amount, currency: .cny, by: actor)
        switch verified {
        case .verified:
            sign(session)
            return .handled
        case .coolingOff(let refusal):
            session.say(refusal)
            return .handled
        case .notVerified:
            break
        }
        let verify = VerifyCustomerScreen(session: session, customer: holder, service: service, methods: [.pin, .otp]) { [weak self] in
            self?.sign(session)
            return .pop
        }
        return .navigate(.push(verify))
    }

    private func sign(_ session: Session) {
        guard let actor = session.signedIn else { return }
        let key = self.key ?? UUID().uuidString
        self.key = key
        do throws(LocalizedMessage) {
            let loan = try LoanContractService(session.context).sign(applicationID: applicationID, key: key, by: actor)
            signed = loan
            session.say(session.strings(.loanContractSigned, loan.contractNumber, loan.contractPath), .success)
        } catch {
            session.say(error)
        }
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        let s = session.strings
        guard let terms else { return nil }
        if let signed {
            MoneyRows.render(s(.loanContractSignedHeading), [(s(.loanContractNumber), signed.contractNumber),
                                                              (s(.loanContractFile), signed.contractPath)] + Self.rows(terms, s),
                             into: &buffer, area: area)
            return nil
        }
        MoneyRows.render(s(.loanContractConfirmHeading), Self.rows(terms, s), into: &buffer, area: area)
        return nil
    }

    /// The terms as label and value rows, in the reader's language.
    static func rows(_ terms: LoanContractTerms, _ s: Strings) -> [(String, String)] {
        let money = { (fen: Int64) in "CNY " + AmountParser.format(fen) }
        let application = terms.application
        let product = s.language == .chinese ? terms.productNameChinese : terms.productNameEnglish
        let collateral = terms.collateral.map { "\($0.description) \(money($0.appraisedValue))" }.joined(separator: "; ")
        return [
            (s(.loanContractApplication), "\(application.number) · \(product)"),
            (s(.loanServicingColumnAmount), money(application.amount)),
            (s(.loanContractRate), "\(terms.rate)%"),
            (s(.loanContractTerm), "\(application.months) · " + LoanCalculator.name(of: application.method, s)),
            (s(.loanContractFirstPayment), terms.firstPayment.map { "\($0.dueDate) \(money($0.payment))" } ?? ""),
            (s(.loanContractLastPayment), terms.lastPayment.map { "\($0.dueDate) \(money($0.payment))" } ?? ""),
            (s(.loanContractTotalInterest), money(terms.schedule.totalInterest)),
            (s(.loanContractPenaltyRate), "\(terms.penaltyRate)%"),
            (s(.loanContractCollateral), collateral.isEmpty ? "-" : collateral),
            (s(.loanContractGuarantors), terms.guarantorNames.isEmpty ? "-" : terms.guarantorNames.joined(separator: ", ")),
        ]
    }
}
