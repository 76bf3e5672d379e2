import BankCore
import BankCrypto
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

extension LedgerBranch {
    /// The customer's own identity document checked (and accepted) by `actor` on `context`'s terminal.
    func checkDocument(_ customer: Customer, by actor: Operator, on other: BranchContext? = nil) throws {
        _ = try IdentityService(other ?? context).checkDocument(type: customer.idType, number: customer.idNumber,
                                                                expiry: customer.idExpiry, customerID: customer.id, by: actor)
    }

    /// A supervisor's approval of a credential change made by `maker` (the other supervisor when the maker is one).
    func credentialApproval(for maker: Operator) throws -> SupervisorApproval {
        maker.id == supervisor.id
            ? try approval(by: "wang.qiang", pin: LedgerBranch.supervisor2PIN, for: maker, reason: "customer present, ID seen")
            : try approval(for: maker, reason: "customer present, ID seen")
    }

    /// Replaces customer `index`'s PIN with every control satisfied, by `actor` (the teller by default).
    func replacePIN(customer index: Int, with pin: String, by actor: Operator? = nil) throws {
        let maker = actor ?? teller
        try checkDocument(customers[index], by: maker)
        try IdentityService(context).setPIN(customerID: customers[index].id, pin: pin, replacing: true,
                                            approval: try credentialApproval(for: maker), by: maker)
    }

    func auditRows(_ action: String) throws -> [(subject: String, detail: String)] {
        try context.database.query("SELECT subject, detail FROM audit_log WHERE action = ? ORDER BY seq", [.text(action)])
            .map { ($0.string("subject") ?? "", $0.string("detail") ?? "") }
    }
}

