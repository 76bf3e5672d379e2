import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// Issue 12: every free-text entry point of the services refuses control and
/// format characters, naming the field, before it does any work.
@Suite struct TextInputServiceTests {
    static let bad = "Zhou\u{202E}gnaW"

    @Test func everyServiceEntryPointRefusesThem() throws {
        let branch = try OpeningBranch()
        let customer = try branch.register("Wang Xiaoming")
        let bad = Self.bad
        let context = branch.context
        let teller = branch.teller, supervisor = branch.supervisor
        let payee = ExternalPayee(name: bad, bank: "ICBC", accountNumber: "6222020200112233445")
        let cases: [(String, StringKey0, () throws -> Void)] = [
            ("customer name", .fieldName, {
                _ = try branch.customers.register(CustomerApplication(name: bad, idType: .residentID,
                    idNumber: OpeningBranch.residentID(birth: "19830321", sequence: "124"), phone: "13912345678",
                    address: "1 Zhongshan Road", birthDate: "1983-03-21", preferredLanguage: .english, assistance: .none), by: teller) }),
            ("customer address", .fieldAddress, {
                _ = try branch.customers.register(CustomerApplication(name: "Li Ming", idType: .residentID,
                    idNumber: OpeningBranch.residentID(birth: "19830321", sequence: "125"), phone: "13912345678",
                    address: "1 Zhongshan\u{200B} Road", birthDate: "1983-03-21", preferredLanguage: .english, assistance: .none), by: teller) }),
            ("reveal reason", .fieldReason, { _ = try branch.customers.reveal(customerID: customer.id, reason: bad, by: teller) }),
            ("complaint text", .fieldComplaintText, {
                _ = try ComplaintService(context).register(ComplaintIntake(channel: .counter, customerID: customer.id, category: .fees,
                                                                           severity: .low, description: "Fee \u{2066}taken"), by: teller) }),
            ("complaint contact", .fieldContact, {
                _ = try ComplaintService(context).register(ComplaintIntake(channel: .phone, customerID: nil, contact: "139\u{0}",
                                                                           category: .fees, severity: .low, description: "Fee taken"), by: teller) }),
            ("complaint note", .fieldNote, { try ComplaintService(context).addNote(id: 1, note: "seen\u{1B}[2J", by: supervisor) }),
            ("investigation note", .fieldNote, { try ComplaintService(context).investigate(id: 1, note: bad, by: supervisor) }),
            ("extension reason", .fieldReason, { try ComplaintService(context).extend(id: 1, to: .extended, reason: bad, by: supervisor) }),
            ("response", .fieldExplanation, {
                try ComplaintService(context).respond(id: 1, ComplaintResponse(explanation: bad), key: "k1", by: supervisor) }),
            ("reopen reason", .fieldReason, { try ComplaintService(context).reopen(id: 1, reason: bad, by: supervisor) }),
            ("care task note", .fieldNote, {
                _ = try CareService(context).addTask(kind: .complaintCallback, customerID: nil, note: bad, due: context.businessDate, by: teller) }),
            ("care outcome", .fieldOutcome, { try CareService(context).complete(taskID: 1, done: true, outcome: bad, by: teller) }),
            ("suggestion", .fieldComplaintText, {
                _ = try CareService(context).addSuggestion(fromStaff: false, customerID: nil, channel: .counter, text: bad, by: teller) }),
            ("freeze reason", .fieldReason, { try AccountStatusService(context).freeze(accountNumber: "1", reason: bad, by: supervisor) }),
            ("lift reason", .fieldReason, { try AccountStatusService(context).lift(accountNumber: "1", reason: bad, by: supervisor) }),
            ("reversal reason", .fieldReason, { _ = try ReversalService(context).reverse(entryID: 1, reason: bad, key: "k2", by: supervisor) }),
            ("review reason", .fieldReason, { try branch.opening.review(applicationID: 1, approve: true, reason: bad, by: supervisor) }),
            ("appointment purpose", .fieldPurpose, {
                _ = try QueueService(context).book(customerID: customer.id, date: context.businessDate, time: "10:00", type: .cash,
                                                   purpose: bad, accountManagerID: nil, by: teller) }),
            ("ticket answers", .fieldAnswer, {
                _ = try QueueService(context).issue(type: .cash, priority: nil, customerID: nil,
                                                    needs: NeedsQuestionnaire.questions(for: .cash).reduce(into: [:]) { $0[$1.id] = bad },
                                                    by: branch.guide) }),
            ("cash purpose", .fieldPurpose, {
                _ = try CashService(context).deposit(CashRequest(accountNumber: "1", amount: 100, cash: CashBreakdown([.yuan1: 1]),
                                                                 purpose: bad), key: "k3", by: teller) }),
            ("cash memo", .fieldMemo, {
                _ = try CashService(context).withdraw(CashRequest(accountNumber: "1", amount: 100, cash: CashBreakdown([.yuan1: 1]),
                                                                  memo: bad), key: "k4", by: teller) }),
            ("payee name", .fieldPayeeName, {
                _ = try TransferService(context).transfer(TransferRequest(fromAccountNumber: "1", payee: payee, amount: 100), key: "k5", by: teller) }),
            ("transfer memo", .fieldMemo, {
                _ = try TransferService(context).transfer(TransferRequest(fromAccountNumber: "1", toAccountNumber: "2", amount: 100, memo: bad),
                                                          key: "k6", by: teller) }),
            ("operator name", .fieldName, {
                try OperatorAdministration(context).add(username: "wang.fang", displayName: bad, role: .teller, pin: "482915", by: branch.admin) }),
        ]
        let before = try branch.context.database.scalarInt("SELECT count(*) FROM audit_log")
        for (name, field, call) in cases {
            let refusal = failure { try call() }
            if field == .fieldName, name == "operator name" {
                #expect(refusal?.key == .validName, "\(name)")
            } else if name.hasPrefix("customer") {
                #expect(refusal?.key == .validTextInvisible || refusal?.key == .customerBadName, "\(name): \(String(describing: refusal))")
            } else {
                #expect(refusal == LocalizedMessage(.validTextInvisible, part: LocalizedMessage(field)), "\(name): \(String(describing: refusal))")
            }
        }
        #expect(try branch.context.database.scalarInt("SELECT count(*) FROM audit_log") == before, "nothing was recorded")
    }

