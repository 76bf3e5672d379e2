import BankCore
import BankCrypto
import Foundation
import Testing
import TestSupport

/// A teller's money day on the real binary in tmux, in one training branch
/// file: open the drawer with a float a supervisor verifies, a cash deposit
/// with its voucher, a withdrawal verified by the customer's PIN, a transfer
/// from 50,000.00 confirmed by a one-time code, a withdrawal above the
/// teller's authority approved by a supervisor, and the day-end blind count
/// one 100-yuan note short, signed off. Then `teller verify` finds the books
/// consistent and the shortage sits in suspense.
@Suite(.serialized)
struct CashEndToEndTests {
    static let account = "620001200000000018"        // 张伟's savings account
    static let otherAccount = "620001200000000034"   // 王秀英's savings account
    static let customerPIN = "258036"
    static let oneTimeCodeSecret = "JBSWY3DPEHPK3PXP"

    /// The opening float, largest denomination first.
    static let float = CashBreakdown([.yuan100: 800, .yuan50: 20, .yuan20: 20, .yuan10: 20, .yuan1: 50])
    static let deposit = CashBreakdown([.yuan100: 20])

    @Test func drawerDepositWithdrawalTransferOverrideAndShortDayEnd() throws {
        let home = try Fixture.scratchFolder()
        let path = "\(home)/teller/training.sqlite"
        let reset = try Shell.run(Fixture.tellerPath, ["demo-reset"], environment: ["XDG_DATA_HOME": home])
        #expect(reset.status == 0)
        let tmux = try Tmux(Fixture.command("--demo --lang en", home: home), width: 120, height: 32,
                            environment: ["LANG": "C.UTF-8"])
        try signIn(tmux)
        try tmux.send(try #require(try tmux.hotkey(for: "Cash and transfers")))
        try waitForHub(tmux)

        // 1. Open the drawer: count the float, the supervisor verifies it.
        try openHubItem("Teller drawer", tmux)
        try tmux.waitFor("Press o to open the day")
        try tmux.send("o")
        try tmux.waitFor("Count the float by denomination")
        try countRows(Self.float, tmux)
        let floatQuestion = try tmux.waitFor("[ Yes ]")      // the dialog wraps its question
        #expect(floatQuestion.contains("Open the drawer with a float of"))
        #expect(floatQuestion.contains("81,650.00?"))
        try tmux.send("Tab", "Enter")                   // Yes
        try tmux.waitFor("A supervisor must verify the opening float.")
        try approve(reason: "float counted together", tmux)
        let opened = try tmux.waitFor("Drawer open with a float of 81,650.00.")
        #expect(opened.contains("Float verified by    super"))
        try tmux.send("Escape")
        try waitForHub(tmux)

        // 2. Cash deposit with a matching count; the voucher file is written.
        try startCashEntry("Cash deposit", label: "Source of funds", amount: "2000", tmux)
        try typeCounts(Self.deposit, tmux)
        try tmux.waitFor("Counted 2,000.00 / 2,000.00  matches the amount")
        try tmux.send("C-s")
        let depositCheck = try tmux.waitFor("Check with the customer, then post")
        #expect(depositCheck.contains("张伟"))
        #expect(depositCheck.contains("620001********0018"))
        try tmux.send("Enter")
        let deposited = try tmux.waitFor("Voucher no.")
        #expect(deposited.contains("Balance after       121,424.30"))
        let depositEntry = try #require(Int64(value(of: "Entry no.", in: deposited)))
        let voucherNumber = value(of: "Voucher no.", in: deposited)
        let voucherPath = "\(home)/teller/vouchers/V\(voucherNumber)-deposit.txt"
        #expect(deposited.contains(voucherPath))
        let voucher = try String(contentsOfFile: voucherPath, encoding: .utf8)
        #expect(voucher.contains("CASH DEPOSIT VOUCHER"))
        #expect(voucher.contains("Entry 流水号: \(depositEntry)"))
        #expect(voucher.contains("CNY 2,000.00"))
        #expect(voucher.contains("100×20"))
        try tmux.send("Escape")
        try waitForHub(tmux)

        // 3. Cash withdrawal: the payout is suggested from the drawer, the customer's PIN verifies.
        try startCashEntry("Cash withdrawal", label: "Purpose of funds", amount: "580", tmux)  // leaving the amount fills the payout
        try tmux.waitFor("Counted 580.00 / 580.00  matches the amount")
        try tmux.send("C-s")
        try tmux.waitFor("For service: cash withdrawal from 620001********0018")
        try tmux.send("Tab")                            // method stays card PIN
        try tmux.type(Self.customerPIN)
        try tmux.send("Enter")
        let withdrawalCheck = try tmux.waitFor("Check with the customer, then post")
        #expect(withdrawalCheck.contains("Customer verified."))
        let smallPayout = try #require(breakdown(value(of: "Notes and coins", in: withdrawalCheck)))
        #expect(smallPayout.total == 58_000)
        try tmux.send("Enter")
        let withdrawn = try tmux.waitFor("Voucher no.")
        #expect(withdrawn.contains("Balance after       120,844.30"))

        try tmux.send("Escape")
        try waitForHub(tmux)

        // 4. Transfer of 50,000.00 to another customer: a one-time code is demanded.
        try openHubItem("Transfer", tmux)
        try tmux.waitFor("To account")
        try tmux.type(Self.account)
        try tmux.send("Tab", "Tab")                     // destination stays "This bank"
        try tmux.type(Self.otherAccount)
        try tmux.send("Tab")
        try tmux.type("50000.00")
        try tmux.send("Tab")
        try tmux.type("tuition")
        try tmux.send("C-s")
        let codeScreen = try tmux.waitFor("For service: transfer from 620001********0018")
        #expect(codeScreen.contains("From this amount the customer must confirm with a one-time code."))
        #expect(codeScreen.contains("< One-time code >"))
        try tmux.send("Tab")
        try enterOneTimeCode(tmux)
        let transferCheck = try tmux.screen()
        #expect(transferCheck.contains("620001********0034  王秀英"))
        #expect(transferCheck.contains("CNY 50,000.00"))
        try tmux.send("Enter")
        let transferred = try tmux.waitFor("Voucher no.")
        #expect(transferred.contains("Balance after       70,844.30"))
        try tmux.send("Escape")
        try waitForHub(tmux)

        // 5. A withdrawal above the teller's authority: large cash needs its purpose, a supervisor approves.
        try startCashEntry("Cash withdrawal", label: "Purpose of funds", amount: "60000", tmux)
        try tmux.waitFor("Counted 60,000.00 / 60,000.00  matches the amount")
        try tmux.send("C-s")                            // the PIN verification still holds; the purpose is missing
        try tmux.waitFor("Large cash: enter the source or purpose of the funds")
        try tmux.type("car purchase")                   // the purpose field has the focus
        try tmux.send("C-s")
        try tmux.waitFor("Above your authority of 50,000.00")
        try approve(reason: "known customer, car purchase", tmux)
        let overrideCheck = try tmux.waitFor("Check with the customer, then post")
        #expect(overrideCheck.contains("Approved by         super — known customer, car purchase"))
        let largePayout = try #require(breakdown(value(of: "Notes and coins", in: overrideCheck)))
        #expect(largePayout.total == 6_000_000)
        try tmux.send("Enter")
        let overridden = try tmux.waitFor("Voucher no.")
        #expect(overridden.contains("Large-value report recorded."))
        #expect(overridden.contains("Balance after       10,844.30"))
        let overrideEntry = try #require(Int64(value(of: "Entry no.", in: overridden)))
        let approver = try sql(path, "SELECT (approver_id = (SELECT id FROM operators WHERE username = 'super')) || ':' || approval_reason "
                               + "FROM journal_entries WHERE id = \(overrideEntry)")
        #expect(approver == "1:known customer, car purchase\n")
        try tmux.send("Escape")
        try waitForHub(tmux)

        // 6. Day end: the blind count is one 100-yuan note short of what the drawer should hold.
        let expected = Self.float.adding(Self.deposit).adding(smallPayout, sign: -1).adding(largePayout, sign: -1)
        #expect(try drawerHoldings(path) == expected)
        let counted = expected.adding(CashBreakdown([.yuan100: 1]), sign: -1)
        try openHubItem("Teller drawer", tmux)
        try tmux.waitFor("Operations           4")
        try tmux.send("d")
        try tmux.waitFor("Blind count: enter what is in the drawer")
        try countRows(counted, tmux)
        let countQuestion = try tmux.waitFor("[ Yes ]")
        #expect(countQuestion.contains("Submit the count of"))
        #expect(countQuestion.contains(AmountParser.format(counted.total) + "?"))
        try tmux.send("Tab", "Enter")                   // Yes
        let reconciliation = try tmux.waitFor("SHORT by 100.00 (counted less than expected).")
        #expect(reconciliation.contains(AmountParser.format(expected.total)))
        #expect(reconciliation.contains("-100.00"))
        try tmux.send("Enter")
        try tmux.waitFor("A supervisor must sign off the day-end count.")
        try approve(reason: "one 100 note short, to suspense", tmux)
        let closed = try tmux.waitFor("Drawer closed and signed off. SHORT by 100.00")
        #expect(closed.contains("Closed"))

        // 7. Quit, then the books.
        try tmux.send("C-q")
        try tmux.waitFor(" END")
        let verify = try Shell.run(Fixture.tellerPath, ["verify", "--db", path])
        #expect(verify.status == 0, "\(verify.output)\(verify.error)")
        #expect(verify.output.contains("Books consistent"))
        #expect(try sql(path, "SELECT balance FROM internal_accounts WHERE code = 'suspense:CNY'") == "10000\n")
        #expect(try sql(path, "SELECT balance FROM internal_accounts WHERE code = 'drawer:teller'") == "0\n")
        let kinds = try sql(path, "SELECT group_concat(kind, ' ') FROM (SELECT kind FROM journal_entries "
                            + "WHERE idempotency_key NOT LIKE 'training-seed-%' ORDER BY id)")
        #expect(kinds == "drawer_open deposit withdrawal transfer withdrawal drawer_close\n")
        let drawer = try sql(path, "SELECT status || ':' || variance || ':' || (signed_off_by = (SELECT id FROM operators "
                             + "WHERE username = 'super')) FROM drawer_sessions")
        #expect(drawer == "closed:-10000:1\n")
        #expect(try sql(path, "SELECT count(*) FROM large_value_reports") == "1\n")
    }

    // MARK: Steps

    func signIn(_ tmux: Tmux) throws {
        try tmux.waitFor("864200")
        try tmux.type("teller")
        try tmux.send("Tab")
        try tmux.type("135790")
        try tmux.send("Enter")
        try tmux.waitFor("Main menu")
    }

    func waitForHub(_ tmux: Tmux) throws {
        try tmux.waitFor("Electronic journal")
    }

    func openHubItem(_ title: String, _ tmux: Tmux) throws {
        try tmux.send(try #require(try tmux.hotkey(for: title)))
    }

    /// Opens a cash screen from the hub, waits for its form (`label`), and types the account and amount.
    func startCashEntry(_ title: String, label: String, amount: String, _ tmux: Tmux) throws {
        try openHubItem(title, tmux)
        try tmux.waitFor(label)
        try tmux.type(Self.account)
        try tmux.send("Tab")
        try tmux.type(amount)
        try tmux.send("Tab")
    }

    /// The supervisor types their own ID, PIN and a reason on the approval screen.
    func approve(reason: String, _ tmux: Tmux) throws {
        try tmux.waitFor("Hand the keyboard to the supervisor")
        try tmux.type("super")
        try tmux.send("Tab")
        try tmux.type("802468")
        try tmux.send("Tab")
        try tmux.type(reason)
        try tmux.send("Enter")
    }

    /// Fills the drawer count (one row per denomination, largest first) and submits it.
    func countRows(_ cash: CashBreakdown, _ tmux: Tmux) throws {
        try typeCounts(cash, tmux)
        try tmux.send("C-s")
    }

    /// Types counts into a grid of denominations (largest first, Tab to the next), stopping at the last one used.
    func typeCounts(_ cash: CashBreakdown, _ tmux: Tmux) throws {
        let denominations = Denomination.allCases.sorted(by: >)
        let last = denominations.lastIndex { cash.counts[$0, default: 0] != 0 } ?? 0
        for denomination in denominations[...last] {
            if let count = cash.counts[denomination] { try tmux.type(String(count)) }
            if denomination != denominations[last] { try tmux.send("Tab") }
        }
    }

    /// Types the customer's current one-time code; once more if a step boundary made it stale.
    func enterOneTimeCode(_ tmux: Tmux) throws {
        let secret = try #require(Base32.decode(Self.oneTimeCodeSecret))
        var used: Set<String> = []
        for attempt in 1...2 {
            var code = TOTP.code(secret: secret, at: Date())
            while used.contains(code) {                 // a code is accepted once: wait for the next step's
                Thread.sleep(forTimeInterval: 0.5)
                code = TOTP.code(secret: secret, at: Date())
            }
            used.insert(code)
            try tmux.type(code)
            try tmux.send("Enter")
            let screen = try waitForEither("Check with the customer, then post", "one-time code is wrong", tmux)
            if screen.contains("Check with the customer, then post") { return }
            if attempt == 2 { Issue.record("one-time code refused twice:\n\(screen)") }
        }
    }

    // MARK: Reading the screen and the file

    /// Waits for whichever of two texts shows first.
    func waitForEither(_ first: String, _ second: String, _ tmux: Tmux, timeout: TimeInterval = 10) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try tmux.screen()
            if last.contains(first) { return try tmux.waitFor(first) }
            if last.contains(second) { return try tmux.waitFor(second) }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw Tmux.Timeout(expected: "\(first)\" or \"\(second)", screen: last)
    }

    /// The value right of a label on a row (`Entry no.           76` → `76`).
    func value(of label: String, in screen: String) -> String {
        guard let line = screen.split(separator: "\n").first(where: { $0.contains(label) }),
              let range = line.range(of: label) else { return "" }
        return line[range.upperBound...].trimmingCharacters(in: .whitespaces)
    }

    /// Notes and coins as the confirmation view shows them (`100×5 50×1`).
    func breakdown(_ summary: String) -> CashBreakdown? {
        var counts: [Denomination: Int] = [:]
        for token in summary.split(separator: " ") {
            let parts = token.split(separator: "×")
            guard parts.count == 2, let denomination = Denomination.allCases.first(where: { $0.label == parts[0] }),
                  let count = Int(parts[1]) else { return nil }
            counts[denomination] = count
        }
        return counts.isEmpty ? nil : CashBreakdown(counts)
    }

    /// What the teller's drawer holds by denomination, from its cash movements.
    func drawerHoldings(_ path: String) throws -> CashBreakdown {
        let rows = try sql(path, "SELECT m.denomination || ' ' || sum(m.count) FROM cash_movements m "
                           + "JOIN internal_accounts a ON a.id = m.internal_id WHERE a.code = 'drawer:teller' GROUP BY m.denomination")
        var counts: [Denomination: Int] = [:]
        for row in rows.split(separator: "\n") {
            let parts = row.split(separator: " ")
            if parts.count == 2, let raw = Int64(parts[0]), let denomination = Denomination(rawValue: raw), let count = Int(parts[1]) {
                counts[denomination] = count
            }
        }
        return CashBreakdown(counts)
    }

    func sql(_ path: String, _ query: String) throws -> String {
        let result = try Shell.run("/usr/bin/env", ["sqlite3", path, query])
        #expect(result.error.isEmpty, "\(result.error)")
        return result.output
    }
}
