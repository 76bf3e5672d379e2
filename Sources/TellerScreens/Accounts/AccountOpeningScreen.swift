import BankCore
import BranchServices
import Foundation
import Localization
import TerminalUI

/// Account opening in one flow: the application form with KYC (and, for an
/// applicant under 18, the guardian, verified before submitting); the
/// automatic risk rating and watch-list screening (a hit or a high rating
/// stops here for a supervisor); the summary the customer confirms (a "No" is
/// recorded); verification of the person for this application; then the
/// account, its voucher and the archive record. `x` cancels the application.
final class AccountOpeningScreen: KeyedScreen {
    /// This screen's actions; `keyTable` binds them to keys, `perform` does them.
    enum Action: Hashable, Sendable {
        case form(FormAction)
        /// The summary goes to the customer to confirm.
        case confirm
        /// `x`: start typing why the application is cancelled; then Enter cancels it.
        case cancel, cancelWithReason
    }

    private enum Stage { case form, result(ApplicationResult), opened(OpenedAccount), closed(String) }

    private let customer: Customer
    private var stage: Stage = .form
    private var form: Form
    private var confirm: ConfirmDialog?
    /// The reason being typed to cancel the application (`x`).
    private var cancelReason: TextField?
    /// Whether the applicant is under 18: the form then asks for a guardian.
    private let isMinor: Bool
    /// For an application resumed after a supervisor approved a screening hit.
    private var reviewNote: String?

    /// The application form's typed work; once submitted the application is stored.
    var hasUnsavedWork: Bool {
        if case .form = stage { return UnsavedWork.isPresent(in: self) }
        return false
    }

    init(session: Session, customer: Customer, resume application: ApplicationRecord? = nil) {
        self.customer = customer
        isMinor = AccountOpeningService(session.context).isMinor(customer)
        form = Form(fields: [
            .choice("type", "", options: AccountType.allCases.map { ($0.rawValue, $0.rawValue) }, selected: 1),
            .choice("currency", "", options: Currency.allCases.map { ($0.rawValue, $0.rawValue) }),
            .text("occupation", "", maxLength: 40),
            .text("employer", "", maxLength: 60, required: false),
            .choice("income", "", options: IncomeRange.allCases.map { ($0.rawValue, $0.rawValue) }),
            .text("address", "", customer.address, maxLength: 120),
            .choice("purpose", "", options: AccountPurpose.allCases.map { ($0.rawValue, $0.rawValue) }),
            .choice("tax", "", options: TaxResidency.allCases.map { ($0.rawValue, $0.rawValue) }),
            .choice("pep", "", options: [("no", ""), ("yes", "")]),
            .choice("documents", "", options: Self.documentSets.map { ($0, $0) }),
        ], labelWidth: 26, requiredMessage: "")
        if isMinor { form.fields.append(.text("guardian", "", maxLength: 60)) }
        form.compact = true
        if let application {
            // The summary the customer confirms is the application's, not the blank form's.
            form.fields[0].input = .choice(options: AccountType.allCases.map { ($0.rawValue, $0.rawValue) },
                                           selected: AccountType.allCases.firstIndex(of: application.accountType) ?? 1)
            form.fields[1].input = .choice(options: Currency.allCases.map { ($0.rawValue, $0.rawValue) },
                                           selected: Currency.allCases.firstIndex(of: application.currency) ?? 0)
            let reasons = application.riskReasons.split(separator: ",").compactMap { RiskReason(rawValue: String($0)) }
            let waiting = application.status == "pending_review"
            stage = .result(ApplicationResult(applicationID: application.id,
                                              risk: RiskAssessment(level: application.riskLevel, score: application.riskScore, reasons: reasons),
                                              hits: [], needsReview: waiting))
            if waiting {
                // Still with the supervisor: say why, and `x` can cancel it.
                reviewNote = application.screeningHit ? session.strings(.openStoppedForReview, String(application.id))
                    + " " + session.screeningText(application.screeningDetail) : nil
            } else if application.screeningHit {
                reviewNote = session.strings(.openReviewedHit, session.screeningText(application.screeningDetail)
                                             + " — " + application.decisionReason)
            }
        }
    }

