import BankCore
import BankStore
import BranchServices
import CSQLite
import Foundation

/// `raw-loop`: the baseline for posting throughput. It performs the same
/// writes a transfer through the money services makes (journal entry, both
/// balances with RETURNING, two postings, two SMS notifications, the voucher
/// row, the chained audit row and its head) in one BEGIN IMMEDIATE
/// transaction each, then the voucher file after commit, with the
/// same pragmas (WAL, synchronous=FULL, foreign keys, 5 s busy timeout), but
/// straight through the SQLite C API in a plain loop: no service, no checks,
/// no reads beyond the audit chain's head. The rows are valid, so the file
/// still verifies afterwards.
enum RawLoopCommand {
    static func run(_ options: BenchOptions) {
        let path = options.text("db"), username = options.text("operator")
        let count = Int(options.integer("count", in: 0...10_000_000))
        var random = SeededGenerator(seed: UInt64(bitPattern: options.integer("seed", in: Int64.min...Int64.max)))
        var connection: OpaquePointer?
        guard sqlite3_open_v2(path, &connection, Database.openFlags & ~SQLITE_OPEN_CREATE, nil) == SQLITE_OK, let db = connection else {
            BenchOptions.failRun("teller-bench raw-loop: cannot open \(path)")
        }
        defer { sqlite3_close_v2(db) }
        let raw = RawConnection(db: db)
        sqlite3_busy_timeout(db, BusyRetryPolicy.rawBaseline.lockWaitMilliseconds)
        raw.must(raw.exec("PRAGMA journal_mode=WAL"), "WAL")
        for pragma in Database.connectionPragmas { raw.must(raw.exec(pragma), pragma) }
        let makerID = raw.quietInt("SELECT id FROM operators WHERE username = '\(username.replacingOccurrences(of: "'", with: "''"))'")
        let accounts = raw.rows("""
            SELECT a.id, a.customer_id, c.phone, a.number FROM journal_entries e JOIN accounts a ON a.id = e.account_id
            JOIN customers c ON c.id = a.customer_id
            WHERE e.kind = 'opening_balance' AND e.idempotency_key >= '\(BenchBranch.openingKeyPrefix)'
              AND e.idempotency_key < '\(BenchBranch.openingKeyPrefix.dropLast()).'
            ORDER BY a.id
            """)
        guard accounts.count >= 2, let makerID else { BenchOptions.fail("teller-bench raw-loop: run ledger-setup first (no bench accounts)") }
        let businessDate = raw.text("SELECT business_date FROM branch") ?? BusinessDate(date: Date()).description
        let terminal = "bench-raw:\(getpid())"
        // The chain is keyed: the baseline signs its rows with the bench branch's key (beside the file), as the services do.
        guard let chainKey = (try? BranchKeyFile.load(path: path + ".key"))??.chainKey else {
            BenchOptions.fail("teller-bench raw-loop: no branch key beside \(path) (run ledger-setup first)")
        }
        let insertEntry = raw.prepare("""
            INSERT INTO journal_entries (kind, idempotency_key, request_hash, business_date, currency, amount, customer_id,
                account_id, counter_account_id, maker_id, approver_id, approval_reason, reverses_id, ticket_id, memo, detail, at)
            VALUES ('transfer', ?, ?, ?, 'CNY', ?, ?, ?, ?, ?, NULL, '', NULL, NULL, 'bench', ?, ?)
            """)
        let moveBalance = raw.prepare("UPDATE accounts SET balance = balance - ? WHERE id = ? RETURNING balance")
        let insertPosting = raw.prepare("INSERT INTO postings (entry_id, account_id, amount, balance_after) VALUES (?, ?, ?, ?)")
        let insertNotice = raw.prepare("""
            INSERT INTO notifications (entry_id, customer_id, channel, recipient, body, created_at) VALUES (?, ?, 'sms', ?, ?, ?)
            """)
        let lastAudit = raw.prepare("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")
        let insertAudit = raw.prepare("""
            INSERT INTO audit_log (seq, at, operator_id, terminal, action, subject, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let nextVoucher = raw.prepare("SELECT coalesce(max(sequence), 0) + 1 FROM vouchers")
        let insertVoucher = raw.prepare("INSERT INTO vouchers (sequence, kind, reference, operator_id, path, body, at) VALUES (?, 'transfer', ?, ?, ?, ?, ?)")
        let voucherFolder = ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent("vouchers")
        let saveHead = raw.prepare("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")

        BenchBranch.waitForGo(options)
        let started = Date()
        for _ in 0..<count {
            let from = accounts[random.next(below: accounts.count)]
            var to = accounts[random.next(below: accounts.count - 1)]
            if to.id == from.id { to = accounts[accounts.count - 1] }
            let amount = Int64(100 + random.next(below: 200_000))
            let key = UUID().uuidString
            let now = Int64((Date().timeIntervalSince1970 * 1000).rounded())
            BenchBranch.stopIfOrphaned()
            raw.must(raw.begin(), "BEGIN IMMEDIATE (the file stayed locked)")
            raw.must(raw.run(insertEntry, [.text(key), .text(key), .text(businessDate), .integer(amount), .integer(from.customerID),
                                           .integer(from.id), .integer(to.id), .integer(makerID), .text("to account \(to.id)"),
                                           .integer(now)]), "the journal entry")
            let entryID = sqlite3_last_insert_rowid(db)
            var refused = false
            for (account, change) in [(from, amount), (to, -amount)] {
                // The one refusal expected: the balance CHECK (not enough money), as the services refuse it.
                guard let balance = raw.returning(moveBalance, [.integer(change), .integer(account.id)]) else {
                    raw.must(raw.lastErrorIsCheck, "the balance update")
                    refused = true
                    break
                }
                raw.must(raw.run(insertPosting, [.integer(entryID), .integer(account.id), .integer(change), .integer(balance)]), "a posting")
                raw.must(raw.run(insertNotice, [.integer(entryID), .integer(account.customerID), .text(account.phone),
                                                .text("[Bank] Account \(account.id) transfer \(change) balance \(balance)"), .integer(now)]),
                         "a notification")
            }
            if refused {
                raw.must(raw.exec("ROLLBACK"), "ROLLBACK")
                PostLoopCommand.emit("REFUSED \(key) insufficientFunds")
                continue
            }
            let sequence = raw.returning(nextVoucher, []) ?? 1
            let file = (voucherFolder as NSString).appendingPathComponent(String(format: "V%08lld-transfer.txt", sequence))
            let body = Self.voucherBody(sequence: sequence, entryID: entryID, from: from.id, to: to.id, amount: amount, date: businessDate)
            raw.must(raw.run(insertVoucher, [.integer(sequence), .text("entry \(entryID)"), .integer(makerID), .text(file), .text(body),
                                             .integer(now)]), "the voucher")
            let (seq, prevHash) = raw.lastAudit(lastAudit)
            // The same canonical facts LedgerFacts reads back for a service transfer, so the verifier compares them alike.
            let facts: [(String, String)] = [
                ("kind", "transfer"), ("date", businessDate), ("currency", "CNY"), ("amount", String(amount)), ("account", from.number),
                ("counter", to.number), ("customer", String(from.customerID)), ("maker", String(makerID)), ("approver", "-"),
                ("reverses", "-"), ("postings", AuditFacts.postings([(true, from.number, amount), (true, to.number, -amount)])),
                ("large_value", "-"),
            ]
            let subject = "entry \(entryID)", detail = AuditFacts.detail("transfer CNY \(amount) from \(from.id) to \(to.id)", facts)
            let hash = AuditLine.hash(key: chainKey, seq: seq + 1, atMillis: now, operatorID: makerID, terminal: terminal, action: "ledger.transfer",
                                      subject: subject, detail: detail, prevHash: prevHash)
            raw.must(raw.run(insertAudit, [.integer(seq + 1), .integer(now), .integer(makerID), .text(terminal), .text("ledger.transfer"),
                                           .text(subject), .text(detail), .text(prevHash), .text(hash)]), "the audit row")
            raw.must(raw.run(saveHead, [.text(AuditTrail.headKey), .text(AuditLine.headValue(key: chainKey, seq: seq + 1, hash: hash))]),
                     "the audit head")
            raw.must(raw.exec("COMMIT"), "COMMIT")
            // Reported as post-loop reports each operation, so both loops carry the same harness cost.
            PostLoopCommand.emit("OK \(key) \(entryID)")
            try? FileManager.default.createDirectory(atPath: voucherFolder, withIntermediateDirectories: true)
            try? Data(body.utf8).write(to: URL(fileURLWithPath: file), options: .atomic)
        }
        PostLoopCommand.emit("TIMING \(started.timeIntervalSince1970) \(Date().timeIntervalSince1970)")
        for statement in [insertEntry, moveBalance, insertPosting, insertNotice, nextVoucher, insertVoucher, lastAudit, insertAudit,
                          saveHead] {
            sqlite3_finalize(statement)
        }
    }

    /// A voucher of the same shape and length as a real transfer voucher.
    static func voucherBody(sequence: Int64, entryID: Int64, from: Int64, to: Int64, amount: Int64, date: String) -> String {
        """
        TRANSFER VOUCHER 转账凭证
        Voucher No. 凭证号: \(String(format: "%08lld", sequence))   Entry 流水号: \(entryID)
        Branch 网点: BENCH Raw baseline 基准
        Date 日期: \(date)   Business date 营业日: \(date)
        Payer 付款人: account \(from)   Account 账号: \(from)
        Payee 收款人: account \(to)
        Amount 金额: CNY \(amount)
        Memo 附言: bench
        Teller 柜员: raw-loop
        """

    }
}
