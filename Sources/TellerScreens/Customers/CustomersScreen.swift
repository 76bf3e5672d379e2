import BankCore
import BranchServices
import Localization
import TerminalUI

/// Find a customer by name (Chinese or Latin, partial), ID number or phone;
/// open their panel or register a new one. ID and phone are masked here.
final class CustomersScreen: KeyedScreen {
    /// This screen's actions; `keyTable` binds them to keys, `perform` does them.
    enum Action: Hashable, Sendable { case search, move, register }

    private var query = TextField(maxLength: 40)
    private var lastQuery: String?
    private var results: [Customer] = []
    private var table = Table(columns: [])
    /// Where a chosen customer goes: the panel, or back to a caller (ticket issue).
    private let onPick: ((Customer) -> Navigation)?

    init(session: Session, onPick: ((Customer) -> Navigation)? = nil) {
        self.onPick = onPick
    }

    var capturesText: Bool { true }

    func title(_ session: Session) -> String { session.strings(.customersTitle) }

    func keyTable(_ session: Session) -> KeyTable<Action> {
        let s = session.strings
        return KeyTable([
            KeyBinding(.search, keys: [.enter], title: s(.customersSearch), help: s(.uiHelpCustomersEnter)),
            KeyBinding(.move, keys: [.down, .up, .pageDown, .pageUp], title: s(.customersOpen), help: s(.uiHelpCustomersMove),
                       inFooter: false),
            KeyBinding(.register, keys: [.function(5)], title: s(.customersRegister), help: s(.customersRegisterLong)),
        ])
    }

    func handle(_ key: Key, session: Session) -> KeyResult {
        route(key, session: session) {
            query.handle(key)
            return .handled
        }
    }

    func perform(_ action: Action, key: Key, session: Session) -> KeyResult {
        switch action {
        case .move:
            table.handle(key)
            return .handled
        case .register:
            return .navigate(.push(CustomerFormScreen.make(session: session, onRegistered: onPick)))
        case .search:
            if query.text != lastQuery {
                search(session)
                return .handled
            }
            guard results.indices.contains(table.selected) else { return .handled }
            let customer = results[table.selected]
            if let onPick { return .navigate(onPick(customer)) }
            return .navigate(.push(CustomerPanelScreen(session: session, customerID: customer.id)))
        }
    }

    private func search(_ session: Session) {
        guard let actor = session.signedIn else { return }
        lastQuery = query.text
        do {
            results = try CustomerService(session.context).search(query.text, by: actor)
            table.select(0)
            session.message = nil
        } catch {
            session.say(error)
        }
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        let s = session.strings
        let label = s(.customersSearch)
        let labelWidth = DisplayWidth.of(label) + 1
        buffer.write(label, x: area.x + 1, y: area.y + 1, role: .label)
        let cursor = query.render(into: &buffer, at: Rect(x: area.x + 1 + labelWidth, y: area.y + 1, width: 40, height: 1), focused: true)
        buffer.write(s(.customersSearchHint), in: Rect(x: area.x + 1, y: area.y + 2, width: area.width - 2, height: 1), role: .dim)
        table.columns = [
            TableColumn(s(.customersColumnName)),
            TableColumn(s(.customersColumnID), width: 20),
            TableColumn(s(.customersColumnPhone), width: 13),
            TableColumn(s(.customersColumnBirth), width: 10),
            TableColumn(s(.customersColumnNeeds), width: 10),
        ]
        table.emptyMessage = lastQuery == nil ? s(.customersTypeToSearch) : s(.customersNone, keyTable(session).label(for: .register))
        table.setRows(results.map { c in
            [c.name, Masking.idNumber(c.idNumber), Masking.phone(c.phone), c.birthDate.description,
             c.assistance == .none ? "" : session.assistanceName(c.assistance)]
        })
        table.render(into: &buffer, at: Rect(x: area.x + 1, y: area.y + 4, width: area.width - 2, height: area.height - 4))
        return cursor
    }
}