    static let documentSets = ["id_original", "id_original,id_copy", "id_original,id_copy,address_proof"]

    var capturesText: Bool {
        if case .form = stage { return ["occupation", "employer", "address", "guardian"].contains(form.fields[form.focus].id) }
        return cancelReason != nil
    }

    func title(_ session: Session) -> String { session.strings(.openTitle, customer.name) }

    func keyTable(_ session: Session) -> KeyTable<Action> {
        let s = session.strings
        switch stage {
        case .form:
            // Enter moves on too: only Ctrl-S submits the long application form.
            return FormScreenKeys.table(session, submitKeys: [.control("s")], submitTitle: .openSubmit, submitHelp: .openSubmitLong,
                                        nextKeys: [.tab, .backTab, .enter]).map(Action.form)
        case .result(let result):
            if cancelReason != nil {
                return KeyTable([KeyBinding(.cancelWithReason, keys: [.enter], title: s(.keySubmit), help: s(.openingCancelLong))])
            }
            let cancel = KeyBinding(Action.cancel, keys: [.character("x")], title: s(.openingCancel), help: s(.openingCancelLong))
            return KeyTable(result.needsReview ? [cancel] : [KeyBinding(.confirm, keys: [.enter], title: s(.openConfirm), help: s(.openConfirmLong)), cancel])
        case .opened, .closed:
            return KeyTable([])
        }
    }

    private var kyc: KYCProfile {
        KYCProfile(occupation: form.value("occupation"), employer: form.value("employer"),
                   income: IncomeRange(rawValue: form.value("income")) ?? .under50k, address: form.value("address"),
                   purpose: AccountPurpose(rawValue: form.value("purpose")) ?? .savings,
                   taxResidency: TaxResidency(rawValue: form.value("tax")) ?? .china, politicallyExposed: form.value("pep") == "yes")
    }

    func handle(_ key: Key, session: Session) -> KeyResult {
        if var dialog = confirm {
            // Esc only closes the question: the customer's "No" is the answer given with the No button.
            if key == .escape {
                confirm = nil
                return .handled
            }
            let answer = dialog.handle(key)
            confirm = answer == nil ? dialog : nil
            guard case .result(let result) = stage, let answer else { return .handled }
            return answer == .yes ? verifyThenOpen(result, session: session) : declined(result, session: session)
        }
        if cancelReason != nil, case .result = stage {
            if let result = dispatch(key, session: session) { return result }
            return typeCancelReason(key)
        }
        return route(key, session: session) {
            guard case .form = stage else { return .ignored }
            return formKey(key, session)
        }
    }

    func perform(_ action: Action, key: Key, session: Session) -> KeyResult {
        switch (action, stage) {
        case (.form(.submit), .form):
            return formKey(key, session)
        case (.form(.nextField), .form):
            // The form widget moves on with Tab; here Enter does the same, never submitting.
            return formKey(key == .enter ? .tab : key, session)
        case (.cancel, .result):
            cancelReason = TextField(maxLength: 120)
            return .handled
        case (.cancelWithReason, .result(let result)):
            return cancelApplication(result, session: session)
        case (.confirm, .result(let result)):
            let s = session.strings
            confirm = ConfirmDialog(title: s(.openConfirm), message: summary(result, session: session), yes: s(.yes), no: s(.no))
            return .handled
        case (.form, _), (.cancel, _), (.cancelWithReason, _), (.confirm, _):
            return .ignored  // the table offers each only at its stage
        }
    }

    /// The application form takes the key; Ctrl-S submits when every field is valid.
    private func formKey(_ key: Key, _ session: Session) -> KeyResult {
        let s = session.strings
        let profile = kyc
        let problems = Dictionary(uniqueKeysWithValues: KYCRules.problems(profile).map {
            ($0.rawValue, AccountOpeningService.kycProblem($0, in: profile).text(in: s))
        })
        let event = form.handle(key) { id, _ in problems[id] }
        guard event == .submit else { return .handled }
        return submit(session)
    }

