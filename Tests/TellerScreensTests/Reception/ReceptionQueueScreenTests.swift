import BankCore
import BankStore
import BranchServices
import Foundation
import Localization
import Testing
import TerminalUI
@testable import TellerScreens

/// The guide's desk in the in-memory terminal, in English and Chinese: the
/// reception screen, a walk-in ticket with its slip, a refused questionnaire,
/// and an appointment's arrival. The demo branch has six appointments today
/// and five tickets waiting (A001, V001, B001, C001, A002), no counter open.
@Suite struct ReceptionQueueScreenTests {
    @Test(arguments: QueueWords.both) func receptionShowsAppointmentsAndTheWaitingTable(_ words: QueueWords) throws {
        let w = try Workstation(language: words.language)
        try w.signIn(as: "guide")
        try w.openQueueScreen(.reception)
        #expect(w.title == words.reception)
        #expect(w.lines[2] == " " + words.appointments)
        #expect(w.hasLine("09:30", "王秀英 (\(words.elderly))", words.accounts, words.booked))
        #expect(w.hasLine("11:00", "李娜", words.cash, words.booked))
        #expect(w.hasLine("15:30", "Anna Maria Eriksson", words.cash, words.booked))
        #expect(w.lines.filter { $0.hasSuffix(words.booked) }.count == 6)
        #expect(w.hasLine(words.waitingNow))
        // Waiting per business type, open counters, and the estimate (no counter is open yet).
        #expect(w.hasLine("A  " + words.cash, "3", "0", words.noCounter))
        #expect(w.hasLine("B  " + words.accounts, "1", "0", words.noCounter))
        // At 80 columns the keys that do not fit fold behind F1; Esc and F10 always stay.
        #expect(w.footer.hasPrefix(words.language == .english ? "Enter Arrived  w Walk-in  m Missed  x Cancel"
                                   : "Enter 已到达  w 现场取号  m 失约  x 取消预约"))
        #expect(w.footer.contains("Esc") && w.footer.contains("F10") && w.footer.contains("F1"))

        // A counter opening on another terminal shows on the next frame, with an estimate in minutes.
        let other = try w.otherTerminal()
        try QueueService(other).openCounter(number: 1, serves: [.cash], by: try w.queueOperator("teller"))
        w.app.draw()
        let minutes = words.language == .english ? " min" : " 分钟"
        #expect(w.hasLine("A  " + words.cash, "3", "1", minutes))
        #expect(!w.hasLine("A  " + words.cash, words.noCounter))
    }

    @Test(arguments: QueueWords.both) func walkInTicketIsIssuedWithItsSlip(_ words: QueueWords) throws {
        let w = try Workstation(language: words.language)
        try w.signIn(as: "guide")
        try w.openQueueScreen(.reception)
        w.press(.character("w"))
        #expect(w.title == words.issueTitle)
        #expect(w.hasLine(words.walkIn))
        // Type stays cash, priority stays none; then Service, Documents, Amount, Urgency, Assistance.
        w.press(.tab, .tab, .right, .tab, .right, .tab, .right, .tab, .right, .tab, .right)
        w.press(.control("s"))
        #expect(w.title == words.slipA003)
        #expect(w.lines.contains { $0.trimmingCharacters(in: .whitespaces) == "│                                A003                                │" })
        #expect(w.hasLine(words.ahead3))
        #expect(w.hasLine(words.unknownWait))
        #expect(w.hasLine(words.needsDeposit))
        #expect(w.messageLine == " " + words.issuedA003)

        let stored = try #require(try w.ticket("A003"))
        #expect(stored.ticket.businessType == .cash && stored.ticket.priority == nil && stored.ticket.customerID == nil)
        #expect(stored.needs == ["service": "deposit", "documents": "id_card", "amount": "none", "urgency": "normal", "assistance": "none"])
        let guide = try w.queueOperator("guide")
        #expect(try QueueService(w.context).events(ticketID: stored.ticket.id).map(\.operatorID) == [guide.id])

        // p writes the slip beside the branch file.
        w.press(.character("p"))
        let slipPath = w.folder.appendingPathComponent("tickets/\(w.businessDate)-A003.txt").path
        let slip = try String(contentsOfFile: slipPath, encoding: .utf8)
        #expect(slip.contains("A003") && slip.contains(words.ahead3))
        let written = words.language == .english ? "Ticket written to " : "号票已写入 "
        #expect(w.messageLine.hasPrefix(" " + written + String(w.folder.path.prefix(20))))

        // Back at reception the new ticket is counted.
        w.press(.escape)
        #expect(w.title == words.reception)
        #expect(w.hasLine("A  " + words.cash, "4", "0", words.noCounter))
    }

    @Test(arguments: QueueWords.both) func missingRequiredAnswerIsShownAndNothingIsIssued(_ words: QueueWords) throws {
        let w = try Workstation(language: words.language)
        try w.signIn(as: "guide")
        try w.openQueueScreen(.reception)
        w.press(.character("w"))
        // Service answered, Documents skipped, the rest answered.
        w.press(.tab, .tab, .right, .tab, .tab, .right, .tab, .right, .tab, .right)
        w.press(.control("s"))
        #expect(w.title == words.issueTitle)
        let documents = try #require(w.lines.firstIndex { $0.contains(words.documents) })
        #expect(w.lines[documents + 1].trimmingCharacters(in: .whitespaces) == words.required)
        #expect(w.lines.filter { $0.contains(words.required) }.count == 1)
        #expect(try w.context.database.scalarInt("SELECT count(*) FROM tickets WHERE business_date = ?", [.text(w.businessDate)]) == 5)
        // Answering it lets the ticket through.
        w.press(.right, .control("s"))
        #expect(w.title == words.slipA003)
        #expect(try w.ticket("A003")?.needs["documents"] == "id_card")
    }

    @Test(arguments: QueueWords.both) func arrivalIssuesTheAppointmentsTicket(_ words: QueueWords) throws {
        let w = try Workstation(language: words.language)
        try w.signIn(as: "guide")
        try w.openQueueScreen(.reception)
        // The first appointment (09:30, 王秀英, accounts, elderly) is highlighted. It is 12:00: the
        // arrival is late, and the guide confirms it before the ticket is issued (issue 13).
        w.press(.enter)
        #expect(w.title == words.reception)
        let parts = LocalTimeText.hoursMinutes(w.clock.now()).split(separator: ":").compactMap { Int($0) }
        let late = String(parts[0] * 60 + parts[1] - 9 * 60 - 30)
        let question = words.language == .english
            ? "The appointment was at 09:30, \(late) minutes ago. Issue the ticket for a late arrival? (Recorded as late.)"
            : "该预约时间为 09:30，已过去 \(late) 分钟。是否按迟到出号？（将记录为迟到）"
        for line in TextLayout.wrap(question, width: 36) { #expect(w.hasLine(line)) }
        w.press(.left, .enter)
        #expect(w.title == words.issueTitle)
        #expect(w.hasLine("王秀英  110108********"))
        #expect(w.hasLine("< " + words.accounts + " >"))
        w.press(.tab, .tab, .right, .tab, .right, .tab, .right, .tab, .right)
        w.press(.control("s"))
        #expect(w.hasLine(words.accountsElderly))
        let ticket = try #require(try w.ticket("V002")).ticket
        #expect(ticket.businessType == .accounts && ticket.priority == .elderly && ticket.customerID != nil)
        let guide = try w.queueOperator("guide")
        let appointment = try #require(try QueueService(w.context).appointments(by: guide).first?.appointment)
        #expect(appointment.status == .arrived && appointment.ticketID == ticket.id)

        w.press(.escape)
        #expect(w.hasLine("09:30", "王秀英", words.arrived))
        #expect(w.lines.filter { $0.hasSuffix(words.booked) }.count == 5)
        // Enter on an appointment that has arrived says so and issues nothing.
        w.press(.enter)
        #expect(w.title == words.reception)
        #expect(w.messageLine.count > 1)
        #expect(try w.ticket("V003") == nil)
    }
}
