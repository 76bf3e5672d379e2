import Foundation
import Testing
import TestSupport

/// Two real terminals on one branch file: a guide issues a ticket, a teller
/// calls it, sees the needs, and finishes with satisfaction 5.
@Suite(.serialized)
struct ReceptionEndToEndTests {
    @Test func guideIssuesTellerCallsAndFinishes() throws {
        let home = try Fixture.scratchFolder()
        let path = "\(home)/teller/training.sqlite"
        _ = try Shell.run(Fixture.tellerPath, ["demo-reset"], environment: ["XDG_DATA_HOME": home])

        let guide = try Tmux(Fixture.command("--demo --lang en", home: home))
        let teller = try Tmux(Fixture.command("--demo --lang zh", home: home))

        // The teller takes counter 3 for complaints only, so it will call our ticket and nothing seeded.
        try teller.waitFor("864200")
        try teller.type("teller")
        try teller.send("Tab")
        try teller.type("135790")
        try teller.send("Enter")
        try teller.waitFor("主菜单")
        try teller.send(try #require(try teller.hotkey(for: "柜台")))
        try teller.waitFor("开启窗口")
        try teller.send("Enter")
        try teller.waitFor("窗口号")
        try teller.type("3")
        try teller.send("Tab", "Right")              // cash: yes → no (a new counter serves cash only)
        try teller.send("Tab", "Tab", "Tab", "Tab")  // accounts, loans, wealth stay no
        try teller.send("Right")                     // complaints: no → yes
        try teller.send("C-s")
        try teller.waitFor("3 号窗口")

        // The guide issues a walk-in complaints ticket with the questionnaire.
        try guide.waitFor("864200")
        try guide.type("guide")
        try guide.send("Tab")
        try guide.type("246810")
        try guide.send("Enter")
        try guide.waitFor("Main menu")
        try guide.send(try #require(try guide.hotkey(for: "Reception")))
        try guide.waitFor("Today's appointments")
        try guide.send("w")
        try guide.waitFor("Issue ticket")
        for _ in 0..<4 { try guide.send("Right") }  // business type: cash → complaints
        try guide.send("Tab", "Tab")                // priority stays none; to Service
        try guide.send("Right", "Right")            // Fees complaint
        try guide.send("Tab", "Right")              // Documents: resident ID card
        try guide.send("Tab", "Right", "Right")     // Urgency: urgent
        try guide.send("Tab", "Right")              // Assistance: none
        try guide.send("Tab")
        try guide.type("Charged twice for a transfer")
        try guide.send("C-s")
        let slip = try guide.waitFor("Ticket E001")
        #expect(slip.contains("Fees complaint"))

        // The teller calls it and sees the needs summary in Chinese.
        try teller.send("n")
        try teller.waitFor("E001")
        // The frame is written top to bottom: wait for its last part (the note) before reading it.
        let called = try teller.waitFor("Charged twice for a transfer")
        #expect(called.contains("收费投诉"))
        #expect(called.contains("紧急"))
        #expect(called.contains("Charged twice for a transfer"))
        try teller.send("s")
        try teller.waitFor("办理中")
        try teller.send("f")
        try teller.waitFor("完成 E001")
        try teller.send("5")
        try teller.send("C-s")
        try teller.waitFor("E001 已完成")

        // The guide's board shows the counter again idle within a second or two.
        try guide.send("C-g")
        try guide.waitFor("Go to screen")
        try guide.send(try #require(try guide.hotkey(for: "Lobby board")))
        try guide.waitFor("Counter 3")

        try guide.send("C-q")
        try guide.waitFor(" END")
        try teller.send("C-q")
        try teller.waitFor(" END")

        let events = try Shell.run("/usr/bin/env", ["sqlite3", path, """
            SELECT e.kind || ':' || coalesce(o.username, '-') || ':' || coalesce(c.number, '-') || ':' || e.detail
            FROM queue_events e JOIN tickets t ON t.id = e.ticket_id
            LEFT JOIN operators o ON o.id = e.operator_id LEFT JOIN counters c ON c.id = e.counter_id
            WHERE t.series = 'E' AND t.number = 1 AND t.business_date = (SELECT business_date FROM branch) ORDER BY e.id;
            """]).output.split(separator: "\n").map(String.init)
        #expect(events == ["issued:guide:-:", "called:teller:3:", "started:teller:3:", "finished:teller:3:outcome=served",
                           "satisfaction:teller:3:5"])
        let ticket = try Shell.run("/usr/bin/env", ["sqlite3", path,
            "SELECT status, outcome, satisfaction, needs FROM tickets WHERE series = 'E' AND number = 1 AND business_date = (SELECT business_date FROM branch)"]).output
        #expect(ticket.contains("finished|served|5|"))
        #expect(ticket.contains("\"service\":\"complaint_fees\""))
    }
}