    /// Submits the application; a minor's guardian is found and, when not yet
    /// verified for this opening, verified first (then submitting continues).
    /// A refusal that belongs to a field is shown beside that field.
    private func submit(_ session: Session) -> KeyResult {
        guard let actor = session.signedIn else { return .handled }
        let s = session.strings
        var guardianID: Int64?
        if isMinor {
            switch CustomerLookup.resolve(form.value("guardian"), session: session) {
            case .failure(let problem):
                return fieldProblem("guardian", problem.text)
            case .success(nil):
                return fieldProblem("guardian", LocalizedMessage(.openingGuardianMissing, String(AccountOpeningService.adultAge)).text(in: s))
            case .success(let guardian?):
                let service = AccountOpeningService.guardianService(applicantID: customer.id)
                if guardian.id != customer.id, !IdentityService(session.context).isVerified(customerID: guardian.id, service: service, by: actor) {
                    return .navigate(.push(VerifyCustomerScreen(session: session, customer: guardian, service: service) { [weak self] in
                        _ = self?.submit(session)
                        return .pop
                    }))
                }
                guardianID = guardian.id
            }
        }
        let application = AccountApplicationForm(
            customerID: customer.id, accountType: AccountType(rawValue: form.value("type")) ?? .savings,
            currency: Currency(rawValue: form.value("currency")) ?? .cny, kyc: kyc,
            documentsSeen: form.value("documents").split(separator: ",").map(String.init), guardianID: guardianID)
        do {
            let result = try AccountOpeningService(session.context).submit(application, by: actor)
            stage = .result(result)
            let addressNote = AddressRules.cleaned(kyc.address) == customer.address ? "" : " " + s(.openingAddressUpdated)
            let stopped = result.hits.isEmpty ? s(.openingHighRisk, String(result.applicationID))
                : s(.openStoppedForReview, String(result.applicationID))
            session.say((result.needsReview ? stopped : s(.openClear)) + addressNote, result.needsReview ? .warning : .success)
        } catch {
            if error.key.rawValue.hasPrefix("openingGuardian") { return fieldProblem("guardian", error.text(in: s)) }
            if error.key == .customerBadAddress || error.parts.first?.key == .fieldAddress { return fieldProblem("address", error.text(in: s)) }
            session.say(error)
        }
        return .handled
    }

    /// Shows `message` beside the field and moves the focus there.
    private func fieldProblem(_ id: String, _ message: String) -> KeyResult {
        form.setError(id, message)
        if let index = form.fields.firstIndex(where: { $0.id == id }) { form.focus = index }
        return .handled
    }

    /// The customer said "No" to the summary: recorded, and nothing is opened.
    private func declined(_ result: ApplicationResult, session: Session) -> KeyResult {
        guard let actor = session.signedIn else { return .handled }
        do {
            try AccountOpeningService(session.context).recordDeclined(applicationID: result.applicationID, by: actor)
            let text = session.strings(.openingCustomerDeclined, String(result.applicationID))
            stage = .closed(text)
            session.say(text, .warning)
        } catch {
            session.say(error)
        }
        return .handled
    }

    /// Typing the reason for `x` (Esc keeps the application).
    private func typeCancelReason(_ key: Key) -> KeyResult {
        if key == .escape { cancelReason = nil; return .handled }
        if case .function = key { return .ignored }
        cancelReason?.handle(key)
        return .handled
    }

    /// Enter after the reason: the application is cancelled.
    private func cancelApplication(_ result: ApplicationResult, session: Session) -> KeyResult {
        guard let actor = session.signedIn, let reason = cancelReason?.text else { return .handled }
        do {
            try AccountOpeningService(session.context).cancel(applicationID: result.applicationID, reason: reason, by: actor)
            let text = session.strings(.openingCancelled, String(result.applicationID))
            cancelReason = nil
            stage = .closed(text)
            session.say(text, .success)
        } catch {
            session.say(error)
        }
        return .handled
    }

