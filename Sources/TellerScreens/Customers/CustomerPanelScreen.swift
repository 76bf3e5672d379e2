import BankCore
import BranchServices
import Foundation
import Localization
import TerminalUI

/// One customer at a glance: masked ID and phone (revealed only on purpose,
/// and audited), risk level, account manager, accounts, recent visits and
/// open complaints.
final class CustomerPanelScreen: KeyedScreen {
    /// This screen's actions; `keyTable` binds them to keys, `perform` does them.
    enum Action: Hashable, Sendable {
        case reveal, openAccount, verify, document, pin, otp, statement, reactivate, complaint, status, unblockOTP, ticket, book, manager, loan
    }

    private let customerID: Int64
    private var panel: CustomerPanel?
    private var revealed: (idNumber: String, phone: String)?
    private var accounts: [AccountRecord] = []
    /// The `otpauth://` link just enrolled, shown in full until the next key.
    private var enrolment: String?
    /// Asked before a one-time-code secret the customer already has is replaced.
    private var confirmOTPReplace: ConfirmDialog?
    /// Set when another screen opened from here may change what the panel shows.
    private var stale = false

    init(session: Session, customerID: Int64) {
        self.customerID = customerID
        reload(session)
    }

    private func reload(_ session: Session) {
        guard let actor = session.signedIn else { return }
        do {
            panel = try CustomerService(session.context).panel(customerID: customerID, by: actor)
            accounts = AccountOpeningService(session.context).accounts(customerID: customerID)
        } catch {
            session.say(error)
        }
    }

    var capturesText: Bool { false }

    func title(_ session: Session) -> String { session.strings(.panelTitle, panel?.customer.name ?? "") }

    private func mayReceive(_ session: Session) -> Bool { session.signedIn?.role.may(.reception) ?? false }

    func keyTable(_ session: Session) -> KeyTable<Action> {
        let s = session.strings
        let may = { (permission: Permission) in session.signedIn?.role.may(permission) ?? false }
        var rows = [
            KeyBinding(Action.reveal, keys: [.character("r")], title: s(.panelReveal), help: s(.panelRevealLong)),
            KeyBinding(.verify, keys: [.character("v")], title: s(.panelVerify), help: s(.panelVerifyLong)),
        ]
        // Credentials are changed only at the counter (never by a guide), with four eyes (IdentityService).
        if may(.counter) {
            rows += [
                KeyBinding(.document, keys: [.character("d")], title: s(.panelCheckDocument), help: s(.panelCheckDocumentLong)),
                KeyBinding(.pin, keys: [.character("k")], title: s(.panelSetPIN), help: s(.panelSetPINLong), inFooter: false),
                KeyBinding(.otp, keys: [.character("e")], title: s(.panelEnrolOTP), help: s(.panelEnrolOTPLong), inFooter: false),
            ]
        }
        if may(.cash) {
            rows.insert(KeyBinding(.openAccount, keys: [.character("o")], title: s(.panelOpenAccount), help: s(.panelOpenAccountLong)), at: 1)
            rows.append(KeyBinding(.statement, keys: [.character("s")], title: s(.statementFromPanel), help: s(.statementFromPanelLong)))
            // Offered only while the customer has a dormant account.
            if accounts.contains(where: { $0.status == .dormant }) {
                rows.append(KeyBinding(.reactivate, keys: [.character("a")], title: s(.panelReactivate), help: s(.panelReactivateLong)))
            }
        }
        rows.append(KeyBinding(.complaint, keys: [.character("c")], title: s(.complaintPanelKey), help: s(.complaintPanelKeyLong), inFooter: false))
        if may(.approve) {
            rows.append(KeyBinding(.status, keys: [.character("z")], title: s(.statementStatusKey), help: s(.statementStatusKeyLong), inFooter: false))
            // Always offered to supervisors (drawing never asks the store); the service says when codes are not blocked.
            rows.append(KeyBinding(.unblockOTP, keys: [.character("u")], title: s(.panelUnblockOTP), help: s(.panelUnblockOTPLong), inFooter: false))
        }
        if may(.loans) {
            rows.append(KeyBinding(.loan, keys: [.character("l")], title: s(.loanDeskCounterKey), help: s(.loanDeskPanelKeyLong), inFooter: false))
        }
        if mayReceive(session) {
            rows += [
                KeyBinding(.ticket, keys: [.character("t")], title: s(.panelTicket), help: s(.panelTicketLong)),
                KeyBinding(.book, keys: [.character("b")], title: s(.panelBook), help: s(.panelBookLong)),
                KeyBinding(.manager, keys: [.character("m")], title: s(.panelManagerKey), help: s(.panelManagerKeyLong)),
            ]
        }
        return KeyTable(rows)
    }

