import BankCore
import BranchServices
import Localization
import TerminalUI

/// The loan desk's home: a new application (the customer picked with the
/// customer lookup), a draft continued, and for those who may approve the
/// approvers' inbox. Each entry has its number key; entries the role may not
/// use are not listed (the services refuse them anyway).
final class LoansHubScreen: CommandScreen {
    /// Open the highlighted entry, move the highlight, or open entry `n` by its number key.
    enum Action: Hashable, Sendable { case select, move, open(Int) }

    /// One entry of the desk: its id, title, who may use it and the screen it opens.
    struct Entry {
        var id: String
        var title: StringKey0
        var permission: Permission
        var make: (Session) -> any Screen
    }

    private var menu = Menu(items: [])

    init(session: Session) {}

    static var entries: [Entry] { [
        Entry(id: "new", title: .loanDeskHubNew, permission: .loans, make: { LoanCustomerPick.screen(session: $0) }),
        Entry(id: "drafts", title: .loanDeskHubDrafts, permission: .loans, make: { LoanDraftsScreen(session: $0) }),
        Entry(id: "loans", title: .loanDeskHubCustomerLoans, permission: .loans,
              make: { LoanCustomerPick.screen(session: $0, purpose: .loans) }),
        Entry(id: "inbox", title: .loanDeskHubInbox, permission: .approve, make: { LoanInboxScreen(session: $0) }),
        Entry(id: "monitoring", title: .loanDeskHubMonitoring, permission: .viewDashboard, make: { LoanMonitoringScreen(session: $0) }),
    ] }

    var capturesText: Bool { false }

    func title(_ session: Session) -> String { session.strings(.menuLoans) }

    private func available(_ session: Session) -> [Entry] {
        guard let role = session.signedIn?.role else { return [] }
        return Self.entries.filter { role.may($0.permission) }
    }

    func keyTable(_ session: Session) -> KeyTable<Action> {
        let s = session.strings
        let numbered = available(session).enumerated().map { index, entry in
            KeyBinding(Action.open(index), keys: [.character(Character(String(index + 1)))], title: s(entry.title), inFooter: false)
        }
        return KeyTable([
            KeyBinding(.select, keys: [.enter], title: s(.keySelect), help: s(.keySelectLong)),
            KeyBinding(.move, keys: [.up, .down, .home, .end, .tab, .backTab], title: s(.uiHelpMenuMove), inFooter: false),
        ] + numbered)
    }

    private func rebuild(_ session: Session) {
        let selected = menu.selectedItem?.id
        menu = Menu(items: available(session).enumerated().map { index, entry in
            MenuItem(id: entry.id, title: session.strings(entry.title), hotkey: Character(String(index + 1)))
        })
        if let selected { menu.select(id: selected) }
    }

    func perform(_ action: Action, key: Key, session: Session) -> KeyResult {
        rebuild(session)
        let entries = available(session)
        switch action {
        case .move:
            _ = menu.handle(key)
            return .handled
        case .select:
            guard let entry = entries.first(where: { $0.id == menu.selectedItem?.id }) else { return .handled }
            return .navigate(.push(entry.make(session)))
        case .open(let index):
            guard entries.indices.contains(index) else { return .handled }
            menu.select(id: entries[index].id)
            return .navigate(.push(entries[index].make(session)))
        }
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        rebuild(session)
        menu.render(into: &buffer, at: Rect(x: area.x + 2, y: area.y + 1, width: min(50, area.width - 4), height: menu.items.count))
        return nil
    }
}

/// Picking the customer with the customer lookup, for a new application (the
/// form then replaces this one, linked to the ticket if any) or for the
/// customer's loans (contract, payout, repayment, statement).
enum LoanCustomerPick {
    /// What the picked customer is for.
    enum Purpose { case application, loans }

    static func screen(session: Session, ticketID: Int64? = nil, purpose: Purpose = .application) -> any Screen {
        let title: StringKey0 = purpose == .application ? .loanDeskPickTitle : .loanDeskPickLoansTitle
        return FormScreen(FormSpec(title: LocalizedMessage(title), labelWidth: 12, fields: [
            FieldSpec("customer", .loanDeskPickCustomer, .text(maxLength: 40), hint: .loanDeskPickCustomerHint),
        ]) { form, session in
            switch CustomerLookup.resolve(form.value("customer"), session: session) {
            case .failure(let problem):
                form.setError("customer", problem.text)
            case .success(nil):
                form.setError("customer", session.strings(.required))
            case .success(let customer?):
                form.markSaved()
                switch purpose {
                case .application:
                    return .navigate(.replaceTop(LoanApplicationScreen(session: session, customerID: customer.id, ticketID: ticketID)))
                case .loans:
                    return .navigate(.replaceTop(CustomerLoansScreen(session: session, customerID: customer.id)))
                }
            }
            return .handled
        }, session: session)
    }
}
