import BankCore
import BankStore
import BranchServices
import Foundation
import Localization
import Testing
import TerminalUI
@testable import TellerScreens

/// The loan counter at 80×24: the customer's loans, the contract with the
/// customer verified, disbursal into the account, a repayment with its
/// allocation, an early repayment with the new schedule, the statement; in
/// English and in Chinese, and typed work kept when the teller goes back.
@Suite struct LoanServicingScreenTests {
    /// A demo customer with one CNY account and an approved application of 120,000.00 over 12 months at 6%
    /// (the training branch's personal loan), entered by the teller and approved by the supervisor.
    static func approvedApplication(_ w: Workstation) throws -> (customerID: Int64, account: AccountRecord) {
        // Young enough for the credit assessment (at most 65 at the last payment).
        let all = try w.accounts()
        let customers = CustomerRepository(db: w.context.database)
        let young = try all.filter { account in
            try customers.find(id: account.customerID).map { $0.birthDate > BusinessDate("1970-01-01")! } == true
        }
        let account = try #require(young.first { account in
            account.status == .active && account.currency == .cny && all.filter { $0.customerID == account.customerID }.count == 1
        })
        let operators = OperatorRepository(db: w.context.database)
        let teller = try #require(try operators.find(username: "teller")?.operator)
        let supervisor = try #require(try operators.find(username: "super")?.operator)
        let applications = LoanApplicationService(w.context)
        let input = LoanApplicationInput(customerID: account.customerID, productCode: "PERSONAL", amount: 12_000_000, months: 12,
                                         method: .equalInstalment, purpose: "a car", monthlyIncome: 8_000_000, employer: "Acme",
                                         accountNumber: account.number)
        var application = try applications.saveDraft(input, by: teller)
        let product = try #require(try LoanProductService(w.context).product(code: "PERSONAL", by: teller))
        for document in product.documents {
            application = try applications.setDocument(document, seen: true, applicationID: application.id, by: teller)
        }
        let submission = try applications.submit(applicationID: application.id, by: teller)
        #expect(submission.status == .referred, "\(submission.assessment)")
        _ = try LoanApprovalService(w.context).decide(applicationID: application.id, approve: true, reason: "income checked", by: supervisor)
        #expect(application.number == "LA202603020001")
        return (account.customerID, account)
    }

    /// A teller who signed the demo customer's loan and paid it out, back on the customer's loans.
    static func paidOutThroughTheScreens() throws -> Workstation {
        let w = try Workstation()
        try w.signIn(as: "teller")
        let (customerID, _) = try Self.approvedApplication(w)
        w.app.navigate(.push(CustomerLoansScreen(session: w.session, customerID: customerID)))
        w.app.draw()
        w.press(.character("s"), .enter, .tab)
        w.type("258036")
        w.press(.control("s"), .escape)
        w.app.draw()
        w.press(.character("d"), .control("s"), .enter, .escape)
        w.app.draw()
        return w
    }

    /// Every line fits the 80 columns (wide characters count two).
    static func fits(_ w: Workstation) -> Bool { w.lines.allSatisfy { DisplayWidth.of($0) <= 80 } }

    @Test(arguments: [Language.english, .chinese])
    func signPayOutRepayAndReadTheStatement(_ language: Language) throws {
        let w = try Workstation(language: language)
        try w.signIn(as: "teller")
        let (customerID, account) = try Self.approvedApplication(w)
        let s = Strings(language)
        w.app.navigate(.push(CustomerLoansScreen(session: w.session, customerID: customerID)))
        w.app.draw()
        #expect(w.hasLine("LA202603020001", s(.loanServicingWaiting), "120,000.00"))
        #expect(Self.fits(w))

        // The contract: the terms, then the customer verified, then signed.
        w.press(.character("s"))
        #expect(w.hasLine(s(.loanContractFirstPayment), "2026-04-02", "10,327.97"))
        #expect(w.hasLine(s(.loanContractPenaltyRate), "9%"))
        #expect(!w.hasLine(s(.loanContractCollateral), "BYD"))
        #expect(Self.fits(w))
        w.press(.enter)
        #expect(w.title.contains(s(.verifyTitle, "").trimmingCharacters(in: .whitespaces)))
        w.press(.tab)
        w.type("258036")
        w.press(.control("s"))
        #expect(w.hasLine(s(.loanContractSignedHeading)))
        #expect(w.hasLine("LN202603020001"))
        #expect(Self.fits(w))
        let loan = try #require(try LoanRepository(db: w.context.database).loan(contractNumber: "LN202603020001"))
        #expect(FileManager.default.fileExists(atPath: loan.contractPath))

        // Pay it out into the account.
        w.press(.escape)
        w.app.draw()
        #expect(w.hasLine("LN202603020001", s(.loanServicingSigned)))
        w.press(.character("d"))
        #expect(w.title == s(.loanDisbursalTitle, "LN202603020001"))
        #expect(Self.fits(w))
        w.press(.control("s"))
        #expect(w.hasLine(s(.loanFieldPayout), s(.loanSideAccount)))
        w.press(.enter)
        #expect(try LoanRepository(db: w.context.database).loan(id: loan.id)?.status == .active)
        #expect(try w.account(account.number).balance == account.balance + 12_000_000)

        // A partial repayment: the quote shows how it is applied.
        w.press(.escape)
        w.app.draw()
        w.press(.character("r"))
        #expect(w.hasLine("10,327.97"))  // due now
        w.press(.tab)
        w.type("1000")
        #expect(w.hasLine(s(.loanRepaymentToPay, "1,000.00")))
        #expect(Self.fits(w))
        w.press(.control("s"))
        #expect(w.hasLine(s(.loanPartInterest), "600.00"))
        #expect(w.hasLine(s(.loanPartPrincipal), "400.00"))
        #expect(Self.fits(w))
        w.press(.enter)
        #expect(try w.entries(.loanRepayment).count == 1)

        // Early, in part, lowering the instalment: the new schedule before confirming.
        w.press(.character("n"))
        w.press(.up, .right, .tab)  // back to the kind: early in part
        w.type("50000")
        w.press(.tab, .right)  // lower instalment
        w.press(.control("s"))
        #expect(w.hasLine(s(.loanNewSchedule), "11"))
        #expect(w.hasLine(s(.loanPartPrepayment), "50,000.00"))
        #expect(Self.fits(w))
        w.press(.enter)
        #expect(try LoanRepository(db: w.context.database).loan(id: loan.id)?.scheduleVersion == 2)

        // The statement, scrollable.
        w.press(.escape)
        w.app.draw()
        w.press(.character("t"))
        #expect(w.title == s(.loanStatementTitle, "LN202603020001"))
        #expect(w.hasLine(s(.loanColumnPrincipal), s(.loanStatementPaid)))
        #expect(w.hasLine("   1", "2026-04-02"))
        #expect(Self.fits(w))
        w.press(.end)
        #expect(w.hasLine(s(.loanStatementRepayments)) || w.hasLine("50,000.00"))
        #expect(Self.fits(w))
    }

    @Test func goingBackFromTheConfirmationKeepsWhatWasTyped() throws {
        let w = try Self.paidOutThroughTheScreens()
        w.press(.character("r"), .tab)
        w.type("1234.56")
        w.press(.control("s"))
        #expect(w.hasLine("1,234.56"))
        w.press(.escape)  // back to the form, not out of the screen
        #expect(w.hasLine("1234.56"))
        #expect(w.app.topScreen is LoanRepaymentScreen)
        w.press(.escape)  // leaving asks first: typed work
        #expect(w.app.topScreen is LoanRepaymentScreen || w.screen.contains("?"))
    }

    @Test func tooMuchIsRefusedOnTheFormWithTheFigure() throws {
        let w = try Self.paidOutThroughTheScreens()
        w.press(.character("r"), .tab)
        w.type("20000")
        #expect(w.hasLine("20,000.00", "10,327.97"))
        w.press(.control("s"))
        #expect(try w.entries(.loanRepayment).isEmpty)
        #expect(w.app.topScreen is LoanRepaymentScreen)
    }
}

