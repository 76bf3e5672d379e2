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
    static let english = """
         TRAINING  guide │ {DATE} │ DEMO01 Training Branch 培训网点           {TIME}
         Lobby board

          Now serving
          Counter 1   V001        Counter 2   on break    Counter 3   —









          Waiting now
          Business                                   Waiting Counters        Est. wait
          A  Cash & transfers                              2        1           19 min
          B  Accounts                                      1        1           11 min
          C  Loans                                         1        1           21 min
          D  Wealth                                        0        0  no counter open
          E  Complaints                                    0        0  no counter open
          Updated {STAMP}

        F1/? Help  F2 中文  Esc Back  F10 Sign out
        """

    static let chinese = """
         培训模式  guide │ {DATE} │ DEMO01 Training Branch 培训网点           {TIME}
         叫号显示屏

          正在办理
          1 号窗口    V001        2 号窗口    暂停        3 号窗口    —









          当前等候
          业务                                      等候人数     窗口         预计等候
          A  现金与转账                                    2        1          19 分钟
          B  开户与账户                                    1        1          11 分钟
          C  贷款                                          1        1          21 分钟
          D  理财                                          0        0       无开放窗口
          E  投诉                                          0        0       无开放窗口
          更新于 {STAMP}

        F1/? 帮助  F2 English  Esc 返回  F10 注销
        """

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
        #expect(w.hasLine("A  Cash & transfers", "3", "0", "no counter open"))

        // A teller on another terminal takes counter 1 and calls: the next frame shows it.
        let other = try w.otherTerminal()
        let queue = QueueService(other)
        let teller = try w.queueOperator("teller")
        let counter = try queue.openCounter(number: 1, serves: [.cash], by: teller)
        w.app.draw()
        #expect(w.hasLine("Counter 1   —"))
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
