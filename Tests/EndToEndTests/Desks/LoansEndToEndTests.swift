import Foundation
import Testing
import TestSupport

/// A loan's whole walk on the real binary in an 80×24 tmux terminal, in one
/// training branch file: the guide issues a walk-in loans (C) ticket; a
/// teller at a loans counter calls and serves it, takes a BUSINESS loan
/// application (collateral, every document ticked, the schedule previewed)
/// that is referred; the supervisor approves it from the inbox with a
/// reason; the teller signs the contract (the customer verified by PIN),
/// pays it out into the customer's account and takes one partial repayment
/// at the counter. Then `teller verify` passes and the file holds what the
/// screens said.
@Suite(.serialized)
struct LoansEndToEndTests {
    static let customer = "Li Xiaoming"
    static let phone = "13922223333"              // how the teller finds him
    static let account = "620001100000000135"     // his only account, CNY
    static let pin = "258036"

    @Test func walkInApplicationReferralApprovalContractDisbursalRepaymentAndVerify() throws {
        let home = try Fixture.scratchFolder()
        let path = "\(home)/teller/training.sqlite"
        let environment = ["XDG_DATA_HOME": home, "XDG_CONFIG_HOME": Fixture.configHome]
        let reset = try Shell.run(Fixture.tellerPath, ["demo-reset"], environment: environment)
        #expect(reset.status == 0, "\(reset.error)")
        let tmux = try Tmux(Fixture.command("--demo --lang en", home: home), width: 80, height: 24,
                            environment: ["LANG": "C.UTF-8"])

        // 1. The guide issues a walk-in loans ticket.
        try signIn("guide", "246810", tmux)
        try tmux.send(try #require(try tmux.hotkey(for: "Reception")))
        try tmux.waitFor("Today's appointments")
        try tmux.send("w")
        try tmux.waitFor("Issue ticket")
        try tmux.send("Right", "Right")              // business type: cash → accounts → loans
        try tmux.waitFor("< Loans >")
        try tmux.send("Tab", "Tab", "Right")         // priority stays none; service: loan application
        try tmux.waitFor("< Loan application >")
        for _ in 0..<4 { try tmux.send("Tab", "Right") }  // documents, amount, urgency, assistance: the first answer
        try tmux.waitFor("Assistance           < None >")
        try tmux.send("C-s")
        let slip = try tmux.waitFor("issued:")
        let ticket = try #require(slip.firstMatch(of: /Ticket (C\d{3}) issued/)?.1).description
        try tmux.send("Escape")
        try tmux.waitFor("w Walk-in")
        try tmux.send("F10")

        // The teller takes counter 2 for loans only and calls until our ticket comes (the seed has one waiting before it).
        try signIn("teller", "135790", tmux)
        try tmux.send(try #require(try tmux.hotkey(for: "Counter")))
        try tmux.waitFor("Take a counter")
        try tmux.send("Enter")
        try tmux.waitFor("Counter number")
        try tmux.type("2")
        try tmux.send("Tab", "Right", "Tab", "Tab", "Right")   // cash: yes → no; accounts stays no; loans: no → yes
        try tmux.waitFor("Serves C Loans               < yes >")
        try tmux.send("C-s")
        try tmux.waitFor("Counter 2 open.")
        var called = ""
        for _ in 0..<3 {
            try tmux.send("n")
            called = try tmux.waitFor("to counter 2.")
            if called.contains("Calling \(ticket) to counter 2.") { break }
            try tmux.send("s")                                  // someone else's: served and finished first
            try tmux.waitFor("Status            being served")
            try tmux.send("f")
            try tmux.waitFor("Outcome")
            try tmux.send("C-s")
            try tmux.waitFor("finished: Served.")
        }
        #expect(called.contains("Calling \(ticket) to counter 2."))
        #expect(called.contains("walk-in (not identified)"))
        #expect(called.contains("Loan application"))
        try tmux.send("s")
        try tmux.waitFor("Status            being served")

        // 2. `l` opens the application; the walk-in is found by phone.
        try tmux.send("l")
        try tmux.waitFor("New loan application: the customer")
        try tmux.type(Self.phone)
        try tmux.send("Enter")
        let form = try tmux.waitFor("Loan application: \(Self.customer)")
        #expect(form.contains("< BUSINESS  Business short-term loan >"))   // limit 0: every amount is referred
        #expect(form.contains("Account               \(Self.account)"))
        try tmux.send("Tab")
        try tmux.type("60000.00")
        try tmux.send("Tab")
        try tmux.type("6")
        try tmux.send("Tab", "Right")                       // interest only → equal instalments
        try tmux.waitFor("< equal instalments >")
        try tmux.send("Tab")
        try tmux.type("Stock for the shop")
        try tmux.send("Tab")
        try tmux.type("30000.00")
        try tmux.send("Tab")
        try tmux.type("2000.00")
        try tmux.send("Tab")
        try tmux.type("Li Trading Co")
        try tmux.waitFor("Li Trading Co")

        // Collateral: equipment (loan-to-value at most 50%), appraised on the business date.
        try tmux.send("F5")
        try tmux.waitFor("No collateral yet.")
        try tmux.send("a")
        let add = try tmux.waitFor("Add collateral")
        #expect(add.contains("< equipment >"))
        let businessDate = try #require(add.firstMatch(of: /Appraisal date     (\d{4}-\d\d-\d\d)/)?.1).description
        try tmux.send("Tab")
        try tmux.type("Packing machine PM-2291")
        try tmux.send("Tab")
        try tmux.type("150000.00")
        try tmux.send("C-s")
        let pledged = try tmux.waitFor("150,000.00 \(businessDate)")
        #expect(pledged.contains("Packing machine PM-2291"))
        try tmux.send("Escape")
        try tmux.waitFor("Collateral: 1, appraised at 150,000.00")

        // The documents checklist: every document ticked (F7 saves the draft first).
        try tmux.send("F7")
        try tmux.waitFor("[ ] collateral title")
        try tmux.send("Space", "Down", "Space", "Down", "Space", "Down", "Space")
        let ticked = try tmux.waitFor("[x] collateral title")
        #expect(["identity document", "business licence", "bank statements"].allSatisfy { ticked.contains("[x] \($0)") })
        try tmux.send("Escape")
        let draft = try tmux.waitFor("Documents seen: 4 of 4")
        let number = try #require(draft.firstMatch(of: /Draft (LA\d{12})/)?.1).description

        // The schedule preview, then submit: referred to a supervisor.
        try tmux.send("F8")
        let preview = try tmux.waitFor("Total paid 60,966.17 = principal 60,000.00 + interest 966.17")
        #expect(preview.contains("CNY 60,000.00 at 5.5% a year over 6 months, equal instalments"))
        #expect(preview.contains("9,886.03      275.00      50,113.97"))
        try tmux.send("Escape")
        try tmux.waitFor("F12 Submit")
        try tmux.send("F12")
        try tmux.waitFor("^S/F12 Submit")
        try tmux.send("F12")
        let outcome = try tmux.waitFor("Application \(number) goes to a supervisor for a decision.")
        #expect(outcome.contains("Recommendation: approve"))
        #expect(try sqliteCLI(path, "SELECT status FROM loan_applications WHERE number = '\(number)'") == "referred")

        // The ticket is finished; the teller signs out.
        try tmux.send("Escape")                             // the submitted application is done with: back to the menu
        try tmux.waitFor("Main menu")
        try tmux.send(try #require(try tmux.hotkey(for: "Counter")))
        try tmux.waitFor("Status            being served")
        try tmux.send("f")
        try tmux.waitFor("Finish \(ticket)")
        try tmux.send("C-s")
        try tmux.waitFor("\(ticket) finished: Served.")
        try tmux.send("c")
        try tmux.waitFor("Counter closed.")
        try tmux.send("Escape")
        try tmux.waitFor("Main menu")
        try tmux.send("F10")

        // 3. The supervisor approves from the approvers' inbox with a reason.
        try signIn("super", "802468", tmux)
        try tmux.send(try #require(try tmux.hotkey(for: "Loan desk")))
        try tmux.waitFor("Approvers' inbox")
        try tmux.send(try #require(try tmux.hotkey(for: "Approvers' inbox")))
        let inbox = try tmux.waitFor(number)
        let row = try #require(inbox.split(separator: "\n").first { $0.contains(number) })
        #expect(row.contains(Self.customer) && row.contains("BUSINESS") && row.contains("60,000.00") && row.contains("0/1"))
        try tmux.send("Enter")
        let decision = try tmux.waitFor("F5 Approve")
        #expect(decision.contains("Decide application \(number)"))
        #expect(decision.contains("\(Self.customer), Business short-term loan 小微企业短期经营贷款"))
        #expect(decision.contains("CNY 60,000.00 over 6 months, equal instalments, entered by Li Wei 李伟"))
        #expect(decision.contains("Loan-to-value"))
        #expect(decision.contains("Recommendation: approve"))
        try tmux.type("Collateral covers it twice; steady turnover")
        try tmux.send("F5")
        try tmux.waitFor("Application \(number) is now approved.")
        try tmux.waitFor("Nothing waits for a decision.")
        try tmux.send("Escape")
        try tmux.waitFor("Loan monitoring")
        try tmux.send("Escape")
        try tmux.waitFor("Main menu")
        try tmux.send("F10")

        // 4. The teller signs the contract: the terms read out, the customer's PIN.
        try signIn("teller", "135790", tmux)
        try tmux.send(try #require(try tmux.hotkey(for: "Loan desk")))
        try tmux.waitFor("A customer's loans")
        try tmux.send(try #require(try tmux.hotkey(for: "A customer's loans")))
        try tmux.waitFor("ID number, phone, account number or name")
        try tmux.type(Self.phone)
        try tmux.send("Enter")
        let waiting = try tmux.waitFor("Loans of \(Self.customer)")
        #expect(waiting.contains("\(number)   approved, to sign      60,000.00"))
        try tmux.send("s")
        let terms = try tmux.waitFor("Read the terms to the customer, then sign")
        for line in ["Amount              CNY 60,000.00", "Annual rate         5.5%", "Term in months      6 · equal instalments",
                     "Total interest      CNY 966.17", "Penalty rate        8.25%",
                     "Collateral          Packing machine PM-2291 CNY 150,000.00"] {
            #expect(terms.contains(line), "\(line)")
        }
        try tmux.send("Enter")
        try tmux.waitFor("Verify \(Self.customer)")
        try tmux.waitFor("< Card PIN >")
        try tmux.send("Tab")
        try tmux.type(Self.pin)
        try tmux.send("Enter")
        let signed = try tmux.waitFor("Contract signed")
        let contract = try #require(signed.firstMatch(of: /Contract No\.        (LN\d{12})/)?.1).description
        let file = try String(contentsOfFile: "\(home)/teller/vouchers/\(contract)-contract.txt", encoding: .utf8)
        #expect(file.contains("LOAN CONTRACT 借款合同"))
        #expect(file.contains("Contract No. 合同编号: \(contract)   Application 申请编号: \(number)"))
        #expect(file.contains("Borrower 借款人: \(Self.customer)"))
        #expect(file.contains("Amount 金额: CNY 60,000.00"))
        #expect(file.contains("In words 大写: 人民币陆万元整"))

        // 5. Paid out into his own account.
        try tmux.send("Escape")
        let list = try tmux.waitFor("signed, to pay out")
        #expect(list.contains(contract))
        try tmux.send("d")
        try tmux.waitFor("Pay out loan \(contract)")
        try tmux.waitFor("< customer account >")
        try tmux.send("C-s")
        let payout = try tmux.waitFor("Check with the customer, then post")
        #expect(payout.contains("Amount              CNY 60,000.00"))
        try tmux.send("Enter")
        let paid = try tmux.waitFor("Posted: entry")
        #expect(paid.contains("Balance after       124,000.00"))   // 64,000.00 seeded + the loan
        try tmux.send("Escape")
        try tmux.waitFor("being repaid")

        // One repayment: nothing is overdue on the payout day, so part of the first instalment is paid from the account,
        // interest first, then principal.
        try tmux.send("r")
        let due = try tmux.waitFor("Repay loan \(contract)")
        #expect(due.contains("Due now CNY 10,161.03 · overdue CNY 0.00"))
        try tmux.send("Tab")
        try tmux.type("5000.00")
        try tmux.waitFor("To pay: CNY 5,000.00")
        try tmux.send("C-s")
        let allocation = try tmux.waitFor("Check with the customer, then post")
        for line in ["Amount              CNY 5,000.00", "Paid from           customer account", "Penalty             0.00",
                     "Interest            275.00", "Principal           4,725.00"] {
            #expect(allocation.contains(line), "\(line)")
        }
        try tmux.send("Enter")
        let repaid = try tmux.waitFor("Posted: entry")
        #expect(repaid.contains("Balance after       119,000.00"))
        try tmux.send("Escape")
        let after = try tmux.waitFor("being repaid")
        #expect(after.contains("60,000.00     55,275.00"))

        // 6. Quit cleanly; the books check out and the file holds what the screens said.
        try tmux.send("C-q")
        let end = try tmux.waitFor(" END")
        #expect(end.contains("EXIT=0 ") && end.contains("icanon") && !end.contains("-icanon") && !end.contains("-echo"))
        let verify = try Shell.run(Fixture.tellerPath, ["--demo", "verify"], environment: environment)
        #expect(verify.status == 0, "\(verify.output)\(verify.error)")
        #expect(verify.output.contains("Books consistent"))

        #expect(try sqliteCLI(path, "SELECT status || ':' || outstanding_principal FROM loans WHERE contract_number = '\(contract)'")
                == "active:5527500")
        let entries = try sqliteCLI(path, """
            SELECT j.kind || ':' || count(DISTINCT j.id) || ':' || sum(p.amount) FROM journal_entries j
            JOIN postings p ON p.entry_id = j.id WHERE j.kind IN ('loan_disbursal', 'loan_repayment') GROUP BY j.kind ORDER BY j.kind
            """)
        #expect(entries == "loan_disbursal:1:0\nloan_repayment:1:0")
        let account = try sqliteCLI(path, "SELECT balance FROM accounts WHERE number = '\(Self.account)'")
        #expect(account == "11900000")
        let approvals = try sqliteCLI(path, """
            SELECT a.decision || ':' || coalesce(o.username, '-') || ':' || e.username FROM loan_approvals a
            JOIN loan_applications l ON l.id = a.application_id LEFT JOIN operators o ON o.id = a.approver_id
            JOIN operators e ON e.id = a.entered_by WHERE l.number = '\(number)'
            """)
        #expect(approvals == "approve:super:teller")
        let linked = try sqliteCLI(path, """
            SELECT t.series || printf('%03d', t.number) FROM loan_applications l JOIN tickets t ON t.id = l.ticket_id
            WHERE l.number = '\(number)'
            """)
        #expect(linked == ticket)
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
}