    func handle(_ key: Key, session: Session) -> KeyResult {
        if enrolment != nil {
            enrolment = nil
            return .handled
        }
        if var dialog = confirmOTPReplace {
            let answer = dialog.handle(key)
            confirmOTPReplace = answer == nil ? dialog : nil
            return answer == .yes ? enrolOneTimeCode(replacing: true, session) : .handled
        }
        stale = true
        return dispatch(key, session: session) ?? .ignored
    }

    func perform(_ action: Action, key: Key, session: Session) -> KeyResult {
        guard let actor = session.signedIn, let panel else { return .ignored }
        switch action {
        case .reveal:
            do {
                revealed = try CustomerService(session.context).reveal(customerID: customerID, reason: "panel", by: actor)
                session.say(session.strings(.panelRevealed), .warning)
            } catch {
                session.say(error)
            }
        case .verify:
            return .navigate(.push(VerifyCustomerScreen(session: session, customer: panel.customer, service: "general")))
        case .document:
            return .navigate(.push(DocumentCheckScreen(session: session, customer: panel.customer)))
        case .pin:
            return .navigate(.push(SetCustomerPINScreen(customer: panel.customer)))
        case .otp:
            return askToEnrolOneTimeCode(session, by: actor)
        case .openAccount:
            // An application still open (approved, or waiting for review) is resumed rather than entered twice.
            let open = AccountOpeningService(session.context).openApplication(customerID: customerID)
            return .navigate(.push(AccountOpeningScreen(session: session, customer: panel.customer, resume: open)))
        case .statement, .status:
            guard let first = accounts.first else { session.say(session.strings(.statementNoAccounts), .warning); return .handled }
            if action == .status { return .navigate(.push(AccountStatusScreen(accounts: accounts))) }
            return .navigate(.push(StatementScreen(session: session, accountNumber: first.number, customerAccounts: accounts.map(\.number))))
        case .reactivate:
            return reactivate(session)
        case .unblockOTP:
            do {
                try IdentityService(session.context).unblockOneTimeCode(customerID: customerID, by: actor)
                session.say(session.strings(.panelOTPUnblocked), .success)
            } catch {
                session.say(error)
            }
        case .complaint:
            return .navigate(.push(ComplaintIntakeScreen(session: session, customer: panel.customer)))
        case .ticket:
            return .navigate(.push(TicketIssueScreen(session: session, customer: panel.customer, appointment: nil)))
        case .book:
            return .navigate(.push(BookAppointmentScreen.make(session: session, customer: panel.customer)))
        case .loan:
            return .navigate(.push(LoanApplicationScreen(session: session, customerID: customerID, ticketID: ServedTicket.current(session)?.ticketID)))
        case .manager:
            nextAccountManager(panel, session, by: actor)
        }
        return .handled
    }