/// Issue 12: setting or replacing a customer's PIN or one-time-code secret
/// takes the customer's document checked in this visit and a supervisor, is
/// refused to guides, is confirmed when it replaces, holds a replaced
/// credential back for the cooling-off period, and tells the customer.
@Suite struct FourEyesCredentialTests {
    @Test func aGuideMayNotSetACredentialEvenWithAnApproval() throws {
        let branch = try LedgerBranch()
        let guide = try OperatorAdministration(branch.context).add(username: "wang.fang", displayName: "Wang Fang 王芳", role: .guide,
                                                                   pin: "246813", by: branch.admin)
        let customer = branch.customers[0]
        try branch.checkDocument(customer, by: guide)
        let approval = try branch.credentialApproval(for: guide)
        let identity = IdentityService(branch.context)
        #expect(failure { try identity.setPIN(customerID: customer.id, pin: "739164", replacing: true, approval: approval, by: guide) }?.key
                == .errorForbidden)
        #expect(failure { try identity.enrolOneTimeCode(customerID: customer.id, accountName: "x", replacing: true, approval: approval,
                                                        by: guide) }?.key == .errorForbidden)
        #expect(try branch.auditRows("customer.credential_refused").count == 2)
        try identity.verifyPIN(customerID: customer.id, pin: customerPIN, service: "general", by: branch.teller)  // unchanged
    }

    @Test func aCredentialNeedsTheDocumentCheckedInThisVisitAtThisTerminalByThisTeller() throws {
        let branch = try LedgerBranch()
        let customer = branch.customers[0]
        let identity = IdentityService(branch.context)
        let set = { (approval: SupervisorApproval?) in
            try identity.setPIN(customerID: customer.id, pin: "739164", replacing: true, approval: approval, by: branch.teller)
        }
        #expect(failure { try set(try branch.credentialApproval(for: branch.teller)) }?.key == .credentialNeedsDocumentCheck)
        // Checked by another teller, or by this teller at another terminal: not this visit.
        try branch.checkDocument(customer, by: branch.teller2)
        #expect(failure { try set(try branch.credentialApproval(for: branch.teller)) }?.key == .credentialNeedsDocumentCheck)
        let terminal2 = try branch.fixture.open(terminal: "tty2")
        try branch.checkDocument(customer, by: branch.teller, on: terminal2)
        #expect(failure { try set(try branch.credentialApproval(for: branch.teller)) }?.key == .credentialNeedsDocumentCheck)
        // Another person's document does not count for this customer.
        try branch.checkDocument(branch.customers[1], by: branch.teller)
        #expect(failure { try set(try branch.credentialApproval(for: branch.teller)) }?.key == .credentialNeedsDocumentCheck)
        // Without a ticket the check is good only for the documented window.
        try branch.checkDocument(customer, by: branch.teller)
        branch.clock.advance(by: FourEyesRules.standard.documentWindow + 1)
        #expect(failure { try set(try branch.credentialApproval(for: branch.teller)) }?.key == .credentialNeedsDocumentCheck)
        try branch.checkDocument(customer, by: branch.teller)
        #expect(!identity.documentCheckedThisVisit(customerID: customer.id, by: branch.teller2))
        #expect(identity.documentCheckedThisVisit(customerID: customer.id, by: branch.teller))

        // The supervisor's approval: needed, for this teller's work, and never the teller's own.
        #expect(failure { try set(nil) }?.key == .credentialNeedsApproval)
        #expect(failure { try set(try branch.credentialApproval(for: branch.teller2)) }?.key == .approvalForSomeoneElse)
        #expect(failure { try branch.approval(by: "li.wei", pin: tellerPIN, for: branch.teller) }?.key == .cashApprovalOwnWork)
        // Replacing must be confirmed.
        #expect(failure {
            try identity.setPIN(customerID: customer.id, pin: "739164", approval: try branch.credentialApproval(for: branch.teller),
                                by: branch.teller)
        }?.key == .credentialReplaceNotConfirmed)
        try identity.verifyPIN(customerID: customer.id, pin: customerPIN, service: "general", by: branch.teller)  // still the old PIN

        try set(try branch.credentialApproval(for: branch.teller))
        try identity.verifyPIN(customerID: customer.id, pin: "739164", service: "general", by: branch.teller)
        let audit = try #require(try branch.auditRows("customer.pin_replaced").first)
        #expect(audit.subject == "customer \(customer.id)")
        #expect(audit.detail.contains("approved by operator \(branch.supervisor.id) zhang.min"))
        #expect(audit.detail.contains("document check"))
        #expect(audit.detail.contains("customer notified"))
        #expect(try branch.auditRows("customer.credential_refused").count == 8)
        #expect(try branch.context.identityRecords.replacedAt(customerID: customer.id).pin == branch.clock.now())
    }

    @Test func theCustomerIsToldOnThePhoneOnFileInTheirLanguage() throws {
        let branch = try LedgerBranch()
        let customer = branch.customers[0]
        try branch.replacePIN(customer: 0, with: "739164")
        try branch.checkDocument(customer, by: branch.teller)
        _ = try IdentityService(branch.context).enrolOneTimeCode(customerID: customer.id, accountName: customer.name, replacing: true,
                                                                 approval: try branch.credentialApproval(for: branch.teller),
                                                                 by: branch.teller)
        let texts = try branch.context.database.query("SELECT recipient, body, entry_id FROM notifications WHERE customer_id = ? ORDER BY id",
                                                      [.integer(customer.id)])
        #expect(texts.count == 2)
        #expect(texts.allSatisfy { $0.string("recipient") == customer.phone && $0.int("entry_id") == nil })
        let strings = Strings(Language(code: customer.preferredLanguage) ?? .chinese)
        let stamp = LocalTimeText.monthDayTime(branch.clock.now())
        if Language(code: customer.preferredLanguage) != nil {
            #expect(texts.first?.string("body") == strings(.noticePINReplaced, stamp))
            #expect(texts.last?.string("body") == strings(.noticeOTPReplaced, stamp))
        } else {
            #expect(texts.first?.string("body")?.contains(Strings(.english)(.noticePINReplaced, stamp)) == true)
        }
        #expect(try branch.auditRows("customer.otp_replaced").count == 1)
    }

    @Test func aReplacedPINCannotAuthoriseMuchMoneyOutDuringTheCoolingOff() throws {
        let branch = try LedgerBranch()
        let account = try branch.account(balance: 10_000_000)
        let target = try branch.account(customer: 1, balance: 0)
        try branch.openDrawer()
        try branch.replacePIN(customer: 0, with: "739164")
        let identity = IdentityService(branch.context)
        let withdrawal = CashService.withdrawalService(accountNumber: account.number)
        try identity.verifyPIN(customerID: account.customerID, pin: "739164", service: withdrawal, by: branch.teller)
        let footprint = try branch.footprint()
        let refused = failure {
            try CashService(branch.context).withdraw(CashRequest(accountNumber: account.number, amount: 150_000, cash: cash(150_000)),
                                                     key: branch.newKey(), by: branch.teller)
        }
        #expect(refused?.key == .credentialCoolingOff)
        #expect(refused?.arguments.first == "1,000.00")
        #expect(try branch.footprint() == footprint)
        // Up to the documented small amount it may.
        _ = try CashService(branch.context).withdraw(CashRequest(accountNumber: account.number, amount: 100_000, cash: cash(100_000)),
                                                     key: branch.newKey(), by: branch.teller)

        // A transfer verified only by the new PIN is held back too; a one-time code (not replaced) still counts.
        try identity.verifyPIN(customerID: account.customerID, pin: "739164",
                               service: TransferService.verificationService(accountNumber: account.number), by: branch.teller)
        let request = TransferRequest(fromAccountNumber: account.number, toAccountNumber: target.number, amount: 200_000)
        #expect(failure { try TransferService(branch.context).transfer(request, key: branch.newKey(), by: branch.teller) }?.key
                == .credentialCoolingOff)
        try branch.verifyForTransfer(account, oneTimeCode: true)
        _ = try TransferService(branch.context).transfer(request, key: branch.newKey(), by: branch.teller)

        // After the cooling-off period the new PIN authorises like any PIN.
        branch.clock.advance(by: FourEyesRules.standard.coolingOff + 1)
        try identity.verifyPIN(customerID: account.customerID, pin: "739164", service: withdrawal, by: branch.teller)
        _ = try CashService(branch.context).withdraw(CashRequest(accountNumber: account.number, amount: 150_000, cash: cash(150_000)),
                                                     key: branch.newKey(), by: branch.teller)
        try branch.expectCleanBooks()
    }
}