    @Test func aWatchListRowWithThemIsRefusedAndNothingIsLoaded() throws {
        let branch = try OpeningBranch()
        let path = try branch.writeFile("list.csv", "name,id_number,birth_date,list,reason\nZhou Bad,,1970-01-01,sanctions,test\n"
                                        + "Wang\u{202E}Fang,,1970-01-01,sanctions,test\n")
        let refusal = failure { try branch.watchList.importCSV(path: path, by: branch.admin) }
        #expect(refusal == LocalizedMessage(.validTextInvisible, part: LocalizedMessage(.fieldWatchListRow, "2")))
        #expect(branch.watchList.count() == 0)
    }

    @Test func slipAndVoucherFilesNeverHoldThem() throws {
        let branch = try OpeningBranch()
        // Text that reached a writer some other way (older data, a path without a check) is cleaned there.
        let path = try TicketPrinter.print("Customer: Wang\u{202E}Fang\u{200B}\n\u{1B}[2Jend\n", name: "slip-test",
                                           branchFile: branch.path, environment: [:])
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "Customer: WangFang\n[2Jend\n")
        let voucher = try VoucherFile.path(branchFile: branch.path, sequence: 1, kind: "test")
        try VoucherFile.write("Payee: A\u{2067}B\u{0085}\n", to: voucher)
        #expect(try String(contentsOfFile: voucher, encoding: .utf8) == "Payee: AB\n")
        // The ledger's vouchers and their reprints are written by PrivateFile itself: cleaned there too.
        let reprint = voucher + ".reprint"
        try PrivateFile.write("Memo: rent\u{202D}\u{FEFF} May\n", to: reprint)
        #expect(try String(contentsOfFile: reprint, encoding: .utf8) == "Memo: rent May\n")
    }
}
