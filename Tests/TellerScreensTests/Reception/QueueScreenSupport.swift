import BankCore
import BankStore
import BranchServices
import Foundation
import Localization
import Testing
import TerminalUI
@testable import TellerScreens

/// The words the queue screens must show, written out per language (not read
/// from the string table, so a missing or wrong translation fails the test).
struct QueueWords: Sendable, CustomTestStringConvertible {
    var language: Language
    var reception: String
    var appointments: String
    var booked: String
    var arrived: String
    var elderly: String
    var accounts: String
    var cash: String
    var waitingNow: String
    var noCounter: String
    var issueTitle: String
    var walkIn: String
    var documents: String
    var required: String
    var slipA003: String
    var ahead3: String
    var unknownWait: String
    var needsDeposit: String
    var issuedA003: String
    var accountsElderly: String
    var takeCounter: String
    var counterOpened: String
    var counter1: String
    var stateOpen: String
    var waitingHere3: String
    var calling: String
    var ticketLine: String
    var customer: String
    var service: String
    var withdrawal: String
    var amount: String
    var under50k: String
    var assistance: String
    var statusLabel: String
    var beingServed: String
    var finishTitle: String
    var finished: String
    var nobodyCalled: String

    var testDescription: String { language.rawValue }

    static let english = QueueWords(
        language: .english, reception: "Reception", appointments: "Today's appointments", booked: "booked", arrived: "arrived",
        elderly: "Elderly", accounts: "Accounts", cash: "Cash & transfers", waitingNow: "Waiting now", noCounter: "no counter open",
        issueTitle: "Issue ticket", walkIn: "walk-in (not identified)", documents: "Documents brought",
        required: "! This field is required.", slipA003: "Ticket A003", ahead3: "People ahead: 3",
        unknownWait: "Estimated wait: unknown (no counter open)", needsDeposit: "Needs: Service: Deposit; Documents brought: Resident ID card;",
        issuedA003: "Ticket A003 issued: 3 ahead; no counter serving this business is open now.",
        accountsElderly: "Business type: Accounts / Elderly", takeCounter: "Take a counter", counterOpened: "Counter 1 open.",
        counter1: "Counter 1", stateOpen: "State: open", waitingHere3: "Waiting for the types you serve: 3",
        calling: "Calling V001 to counter 1.", ticketLine: "V001  Cash & transfers  Elderly", customer: "Customer",
        service: "Service", withdrawal: "Withdrawal", amount: "Amount", under50k: "Under 50,000", assistance: "Assistance",
        statusLabel: "Status", beingServed: "being served", finishTitle: "Finish V001", finished: "V001 finished: Served.",
        nobodyCalled: "Nobody called. Press n to call the next customer.")

    static let chinese = QueueWords(
        language: .chinese, reception: "大堂接待", appointments: "今日预约", booked: "待到达", arrived: "已到达",
        elderly: "老年", accounts: "开户与账户", cash: "现金与转账", waitingNow: "当前等候", noCounter: "无开放窗口",
        issueTitle: "取号", walkIn: "现场客户（未识别）", documents: "携带证件",
        required: "! 此项必填。", slipA003: "号票 A003", ahead3: "前面人数: 3",
        unknownWait: "预计等候: 未知（无开放窗口）", needsDeposit: "需求: 办理业务: 存款; 携带证件: 居民身份证;",
        issuedA003: "已取号 A003：前面 3 人；目前没有办理该业务的开放窗口。",
        accountsElderly: "业务类型: 开户与账户 / 老年客户", takeCounter: "开启窗口", counterOpened: "1 号窗口已开启。",
        counter1: "1 号窗口", stateOpen: "状态: 开放", waitingHere3: "您办理业务的等候人数：3",
        calling: "请 V001 号到 1 号窗口。", ticketLine: "V001  现金与转账  老年客户", customer: "客户",
        service: "办理业务", withdrawal: "取款", amount: "金额范围", under50k: "5 万以下", assistance: "协助需求",
        statusLabel: "状态", beingServed: "办理中", finishTitle: "完成 V001", finished: "V001 已完成：已办结。",
        nobodyCalled: "当前无客户。按 n 叫下一位。")

    static let both = [english, chinese]
}

extension Workstation {
    /// Opens a destination from the main menu by the hotkey printed beside its title.
    func openQueueScreen(_ destination: Destination, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let title = session.destinationTitle(destination)
        let item = try #require(menuItems.first { $0.hasSuffix("  " + title) }, "\(title) is not on the menu",
                                sourceLocation: sourceLocation)
        press(.character(try #require(item.first, sourceLocation: sourceLocation)))
    }

    /// A demo operator as stored.
    func queueOperator(_ username: String) throws -> Operator {
        try #require(try OperatorRepository(db: context.database).find(username: username)?.operator)
    }

    /// Another terminal on the same branch file (its own connection), on the same clock.
    func otherTerminal() throws -> BranchContext {
        try BranchContext.open(path: path, clock: clock, terminal: "test/tty2", pinIterations: 1_000)
    }

    /// True when some screen line holds every one of `parts`.
    func hasLine(_ parts: String...) -> Bool {
        lines.contains { line in parts.allSatisfy(line.contains) }
    }

    /// Today's tickets by number, read from the file.
    func ticket(_ number: String) throws -> (ticket: Ticket, needs: [String: String])? {
        let service = QueueService(context)
        let all = try context.database.query("SELECT id FROM tickets WHERE business_date = ?", [.text(businessDate)])
        for row in all {
            guard let id = row.int("id"), let found = try service.ticket(id: id) else { continue }
            if found.ticket.displayNumber == number { return found }
        }
        return nil
    }
}
