import BankCore
import Foundation
import Testing
import TestSupport

/// A complaint's whole life on the real binary in tmux, in one training
/// branch file: a teller at counter 1 calls the next ticket and takes the
/// served customer's complaint down with the hidden `p` key (the receipt is
/// printed to a file); a supervisor signs in at the same terminal,
/// acknowledges, investigates, responds with an explanation, compensation
/// credited to the customer's account and a written apology, and closes it
/// with the customer's satisfaction. The KPI dashboard then counts it
/// received and resolved on time, and `teller report --format json` agrees.
@Suite(.serialized)
struct ComplaintsEndToEndTests {
    static let customer = "王秀英"                    // the first waiting ticket's customer (V001, elderly)
    static let account = "620001200000000034"         // her only account
    static let maskedAccount = "620001********0034"

    @Test func counterIntakeSupervisorHandlingDashboardAndReport() throws {
        let home = try Fixture.scratchFolder()
        let path = "\(home)/teller/training.sqlite"
        let reset = try Shell.run(Fixture.tellerPath, ["demo-reset"], environment: ["XDG_DATA_HOME": home])
        #expect(reset.status == 0, "\(reset.error)")
        // The period the complaint falls in, whatever the clock does while the test runs (it may pass midnight).
        let firstDay = BusinessDate(date: Date())
        let tmux = try Tmux(Fixture.command("--demo --lang en", home: home), width: 100, height: 30,
                            environment: ["LANG": "C.UTF-8"])

        // 1. The teller takes counter 1, calls the next ticket and starts serving it.
        try signIn("teller", "135790", tmux)
        try tmux.send(try #require(try tmux.hotkey(for: "Counter")))
        try tmux.waitFor("Take a counter")
        try tmux.send("Enter")
        try tmux.waitFor("Counter number")
        try tmux.type("1")                               // serves cash only (the default)
        try tmux.send("C-s")
        try tmux.waitFor("Waiting for the types you serve")
        try tmux.send("n")
        let called = try tmux.waitFor("Calling V001 to counter 1.")
        #expect(called.contains(Self.customer))
        try tmux.send("s")

        // The customer complains about the wait: `p` takes it down for the customer and ticket being served.
        try tmux.send("p")
        try tmux.waitFor("Complaint from \(Self.customer)")
        try tmux.waitFor("< Service attitude >")
        try tmux.send("Tab", "Tab", "Right")             // channel stays Counter; contact blank; category → Waiting time
        try tmux.waitFor("< Waiting time >")
        try tmux.send("Tab", "Right")                    // severity: Medium → High
        try tmux.waitFor("< High >")
        try tmux.send("Tab")
        try tmux.type("Waited 40 minutes for a withdrawal")
        try tmux.send("Tab")
        try tmux.type("An apology and the fee back")
        try tmux.waitFor("An apology and the fee back")
        try tmux.send("C-s")
        let slip = try tmux.waitFor("registered. Press p to print the receipt.")
        let number = try #require(slip.firstMatch(of: /Complaint (C\d{8}-0001) registered/)?.1).description
        #expect(slip.contains("Category: Waiting time → Branch service"))
        #expect(slip.contains("Severity: High"))
        #expect(slip.contains("Customer: \(Self.customer)"))
        try tmux.send("p")
        let receiptPath = "\(home)/teller/tickets/complaint-\(number).txt"
        try tmux.waitFor("Complaint receipt written to")
        let receipt = try String(contentsOfFile: receiptPath, encoding: .utf8)
        #expect(receipt.contains("COMPLAINT RECEIPT 投诉受理回执"))
        #expect(receipt.contains("Registration No. 登记号: \(number)"))
        #expect(receipt.contains("Customer 客户: \(Self.customer)"))
        #expect(receipt.contains("Your complaint 投诉内容: Waited 40 minutes for a withdrawal"))

        // Back at the counter the service is finished; then the teller signs out.
        try tmux.send("Escape")
        try tmux.waitFor("Counter 1")
        try tmux.send("f")
        try tmux.waitFor("Finish V001")
        try tmux.send("C-s")                             // outcome served, no satisfaction given
        try tmux.waitFor("V001 finished")
        try tmux.send("F10")

        // 2. The supervisor handles it: acknowledge, investigate, respond with compensation, close with satisfaction 4.
        try signIn("super", "802468", tmux)
        try tmux.send(try #require(try tmux.hotkey(for: "Complaints and care")))
        let lists = try tmux.waitFor("1 Open (1)")
        let row = try #require(lists.split(separator: "\n").first { $0.contains(number) })
        #expect(row.contains("Waiting time") && row.contains("High") && row.contains("Received") && row.contains("super"))
        try tmux.send("Enter")
        try tmux.waitFor("Complaint \(number)")
        let received = try tmux.waitFor("a Acknowledge")
        #expect(received.contains("Counter · Waiting time → Branch service"))
        #expect(received.contains("Assigned      → super"))
        try tmux.send("a")
        try tmux.waitFor("Complaint \(number) acknowledged.")
        try tmux.send("i")
        try tmux.waitFor("What will be looked into")
        try tmux.type("Queue log for counter 1 at noon")
        try tmux.send("Enter")
        try tmux.waitFor("Complaint \(number) is being investigated.")
        try tmux.send("r")
        let respond = try tmux.waitFor("Respond to complaint \(number)")
        #expect(respond.contains("Remedy wanted: An apology and the fee back"))
        #expect(respond.contains("< \(Self.account)  CNY >"))   // her only account is chosen already
        try tmux.type("A second cash counter now opens at peak hours")
        try tmux.send("Tab")
        try tmux.type("20.00")
        try tmux.send("Tab", "Tab")                     // the account stays chosen
        try tmux.type("Written apology")
        try tmux.send("C-s")
        let question = try tmux.waitFor("[ Yes ]")
        #expect(question.contains("credit CNY 20.00"))
        #expect(question.contains("\(Self.maskedAccount)?"))
        try tmux.send("Tab", "Enter")                   // Yes
        try tmux.waitFor("Response to complaint \(number) sent; CNY 20.00 credited.")
        try tmux.send("c")
        try tmux.waitFor("How satisfied the customer is")
        try tmux.type("4")
        try tmux.send("Enter")
        let closed = try tmux.waitFor("Complaint \(number) closed. A call back is scheduled in a week.")
        #expect(closed.contains("Satisfaction   4/5"))
        #expect(closed.contains("A second cash counter now opens at peak hours · CNY 20.00 · Written apology"))
        // History rows start with the step's time (`11-23 23:19 super   Acknowledged`): who and which step, oldest first.
        let steps = closed.split(separator: "\n").compactMap { line -> String? in
            guard line.firstMatch(of: #/^\s*\d\d-\d\d \d\d:\d\d /#) != nil else { return nil }
            return line.split(separator: " ").dropFirst(2).prefix(2).joined(separator: " ")
        }
        #expect(steps == ["teller Received", "teller Assigned", "super Acknowledged", "super Investigating", "super Responded",
                          "super Closed"])
        #expect(closed.contains("Investigating Queue log for counter 1 at noon"))
        #expect(closed.contains("Closed        Satisfaction (1–5): 4"))

        // The open list is empty again, and customer care has the call back.
        try tmux.send("Escape")
        try tmux.waitFor("1 Open (0)")
        try tmux.send("c")
        let care = try tmux.waitFor("Complaint call back")
        #expect(care.contains(Self.customer))
        try tmux.send("Escape")
        try tmux.waitFor("1 Open (0)")
        try tmux.send("Escape")
        try tmux.waitFor("Main menu")

        // 3. The KPI dashboard, from the test's first day to today (just today unless the clock passed midnight).
        let lastDay = BusinessDate(date: Date())
        try tmux.send(try #require(try tmux.hotkey(for: "KPI dashboard")))
        try tmux.waitFor("Complaints resolved on time")
        try tmux.send("r")
        try tmux.waitFor("Compare from")
        try replace(with: firstDay.description, tmux)
        try tmux.send("Tab")
        try replace(with: lastDay.description, tmux)
        try tmux.send("C-s")
        let dashboard = try tmux.waitFor("Complaints resolved on time")
        #expect(dashboard.contains("(\(firstDay.description) 00:00 to "))
        #expect(figure("Complaints received", in: dashboard) == "1")
        #expect(figure("Complaint resolution rate", in: dashboard) == "100.0%")
        #expect(figure("Complaints resolved on time", in: dashboard) == "100.0%")

        // 4. Quit; the report says the same, and the books and audit chain check out.
        try tmux.send("C-q")
        try tmux.waitFor(" END")
        let report = try Shell.run(Fixture.tellerPath, ["report", "--db", path, "--from", firstDay.description,
                                                        "--to", lastDay.description, "--format", "json"])
        #expect(report.status == 0, "\(report.error)")
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(report.output.utf8)) as? [String: Any])
        let overall = try #require(parsed["overall"] as? [String: Any])
        #expect((overall["complaints_received"] as? NSNumber)?.intValue == 1)
        #expect((overall["complaint_resolution_rate"] as? NSNumber)?.doubleValue == 1.0)
        #expect((overall["complaint_on_time_rate"] as? NSNumber)?.doubleValue == 1.0)
        // The dashboard showed exactly the report's figures (served counts the finished V001, unless it was issued before midnight).
        for (label, key) in [(KPIFigure.ticketsServed, "Tickets served"), (.complaintsPerThousand, "Complaints per 1,000 served"),
                             (.complaintsReceived, "Complaints received"), (.resolutionRate, "Complaint resolution rate"),
                             (.onTimeRate, "Complaints resolved on time")] {
            #expect(figure(key, in: dashboard) == label.format((overall[label.rawValue] as? NSNumber)?.doubleValue), "\(key)")
        }
        let counters = try #require(parsed["by_counter"] as? [[String: Any]])
        let counterOne = try #require(counters.first { $0["key"] as? String == "1" }?["figures"] as? [String: Any])
        #expect((counterOne["complaints_received"] as? NSNumber)?.intValue == 1)

        let verify = try Shell.run(Fixture.tellerPath, ["verify", "--db", path])
        #expect(verify.status == 0, "\(verify.output)\(verify.error)")
        #expect(verify.output.contains("Books consistent"))

        // The compensation went through the ledger to her account, and the response waits in the outbox.
        let remedy = try sql(path, """
            SELECT j.amount || ':' || a.number || ':' || j.memo FROM complaints c JOIN journal_entries j ON j.id = c.remedy_entry_id
            JOIN accounts a ON a.id = j.account_id WHERE c.number = '\(number)' AND j.kind = 'complaint_remedy'
            """)
        #expect(remedy == "2000:\(Self.account):complaint \(number)\n")
        let stored = try sql(path, "SELECT status || ':' || satisfaction || ':' || (ticket_id IS NOT NULL) FROM complaints")
        #expect(stored == "closed:4:1\n")
        let message = try sql(path, "SELECT body FROM notifications WHERE body LIKE '%\(number)%'")
        #expect(message.contains("补偿 CNY 20.00 已入账"))  // in the customer's language (Chinese)
    }

    // MARK: Steps

    func signIn(_ username: String, _ pin: String, _ tmux: Tmux) throws {
        try tmux.waitFor("864200")
        try tmux.type(username)
        try tmux.send("Tab")
        try tmux.type(pin)
        try tmux.send("Enter")
        try tmux.waitFor("Main menu")
    }

    /// Replaces a prefilled date field's text (ten characters) with `text`.
    func replace(with text: String, _ tmux: Tmux) throws {
        try tmux.send(contentsOf: Array(repeating: "BSpace", count: 10))
        try tmux.type(text)
    }

    /// The value right of a dashboard figure's label (`Complaints received     1` → `1`).
    func figure(_ label: String, in screen: String) -> String? {
        for line in screen.split(separator: "\n") {
            guard let range = line.range(of: label) else { continue }
            return line[range.upperBound...].split(separator: " ").first.map(String.init)
        }
        return nil
    }

    func sql(_ path: String, _ query: String) throws -> String {
        let result = try Shell.run("/usr/bin/env", ["sqlite3", path, query])
        #expect(result.error.isEmpty, "\(result.error)")
        return result.output
    }
}

private extension Tmux {
    func send(contentsOf keys: [String]) throws {
        for key in keys { try send(key) }
    }
}