    private func verifyThenOpen(_ result: ApplicationResult, session: Session) -> KeyResult {
        let service = AccountOpeningService.verificationService(applicationID: result.applicationID)
        let verify = VerifyCustomerScreen(session: session, customer: customer, service: service) { [weak self] in
            self?.open(result, session: session)
            return .pop
        }
        return .navigate(.push(verify))
    }

    private func open(_ result: ApplicationResult, session: Session) {
        guard let actor = session.signedIn else { return }
        do {
            let opened = try AccountOpeningService(session.context).open(applicationID: result.applicationID, customerConfirmed: true, by: actor)
            stage = .opened(opened)
            session.say(session.strings(.openDone, opened.account.number, opened.voucherPath), .success)
        } catch {
            session.say(error)
        }
    }

    private func summary(_ result: ApplicationResult, session: Session) -> String {
        let s = session.strings
        let type = AccountType(rawValue: form.value("type")).map { session.coded("accountType", $0.rawValue) } ?? ""
        return s(.openSummary, customer.name, Masking.idNumber(customer.idNumber), type, form.value("currency"),
                 session.riskName(result.risk.level))
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        let s = session.strings
        let x = area.x + 2
        switch stage {
        case .form:
            form.relabel(s, ["type": .openType, "currency": .openCurrency, "occupation": .kycOccupation, "employer": .kycEmployer,
                             "income": .kycIncome, "address": .fieldAddress, "purpose": .kycPurpose, "tax": .kycTax,
                             "pep": .kycPEP, "documents": .openDocuments, "guardian": .openingGuardian],
                         hints: ["employer": .kycEmployerHint, "guardian": .openingGuardianHint])
            relabelChoices(session)
            buffer.write(customer.name + "  " + Masking.idNumber(customer.idNumber), x: x, y: area.y, role: .header)
            return renderForm(into: &buffer, at: Rect(x: x, y: area.y + 2, width: area.width - 4, height: form.height + 1))
        case .result(let result):
            var y = area.y + 1
            buffer.write(s(.openRisk, session.riskName(result.risk.level), String(result.risk.score)), x: x, y: y, role: .header)
            y += 1
            let reasons = result.risk.reasons.map { session.coded("riskReason", $0.rawValue) }.joined(separator: ", ")
            buffer.write(reasons.isEmpty ? s(.openNoRiskFactors) : reasons, in: Rect(x: x + 2, y: y, width: area.width - 6, height: 1), role: .normal)
            y += 2
            if result.needsReview && result.hits.isEmpty {
                for line in TextLayout.wrap(reviewNote ?? s(.openingHighRisk, String(result.applicationID)), width: area.width - 4) {
                    buffer.write(line, x: x, y: y, role: .warning)
                    y += 1
                }
            } else if result.needsReview {
                buffer.write(s(.openScreeningHit), x: x, y: y, role: .error)
                for hit in result.hits.prefix(5) {
                    y += 1
                    buffer.write("\(hit.entry.name) [\(hit.entry.list)] \(hit.entry.reason)",
                                 in: Rect(x: x + 2, y: y, width: area.width - 6, height: 1), role: .warning)
                }
                y += 2
                buffer.write(s(.openStoppedForReview, String(result.applicationID)), in: Rect(x: x, y: y, width: area.width - 4, height: 1), role: .warning)
            } else {
                // A hit a supervisor approved, or a clear screening; either way the customer confirms next.
                buffer.write(reviewNote ?? s(.openScreeningClear), in: Rect(x: x, y: y, width: area.width - 4, height: 1),
                             role: reviewNote == nil ? .success : .warning)
                y += 2
                for line in TextLayout.wrap(summary(result, session: session), width: area.width - 4) {
                    buffer.write(line, x: x, y: y, role: .normal)
                    y += 1
                }
                y += 1
                buffer.write(s(.openConfirmPrompt), x: x, y: y, role: .header)
            }
            if let cancelReason {
                let bottom = area.maxY - 3
                buffer.write(s(.openingCancelReason), x: x, y: bottom, role: .header)
                let cursor = cancelReason.render(into: &buffer, at: Rect(x: x, y: bottom + 1, width: area.width - 4, height: 1), focused: true)
                return cursor
            }
            confirm?.render(into: &buffer, area: area)
        case .closed(let text):
            for (i, line) in TextLayout.wrap(text, width: area.width - 4).enumerated() {
                buffer.write(line, x: x, y: area.y + 2 + i, role: .warning)
            }
        case .opened(let opened):
            buffer.write(s(.openAccountNumber), x: x, y: area.y + 2, role: .label)
            buffer.write(opened.account.number, x: x + 20, y: area.y + 2, role: .title)
            buffer.write(s(.openVoucher), x: x, y: area.y + 4, role: .label)
            buffer.write(String(format: "%08lld", opened.voucherSequence), x: x + 20, y: area.y + 4, role: .normal)
            buffer.write(opened.voucherPath, in: Rect(x: x, y: area.y + 5, width: area.width - 4, height: 1), role: .dim)
        }
        return nil
    }

