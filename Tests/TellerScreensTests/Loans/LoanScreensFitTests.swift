import BankCore
import BranchServices
import Foundation
import Localization
import Testing
import TerminalUI
@testable import TellerScreens

/// Every loan desk screen drawn at 80×24 in English and in Chinese shows
/// each of its labels, column heads, figures and keys whole.
@Suite struct LoanScreensFitTests {
    static let languages: [Language] = [.english, .chinese]

    /// A workstation in `language` with the products saved and `username` signed in.
    static func station(_ language: Language, as username: String = "teller") throws -> Workstation {
        let w = try Workstation(language: language)
        try w.saveLoanProducts()
        try w.signIn(as: username)
        return w
    }

    @Test(arguments: languages) func theDeskFits(_ language: Language) throws {
        let w = try Self.station(language, as: "super")
        try w.openLoanDesk()
        let s = w.session.strings
        w.expectShown(["1  " + s(.loanDeskHubNew), "2  " + s(.loanDeskHubDrafts), "3  " + s(.loanDeskHubCustomerLoans),
                       "4  " + s(.loanDeskHubInbox), "5  " + s(.loanDeskHubMonitoring)])
    }

    @Test(arguments: languages) func theApplicationFormFits(_ language: Language) throws {
        let w = try Self.station(language)
        let applicant = try w.loanApplicant()
        try w.startApplication(for: applicant.account)
        LoanApplicationScreenTests.typeTerms(w)
        let s = w.session.strings
        let labels: [StringKey0] = [.loanDeskFieldProduct, .loanDeskFieldAmount, .loanDeskFieldMonths, .loanDeskFieldMethod, .loanDeskFieldPurpose,
                                    .loanDeskFieldIncome, .loanDeskFieldObligations, .loanDeskFieldEmployer, .loanDeskFieldAccount]
        w.expectShown(labels.map { s($0) } + [
            s(.loanDeskAppTitle, applicant.name), "PERS  " + (language == .chinese ? "个人消费贷款" : "Personal loan"), "30000", "Acme Trading",
            LoanCalculator.name(of: .equalPrincipal, s), applicant.account,
            "F5  " + s(.loanDeskAppCollateralLine, "0", "0.00"), "F6  " + s(.loanDeskAppGuarantorsLine, "0"),
            "F7  " + s(.loanDeskAppDocumentsLine, "0", "2"), "^S " + s(.loanDeskKeySaveDraft),
            "F8 " + s(.loanDeskKeySchedule) + "   F9 " + s(.loanDeskKeyAssessment) + "   F12 " + s(.loanDeskKeySubmit),
        ])
    }

