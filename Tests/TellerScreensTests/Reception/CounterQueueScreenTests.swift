import BankCore
import BankStore
import BranchServices
import Foundation
import Localization
import Testing
import TerminalUI
@testable import TellerScreens

/// A teller at the counter screen, in English and Chinese: take counter 1,
/// call the next ticket (the elderly customer's V001) and see reception's
/// answers, start, and finish with satisfaction 5.
@Suite struct CounterQueueScreenTests {
    @Test(arguments: QueueWords.both) func takeCounterCallStartAndFinish(_ words: QueueWords) throws {
        let w = try Workstation(language: words.language)
        try w.signIn(as: "teller")
        try w.openQueueScreen(.counter)
        #expect(w.title == words.takeCounter)
        #expect(w.hasLine("Enter: " + words.takeCounter))

        // Enter opens the form: counter 1, cash only (the default).
        w.press(.enter)
        w.type("1")
        w.press(.control("s"))
        #expect(w.messageLine == " " + words.counterOpened)
        #expect(w.title == words.counter1)
        #expect(w.hasLine(words.stateOpen))
        #expect(w.hasLine(words.nobodyCalled))
        #expect(w.hasLine(words.waitingHere3))

        // n: the priority ticket comes first, with the needs recorded at reception.
        w.press(.character("n"))
        #expect(w.messageLine == " " + words.calling)
        #expect(w.hasLine(words.ticketLine))
        #expect(w.hasLine(words.customer, "王秀英"))
        #expect(w.hasLine(words.service, words.withdrawal))
        #expect(w.hasLine(words.amount, words.under50k))
        #expect(w.hasLine(words.assistance, words.elderly))

        // s: service starts.
        w.press(.character("s"))
        #expect(w.hasLine(words.statusLabel, words.beingServed))

        // f: outcome served (preselected), 5 picks the score, Ctrl-S finishes.
        w.press(.character("f"))
        #expect(w.title == words.finishTitle)
        w.press(.character("5"))
        #expect(w.hasLine("< 5 ***** >"))
        w.press(.control("s"))
        #expect(w.messageLine == " " + words.finished)
        #expect(w.title == words.counter1)
        #expect(w.hasLine(words.nobodyCalled))

        let stored = try #require(try w.ticket("V001")).ticket
        #expect(stored.status == .finished && stored.outcome == .served && stored.satisfaction == 5)
        let teller = try w.queueOperator("teller")
        let events = try QueueService(w.context).events(ticketID: stored.id)
        #expect(events.map(\.kind) == [.issued, .called, .started, .finished, .satisfaction])
        #expect(events.dropFirst().allSatisfy { $0.operatorID == teller.id && $0.counterID == stored.counterID && $0.counterID != nil })
        #expect(events.last?.detail == "5")

        // The next call takes the oldest regular ticket.
        w.press(.character("n"))
        #expect(w.hasLine("A001"))
    }

    @Test(arguments: QueueWords.both) func breakWhileServingIsRefusedOnScreen(_ words: QueueWords) throws {
        let w = try Workstation(language: words.language)
        try w.signIn(as: "teller")
        try w.openQueueScreen(.counter)
        w.press(.enter)
        w.type("1")
        w.press(.control("s"))
        w.press(.character("n"))
        w.press(.character("b"))
        let busy = LocalizedMessage(.counterBusy).text(in: Strings(words.language))
        #expect(w.messageLine == " " + busy)
        #expect(try QueueService(w.context).counters().first?.state == .serving)
        // No-show before the recalls is refused too, with the count needed.
        w.press(.character("x"))
        #expect(w.messageLine == " " + LocalizedMessage(.queueRecallFirst, "2").text(in: Strings(words.language)))
        w.press(.character("r"), .character("r"), .character("x"))
        #expect(try w.ticket("V001")?.ticket.status == .noShow)
        #expect(w.hasLine(words.nobodyCalled))
    }
}
