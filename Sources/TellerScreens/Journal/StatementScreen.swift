import BankCore
import BranchServices
import Foundation
import Localization
import TerminalUI

/// An account statement with running balance. Pages are read by key from
/// either end of the account's postings (PgDn older, PgUp newer, Home the
/// newest page, End the oldest), so years of history page as fast as a day.
final class StatementScreen: KeyedScreen {
    /// `form`: a key for the account-number form; the others page and switch accounts.
    enum Action { case form, next, older, newer, newest, oldest, other, move }

    /// Its form is a search (dates, an account), not work to lose: leaving never asks.
    var hasUnsavedWork: Bool { false }

    static let pageSize = 12
    private var form = Form(fields: [.text("account", "", maxLength: 24, filter: .digits)], labelWidth: 18, requiredMessage: "")
    private var account: AccountRecord?
    private var customerName = ""
    /// The page shown, newest first.
    private(set) var lines: [AccountStatementLine] = []
    private var table = Table(columns: [])

    /// The customer's account numbers when opened from their panel (n shows the next one).
    private let customerAccounts: [String]

    init(session: Session, accountNumber: String? = nil, customerAccounts: [String] = []) {
        self.customerAccounts = customerAccounts
        if let accountNumber {
            form.setValue("account", accountNumber)
            load(accountNumber, session)
        }
    }

    var capturesText: Bool { account == nil }

    func title(_ session: Session) -> String { session.strings(.statementTitle) }

    /// The account form's keys until an account is shown; then paging, another account and (from a panel) the next one.
    func keyTable(_ session: Session) -> KeyTable<Action> {
        let s = session.strings
        guard account != nil else { return .formKeys(session, .form) }
        let next = customerAccounts.count > 1
            ? [KeyBinding(Action.next, keys: [.character("n")], title: s(.statementNextAccount), help: s(.statementNextAccountLong))] : []
        return .withListMoves(next + [
            KeyBinding(.older, keys: [.pageDown], title: s(.statementOlder), help: s(.statementOlderLong)),
            KeyBinding(.newer, keys: [.pageUp], title: s(.statementNewer), help: s(.statementNewerLong)),
            KeyBinding(.newest, keys: [.home], title: s(.statementNewest), help: s(.statementNewestLong)),
            KeyBinding(.oldest, keys: [.end], title: s(.statementOldest), help: s(.statementOldestLong)),
            KeyBinding(.other, keys: [.character("a")], title: s(.statementOtherAccount), help: s(.statementOtherAccountLong)),
        ], .move, session)
    }

    private func load(_ number: String, _ session: Session) {
        guard let actor = session.signedIn else { return }
        do {
            let found = try LedgerQueryService(session.context).openStatement(number: number, by: actor)
            customerName = (try? CustomerService(session.context).panel(customerID: found.customerID, by: actor))?.customer.name ?? ""
            account = found
            lines = try LedgerQueryService(session.context).statement(accountID: found.id, limit: Self.pageSize, by: actor)
            table.select(0)
        } catch {
            form.setError("account", error.text(in: session.strings))
        }
    }

    func handle(_ key: Key, session: Session) -> KeyResult {
        route(key, session: session) {
            guard account == nil else { return .ignored }
            enterAccount(key, session)
            return .handled
        }
    }

    /// Hands a key to the account form; a submitted number opens its statement.
    private func enterAccount(_ key: Key, _ session: Session) {
        let event = form.handle(key) { _, value in
            value.filter(\.isNumber).count < 8 ? session.strings(.statementAccountInvalid) : nil
        }
        if event == .submit { load(form.value("account"), session) }
    }

    func perform(_ action: Action, key: Key, session: Session) -> KeyResult {
        switch action {
        case .form:
            enterAccount(key, session)
            return .handled
        case .move:
            table.handle(key)
            return .handled
        case .next, .older, .newer, .newest, .oldest, .other:
            return page(action, session)
        }
    }

    /// Paging and switching accounts, on the account shown.
    private func page(_ action: Action, _ session: Session) -> KeyResult {
        guard let account, let actor = session.signedIn else { return .ignored }
        let query = LedgerQueryService(session.context)
        do {
            switch action {
            case .older:
                guard let last = lines.last else { return .handled }
                let page = try query.statement(accountID: account.id, beforePostingID: last.postingID, limit: Self.pageSize, by: actor)
                if page.isEmpty { session.say(session.strings(.statementNoOlder), .warning) } else { show(page) }
            case .newer:
                guard let first = lines.first else { return .handled }
                let page = try query.statementFromStart(accountID: account.id, afterPostingID: first.postingID,
                                                        limit: Self.pageSize, by: actor)
                if page.isEmpty {
                    session.say(session.strings(.statementNoNewer), .warning)
                } else if page.count < Self.pageSize {
                    show(try query.statement(accountID: account.id, limit: Self.pageSize, by: actor))
                } else {
                    show(page.reversed())
                }
            case .newest:
                show(try query.statement(accountID: account.id, limit: Self.pageSize, by: actor))
            case .oldest:
                show(try query.statementFromStart(accountID: account.id, limit: Self.pageSize, by: actor).reversed())
            case .next:
                let index = customerAccounts.firstIndex(of: account.number).map { $0 + 1 } ?? 0
                load(customerAccounts[index % customerAccounts.count], session)
            case .other:
                self.account = nil
                lines = []
                form.setValue("account", "")
            case .form, .move:
                break
            }
        } catch {
            session.say(error)
        }
        return .handled
    }

    private func show(_ page: [AccountStatementLine]) {
        lines = page
        table.select(0)
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        let s = session.strings
        let inner = area.inset(1)
        guard let account else {
            form.relabel(s, ["account": .statementAccount])
            return form.render(into: &buffer, at: Rect(x: inner.x + 1, y: inner.y, width: inner.width - 1, height: 2))
        }
        let header = "\(AccountNumber.masked(account.number))  \(customerName)  \(account.currency.rawValue)  "
            + session.coded("accountStatus", account.status.rawValue)
        buffer.write(header, in: Rect(x: inner.x, y: inner.y, width: inner.width, height: 1), role: .header)
        buffer.write(s(.statementBalance, AmountParser.format(account.balance)),
                     in: Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: 1), role: .normal)
        // Issue 13: each line has its time and the other side; the selected line's memo shows below the table.
        table.columns = [TableColumn(s(.statementColumnDate), width: 16), TableColumn(s(.statementColumnKind), width: 10),
                         TableColumn(s(.statementColumnChange), width: 12, alignment: .right),
                         TableColumn(s(.statementColumnBalance), width: 12, alignment: .right), TableColumn(s(.ledgerStatementCounterparty))]
        table.emptyMessage = s(.statementEmpty)
        table.setRows(lines.map { line in
            [line.businessDate.description + " " + LocalTimeText.hoursMinutes(line.at), session.coded("journalKind", line.kind.rawValue),
             DrawerReconciliationScreen.signed(line.change), AmountParser.format(line.balanceAfter),
             line.counterparty.isEmpty && line.kind.isCounterCash ? s(.ledgerStatementCash) : line.counterparty]
        })
        let height = min(inner.height - 4, Self.pageSize + 1)
        table.render(into: &buffer, at: Rect(x: inner.x, y: inner.y + 3, width: inner.width, height: height))
        if lines.indices.contains(table.selected), !lines[table.selected].memo.isEmpty {
            buffer.write(s(.statementColumnMemo) + ": " + lines[table.selected].memo,
                         in: Rect(x: inner.x, y: inner.y + 3 + height, width: inner.width, height: 1), role: .dim)
        }
        return nil
    }
}