    /// A one-time-code secret needs this visit's document check; replacing one is asked first.
    private func askToEnrolOneTimeCode(_ session: Session, by actor: Operator) -> KeyResult {
        let identity = IdentityService(session.context)
        guard identity.documentCheckedThisVisit(customerID: customerID, by: actor) else {
            session.say(LocalizedMessage(.credentialNeedsDocumentCheck))
            return .handled
        }
        if identity.credentialStatus(customerID: customerID)?.hasOneTimeCode == true {
            let s = session.strings
            confirmOTPReplace = ConfirmDialog(title: s(.panelEnrolOTP), message: s(.credentialReplaceOTPQuestion, String(FourEyesRulesService(session.context).rules().coolingOffHours)), yes: s(.yes), no: s(.no))
            return .handled
        }
        return enrolOneTimeCode(replacing: false, session)
    }

    /// `m` gives the customer the next account manager in turn.
    private func nextAccountManager(_ panel: CustomerPanel, _ session: Session, by actor: Operator) {
        let managers = CustomerService(session.context).accountManagers()
        guard !managers.isEmpty else { return }
        let currentIndex = managers.firstIndex { $0.id == panel.customer.accountManagerID }
        let next = managers[((currentIndex ?? -1) + 1) % managers.count]
        do {
            try CustomerService(session.context).assignAccountManager(customerID: customerID, managerID: next.id, by: actor)
            session.say(session.strings(.panelManagerSet, next.displayName), .success)
        } catch {
            session.say(error)
        }
        reload(session)
    }

    /// A supervisor approves, then the secret is enrolled and its link shown here once.
    private func enrolOneTimeCode(replacing: Bool, _ session: Session) -> KeyResult {
        guard let name = panel?.customer.name else { return .handled }
        let customerID = customerID
        return .navigate(.push(SupervisorApprovalScreen(why: [session.strings(.credentialApprovalWhy)]) { [weak self] approval, session in
            guard let actor = session.signedIn else { return .navigate(.pop) }
            do throws(LocalizedMessage) {
                self?.enrolment = try IdentityService(session.context).enrolOneTimeCode(
                    customerID: customerID, accountName: name, replacing: replacing, approval: approval, by: actor)
            } catch {
                session.say(error)
            }
            return .navigate(.pop)
        }))
    }

