import BankCore
import BankStore
import BranchServices
import Foundation
import Localization
import Testing
import TerminalUI
@testable import TellerScreens

/// The lobby board as a wall display shows it, compared whole, in English and
/// Chinese; and it follows changes made on another terminal.
@Suite struct LobbyQueueScreenTests {
    /// The board reads the same in either interface language: English and Chinese together.
    static let board = """
         Lobby board  叫号显示屏

          Now serving  正在办理
          Counter 1 1 号窗口  V001              Counter 2 2 号窗口  on break  暂停
          Counter 3 3 号窗口  —



          Recently called (ticket → counter)  最近叫号（号码 → 窗口）
          V001 → 1

          Waiting now  当前等候
          Business                                  Waiting Counters         Est. wait
          业务                                     等候人数     窗口          预计等候
          A  Cash & transfers  现金与转账                 2        1  19 min · 19 分钟
          B  Accounts  开户与账户                         1        1  11 min · 11 分钟
          C  Loans  贷款                                  1        1  21 min · 21 分钟
          D  Wealth  理财                                 0        0    closed  未开放
          E  Complaints  投诉                             0        0    closed  未开放

          Updated {STAMP}  更新于 {STAMP}
        """

    static let english = " TRAINING  guide · Guide │ {DATE} │ DEMO01 Training Branch 培训网点   {TIME}\n" + board
        + "\n\nEsc Back  F1/? Help  F2 中文  F10 Sign out"

    static let chinese = " 培训模式  guide │ {DATE} │ DEMO01 Training Branch 培训网点           {TIME}\n" + board
        + "\n\nEsc 返回  F1/? 帮助  F2 English  F10 注销"

    /// Counter 1 (teller, cash) serving V001; counter 2 (teller2, cash) on break;
    /// counter 3 (super, accounts and loans) open and idle (—); counter 4 stays closed.
    static func staffCounters(_ w: Workstation) throws {
        let queue = QueueService(w.context)
        let teller = try w.queueOperator("teller")
        let teller2 = try w.queueOperator("teller2")
        let supervisor = try w.queueOperator("super")
        let one = try queue.openCounter(number: 1, serves: [.cash], by: teller)
        let two = try queue.openCounter(number: 2, serves: [.cash], by: teller2)
        try queue.setState(counterID: two.id, .onBreak, by: teller2)
        try queue.openCounter(number: 3, serves: [.accounts, .loans], by: supervisor)
        #expect(try queue.callNext(counterID: one.id, by: teller)?.displayNumber == "V001")
    }

    @Test(arguments: [(Language.english, english), (.chinese, chinese)])
    func wholeBoard(_ language: Language, _ template: String) throws {
        let w = try Workstation(language: language)
        try Self.staffCounters(w)
        try w.signIn(as: "guide")
        try w.openQueueScreen(.lobby)
        w.expectScreen(template.replacingOccurrences(of: "{STAMP}", with: w.session.timestamp(w.clock.now())))
    }

    @Test func boardFollowsAnotherTerminalWithoutAKey() throws {
        let w = try Workstation()
        try w.signIn(as: "guide")
        try w.openQueueScreen(.lobby)
        #expect(!w.hasLine("Counter 1"))
        #expect(w.hasLine("A  Cash & transfers", "3", "0", "closed  未开放"))

        // A teller on another terminal takes counter 1 and calls: the next frame shows it.
        let other = try w.otherTerminal()
        let queue = QueueService(other)
        let teller = try w.queueOperator("teller")
        let counter = try queue.openCounter(number: 1, serves: [.cash], by: teller)
        w.app.draw()
        #expect(w.hasLine("Counter 1 1 号窗口  —"))
        _ = try queue.callNext(counterID: counter.id, by: teller)
        w.app.draw()
        #expect(w.hasLine("Counter 1", "V001"))
        #expect(w.hasLine("A  Cash & transfers", "2", "1", "min"))
        _ = try queue.finish(counterID: counter.id, outcome: .leftBeforeService, satisfaction: nil, by: teller)
        _ = try queue.callNext(counterID: counter.id, by: teller)
        w.app.draw()
        #expect(w.hasLine("Counter 1", "A001"))

        // With nothing changed the board is re-read at least once a second (the estimates follow the clock).
        let stamp = w.session.timestamp(w.clock.now())
        #expect(w.hasLine("Updated " + stamp))
        w.clock.advance(by: 1)
        w.app.draw()
        #expect(w.hasLine("Updated " + w.session.timestamp(w.clock.now())))
        // A closed counter leaves the board.
        _ = try queue.finish(counterID: counter.id, outcome: .leftBeforeService, satisfaction: nil, by: teller)
        try queue.setState(counterID: counter.id, .closed, by: teller)
        w.app.draw()
        #expect(!w.hasLine("Counter 1"))
    }
}