    /// The compact form, with the message of the field in error on the row
    /// right under that field (the fields after it move down one row), so a
    /// problem is read beside its field rather than at the foot of the form.
    private func renderForm(into buffer: inout CellBuffer, at rect: Rect) -> Point? {
        let focusedError = form.fields.indices.contains(form.focus) && form.fields[form.focus].error != nil
        guard let index = focusedError ? form.focus : form.fields.firstIndex(where: { $0.error != nil }),
              index < form.fields.count - 1 else { return form.render(into: &buffer, at: rect) }
        var top = form
        top.fields = Array(form.fields[...index])
        top.focus = form.focus <= index ? form.focus : top.fields.count
        var bottom = form
        bottom.fields = Array(form.fields[(index + 1)...])
        bottom.focus = form.focus - index - 1
        let topCursor = top.render(into: &buffer, at: Rect(x: rect.x, y: rect.y, width: rect.width, height: index + 2))
        if let error = form.fields[index].error {
            // The whole row, from under the label: the message is read in full.
            let row = Rect(x: rect.x, y: rect.y + index + 1, width: rect.width, height: 1)
            buffer.fill(row, role: .normal)
            buffer.write("! " + error, in: Rect(x: rect.x + 2, y: row.y, width: rect.width - 2, height: 1), role: .error)
        }
        let bottomCursor = bottom.render(into: &buffer, at: Rect(x: rect.x, y: rect.y + index + 2, width: rect.width,
                                                                 height: max(0, rect.height - index - 2)))
        return topCursor ?? bottomCursor
    }

    private func relabelChoices(_ session: Session) {
        let s = session.strings
        let labels: [String: [(String, String)]] = [
            "type": AccountType.allCases.map { ($0.rawValue, session.coded("accountType", $0.rawValue)) },
            "currency": Currency.allCases.map { ($0.rawValue, $0.rawValue) },
            "income": IncomeRange.allCases.map { ($0.rawValue, session.coded("income", $0.rawValue)) },
            "purpose": AccountPurpose.allCases.map { ($0.rawValue, session.coded("purpose", $0.rawValue)) },
            "tax": TaxResidency.allCases.map { ($0.rawValue, session.coded("tax", $0.rawValue)) },
            "pep": [("no", s(.no)), ("yes", s(.yes))],
            "documents": Self.documentSets.map { ($0, $0.split(separator: ",").map { session.coded("doc", String($0)) }.joined(separator: " + ")) },
        ]
        for index in form.fields.indices {
            guard let options = labels[form.fields[index].id], case .choice(_, let selected) = form.fields[index].input else { continue }
            form.fields[index].input = .choice(options: options.map { (value: $0.0, label: $0.1) }, selected: selected)
        }
    }
}