    /// A dormant account comes back to life once the customer's identity is
    /// checked for it: verify first, then the service reactivates (and audits).
    private func reactivate(_ session: Session) -> KeyResult {
        guard let panel, let dormant = accounts.first(where: { $0.status == .dormant }) else { return .handled }
        let service = AccountStatusService.reactivationService(accountNumber: dormant.number)
        let verify = VerifyCustomerScreen(session: session, customer: panel.customer, service: service) { [weak self] in
            guard let actor = session.signedIn else { return .pop }
            do throws(LocalizedMessage) {
                try AccountStatusService(session.context).reactivate(accountNumber: dormant.number, by: actor)
                session.say(session.strings(.panelReactivated, AccountNumber.masked(dormant.number)), .success)
            } catch {
                session.say(error)
            }
            self?.reload(session)
            return .pop
        }
        return .navigate(.push(verify))
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        let s = session.strings
        if let enrolment {
            let lines = TextLayout.wrap(s(.panelOTPEnrolled), width: area.width - 8)
                + [""] + chunks(enrolment, width: area.width - 8)
                + ["", s(.panelOTPSecret, Self.secret(in: enrolment)), "", s(.helpClose)]
            let box = area.centered(width: area.width - 4, height: lines.count + 2)
            Box.draw(box, title: s(.panelEnrolOTP), into: &buffer)
            for (i, line) in lines.enumerated() where box.y + 1 + i < box.maxY - 1 {
                buffer.write(line, x: box.x + 2, y: box.y + 1 + i, role: i == lines.count - 1 ? .dim : .normal, maxWidth: box.width - 4)
            }
            return nil
        }
        if let confirmOTPReplace {
            confirmOTPReplace.render(into: &buffer, area: area)
            return nil
        }
        if stale {
            stale = false
            reload(session)
        }
        guard let panel else { return nil }
        let c = panel.customer
        let x = area.x + 2
        var y = area.y + 1
        func line(_ label: String, _ value: String, role: StyleRole = .normal) {
            guard y < area.maxY - 2 else { return }  // the visits header keeps its row on a small terminal
            buffer.write(TextLayout.fit(label, width: 18), x: x, y: y, role: .label)
            buffer.write(value, in: Rect(x: x + 19, y: y, width: area.width - 23, height: 1), role: role)
            y += 1
        }
        line(s(.fieldName), c.name, role: .header)
        line(s(.fieldIDType), session.idTypeName(c.idType))
        line(s(.fieldIDNumber), revealed?.idNumber ?? Masking.idNumber(c.idNumber), role: revealed == nil ? .normal : .warning)
        line(s(.fieldPhone), revealed?.phone ?? Masking.phone(c.phone), role: revealed == nil ? .normal : .warning)
        line(s(.fieldBirthDate), c.birthDate.description)
        line(s(.fieldAddress), c.address)
        line(s(.fieldLanguage), Language(code: c.preferredLanguage)?.nativeName ?? c.preferredLanguage)
        line(s(.fieldAssistance), session.assistanceName(c.assistance))
        line(s(.panelRisk), session.riskName(c.riskLevel))
        line(s(.panelManager), panel.accountManagerName ?? s(.panelNone))
        line(s(.panelComplaints), String(panel.openComplaints))
        if accounts.isEmpty {
            line(s(.panelAccounts), s(.panelNoAccounts))
        } else {
            for (i, account) in accounts.prefix(3).enumerated() {
                line(i == 0 ? s(.panelAccounts) : "", "\(account.number)  \(session.coded("accountType", account.type.rawValue))  "
                     + "\(account.currency.rawValue)  \(session.coded("accountStatus", account.status.rawValue))")
            }
        }
        for (i, application) in panel.applications.prefix(2).enumerated() {
            let status = session.coded("openingStatus", application.status)
            let why = application.status == "rejected" ? application.decisionReason : application.closureReason
            line(i == 0 ? s(.openingPanelApplications) : "",
                 "#\(application.id) \(session.coded("accountType", application.accountType.rawValue)) \(application.currency.rawValue): "
                     + status + (why.isEmpty ? "" : " — " + why),
                 role: application.status == "rejected" ? .warning : .normal)
        }
        if let check = panel.lastDocumentCheck {
            line(s(.identityPanelLastCheck), s(check.accepted ? .identityPanelCheckAccepted : .identityPanelCheckRefused,
                                              session.timestamp(check.at), check.masked)
                     + (check.ticketID.map { " " + s(.identityPanelCheckTicket, String($0)) } ?? ""),
                 role: check.accepted ? .normal : .warning)
        }
        y += 1
        buffer.write(s(.panelVisits), x: x, y: y, role: .header)
        y += 1
        if panel.recentVisits.isEmpty {
            buffer.write(s(.panelNoVisits), x: x + 2, y: y, role: .dim)
        }
        for ticket in panel.recentVisits where y < area.maxY - 1 {
            y += 1
            let text = "\(ticket.businessDate)  \(ticket.displayNumber)  \(session.typeName(ticket.businessType))  "
                + (ticket.outcome.map(session.outcomeName) ?? session.ticketStatusName(ticket.status))
            buffer.write(text, in: Rect(x: x + 2, y: y - 1, width: area.width - 6, height: 1), role: .normal)
        }
        return nil
    }

    /// Splits a long link into lines of at most `width` characters (it has no spaces to wrap at).
    private func chunks(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var rest = Substring(text)
        while !rest.isEmpty {
            lines.append(String(rest.prefix(max(1, width))))
            rest = rest.dropFirst(max(1, width))
        }
        return lines
    }

    /// The `secret=` value of an otpauth link, for typing by hand.
    static func secret(in link: String) -> String {
        guard let range = link.range(of: "secret=") else { return "" }
        return String(link[range.upperBound...].prefix { $0 != "&" })
    }
}