    @Test(arguments: languages) func theCollateralGuarantorsAndDocumentsFit(_ language: Language) throws {
        let w = try Self.station(language)
        let applicant = try w.loanApplicant()
        let s = w.session.strings
        let work = LoanDeskData.newWork(customerID: applicant.id, ticketID: nil, w.session)
        work.input.collateral = [Collateral(kind: .realEstate, description: "Flat 12, Garden Road", appraisedValue: 1_234_567_89,
                                            appraisalDate: BusinessDate("2026-02-20")!)]
        w.show(LoanCollateralScreen(work: work))
        w.expectShown([s(.loanDeskColKind), s(.loanDeskColDescription), s(.loanDeskColValue), s(.loanDeskColAppraised),
                       w.session.collateralKindName(.realEstate), "Flat 12, Garden Road", "1,234,567.89", "2026-02-20", "a/Ins " + s(.loanDeskKeyAdd)])
        w.app.navigate(.pop)
        w.show(LoanGuarantorsScreen(session: w.session, work: work))
        w.expectShown([s(.loanDeskColName), s(.loanDeskGuarantorsEmpty)])
        w.app.navigate(.pop)
        w.show(LoanChecklistScreen.documents(work))
        w.expectShown(try #require(work.product).documents.map { "[ ] " + w.session.loanDocumentName($0) } + ["Space/Enter " + s(.loanDeskKeyTick)])
    }

    @Test(arguments: languages) func theScheduleFitsWithItsTotals(_ language: Language) throws {
        let w = try Self.station(language)
        let s = w.session.strings
        let schedule = LoanSchedule(principal: 5_000_000_00, rate: AnnualRate(percent: "4.35")!, months: 360, method: .equalInstalment,
                                    start: BusinessDate("2026-03-02")!)
        w.show(LoanScheduleScreen(schedule: schedule))
        let money = LoanFigures.money
        let first = schedule.instalments[0]
        w.expectShown([s(.loanColumnNumber), s(.loanColumnDue), s(.loanColumnPayment), s(.loanColumnPrincipal), s(.loanColumnInterest),
                       s(.loanColumnRemaining), money(first.payment), money(first.remaining), "1/360",
                       s(.loanTotals, money(schedule.totalPayment), money(schedule.principal), money(schedule.totalInterest))])
        w.press(.end)
        w.expectShown(["360", "2056-03-02", "360/360"])
    }

    @Test(arguments: languages) func theAssessmentFitsLineByLine(_ language: Language) throws {
        let w = try Self.station(language)
        let s = w.session.strings
        let assessment = CreditAssessment(amount: 900_000_00, largestPayment: 9_000_00, maturity: BusinessDate("2056-03-02")!, maxLoanToValue: 7_000,
                                          applicant: CreditApplicant(monthlyIncome: 15_000_00, monthlyObligations: 1_000_00,
                                                                     birthDate: BusinessDate("1985-06-01")!, collateralValue: 1_000_000_00,
                                                                     worstDaysOverdue: 12, frozenAccounts: 1, onWatchList: true))
        w.show(LoanAssessmentScreen(customerName: "Wang", assessment: assessment))
        w.expectShown(AssessmentLine.Rule.allCases.map(w.session.assessmentRuleName) + [
            s(.loanDeskColThreshold), s(.loanDeskColFigure), s(.loanDeskColOutcome), "50.00% / 60.00%", "66.67%", "90.00%", "70.00%",
            s(.loanDeskYears, "65") + " / " + s(.loanDeskYears, "70"), s(.loanDeskYears, "70"), s(.loanDeskDays, "12"),
            s(.loanDeskRecommendation, s(.loanDeskOutcomeDecline)),
        ])
    }

    @Test(arguments: languages) func problemsAreEachOnTheirOwnLineAndNothingIsLost(_ language: Language) throws {
        let w = try Self.station(language)
        let s = w.session.strings
        let problems = (1...12).map { LocalizedMessage(.loanDeskBadCollateralRule, "entry\($0)", "real_estate, vehicle, time_deposit, securities, equipment") }
        w.show(LoanProblemsScreen(problems: problems))
        #expect(w.lines.filter { $0.contains("• ") }.count >= 7)
        w.expectShown([s(.loanDeskProblemsLead), "entry1"])
        w.press(.pageDown, .pageDown, .pageDown, .pageDown, .pageDown, .pageDown, .pageDown, .pageDown, .pageDown, .pageDown,
                .pageDown, .pageDown, .pageDown, .pageDown, .pageDown, .pageDown, .pageDown, .pageDown, .pageDown, .pageDown)
        w.expectShown(["entry12", "equipment"])
    }

    @Test(arguments: languages) func theProductsListAndFormFit(_ language: Language) throws {
        let w = try Self.station(language, as: "admin")
        let s = w.session.strings
        try w.open(.loanProducts)
        w.expectShown([s(.loanDeskColCode), s(.loanDeskColRange), s(.loanDeskColActive), s(.loanDeskColRate), "HOME", "PERS", "50,000.00–5,000,000.00", "12–360", "3.9%",
                       language == .chinese ? "个人住房贷款" : "Home mortgage"])
        w.press(.down, .enter)  // HOME, after BUSINESS
        let labels: [StringKey0] = [.loanDeskFieldCode, .loanDeskFieldNameEnglish, .loanDeskFieldNameChinese, .loanDeskFieldPurpose,
                                    .loanDeskFieldMinimum, .loanDeskFieldMaximum, .loanDeskFieldMinimumMonths, .loanDeskFieldMaximumMonths,
                                    .loanDeskFieldRate, .loanDeskFieldRateBasis, .loanDeskFieldPenaltyRate, .loanDeskFieldSecured,
                                    .loanDeskFieldCollateralRules, .loanDeskFieldAppraisalAge, .loanDeskFieldAutoLimit, .loanDeskFieldCommittee,
                                    .loanDeskFieldActive]
        w.expectShown(labels.map { s($0) } + ["real_estate:70", "5000000.00", "5.85", s(.loanDeskProductFormTitle, "HOME"),
                                              "F5  " + s(.loanDeskKeyChecklist) + ": " + s(.loanDeskChecklistCount, "2", "4")])
        w.press(.function(5))
        w.expectShown([s(.loanDeskChecklistMethods), s(.loanDeskChecklistDocuments), "[x] " + LoanCalculator.name(of: .equalInstalment, s),
                       "[ ] " + LoanCalculator.name(of: .interestOnly, s), "[x] " + w.session.loanDocumentName(.appraisalReport),
                       "[ ] " + w.session.loanDocumentName(.purchaseContract)])
    }

    @Test(arguments: languages) func theInboxAndTheDecisionFit(_ language: Language) throws {
        let w = try Workstation(language: language)
        let application = try LoanInboxScreenTests.referredApplication(w, by: "teller")
        try w.signIn(as: "manager")
        let s = w.session.strings
        try w.openLoanDesk("4")
        w.expectShown([s(.loanDeskColApplication), s(.loanDeskColRecommendation), s(.loanDeskColApprovals), application.number, "500,000.00", "0/1"])
        w.press(.enter)
        w.expectShown([s(.loanDeskDecisionTitle, application.number), s(.loanDeskRuleDebtToIncome), s(.loanDeskRuleAge),
                       s(.loanDeskDecisionsHead), s(.loanDeskFieldReason), "F5 " + s(.loanDeskKeyApprove), "F6 " + s(.loanDeskKeyDecline),
                       s(.loanDeskDecisionTerms, "500,000.00", "120", LoanCalculator.name(of: .equalInstalment, s), "Li Wei 李伟")])
    }
}