/// The loan counter screens read the file only when they open, after a key or
/// when it changed, never to draw; and each is keyed by one consistent table.
@Suite struct LoanServicingScreenReadsTests {
    @Test func drawingALoanScreenAgainReadsNothing() throws {
        let w = try Workstation(width: 240, height: 70)
        try w.signIn(as: "teller")
        let (customerID, _) = try LoanServicingScreenTests.approvedApplication(w)
        let application = try #require(try w.context.database.scalarInt("SELECT id FROM loan_applications"))
        let screens: [(String, (Session) -> any Screen)] = [
            ("customer loans", { CustomerLoansScreen(session: $0, customerID: customerID) }),
            ("contract", { LoanContractScreen(session: $0, applicationID: application) }),
        ]
        for (name, make) in screens {
            w.app.navigate(.push(make(w.session)))
            w.app.draw()
            #expect(DrawingReadsNothingTests.statementsPerFrame(w) == [0, 0, 0], "\(name)")
            KeyTableCoverageTests.check(w, name)
            w.app.navigate(.pop)
        }
        // A signed loan's payout, then the repayment and statement of the loan paid out.
        let teller = try #require(w.session.signedIn)
        try IdentityService(w.context).verifyPIN(customerID: customerID, pin: "258036",
                                                 service: LoanContractService.verificationService(applicationNumber: "LA202603020001"),
                                                 by: teller)
        let loan = try LoanContractService(w.context).sign(applicationID: application, key: "sign-\(UUID().uuidString)", by: teller)
        let payout = LoanServicingDisbursalScreen(session: w.session, loan: loan)
        w.app.navigate(.push(payout))
        w.app.draw()
        #expect(DrawingReadsNothingTests.statementsPerFrame(w) == [0, 0, 0], "disbursal")
        w.app.navigate(.pop)
        _ = try LoanDisbursalService(w.context).disburse(loanID: loan.id, payout: .account, key: "pay-\(UUID().uuidString)", by: teller)
        let active = try #require(try LoanRepository(db: w.context.database).loan(id: loan.id))
        for (name, screen) in [("repayment", LoanRepaymentScreen(session: w.session, loan: active) as any Screen),
                               ("statement", LoanStatementScreen(session: w.session, loanID: loan.id))] {
            w.app.navigate(.push(screen))
            w.app.draw()
            #expect(DrawingReadsNothingTests.statementsPerFrame(w) == [0, 0, 0], "\(name)")
            w.app.navigate(.pop)
        }
    }
}
