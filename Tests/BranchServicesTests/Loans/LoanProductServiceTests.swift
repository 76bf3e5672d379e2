import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// Loan products: only administrators save them, every save is a new
/// version, a definition breaking a rule is refused with the rule and the
/// figure in both languages, and a new version never touches applications
/// already submitted or loans already signed.
@Suite struct LoanProductServiceTests {
    static var personal: LoanProduct { DemoLoanProducts.products[0] }

    @Test func administratorsSaveVersionsAndTheDeskReadsThem() throws {
        let branch = try LoanBranch()
        let service = LoanProductService(branch.context)
        var changed = Self.personal
        changed.ratePPM = 65_000
        #expect(try service.save(changed, by: branch.admin) == 2)
        #expect(try service.product(code: "personal", by: branch.teller)?.ratePPM == 65_000)
        #expect(try service.versioned(code: "PERSONAL", by: branch.supervisor)?.version == 2)
        #expect(try service.product(code: "PERSONAL", version: 1, by: branch.teller)?.ratePPM == 60_000)
        #expect(try branch.context.count("loan_product_versions") == 4)
        #expect(try branch.context.auditActions().filter { $0 == "loan.product.saved" }.count == 4)
        changed.active = false
        try service.save(changed, by: branch.admin)
        #expect(try service.products(by: branch.teller).map(\.code) == ["BUSINESS", "MORTGAGE"])
        #expect(try service.products(includeInactive: true, by: branch.teller).map(\.code) == ["BUSINESS", "MORTGAGE", "PERSONAL"])
    }

    @Test func onlyAdministratorsSaveAndOnlyTheDeskOrAdministratorsRead() throws {
        let branch = try LoanBranch()
        let service = LoanProductService(branch.context)
        for actor in [branch.teller, branch.supervisor] {
            #expect(refusal { try service.save(Self.personal, by: actor) }?.key == StringKey.errorForbidden)
        }
        let guide = try branch.bank.staff.administration.add(username: "guide1", displayName: "Guide", role: .guide, pin: "246813",
                                                             by: branch.admin)
        #expect(refusal { _ = try service.products(by: guide) }?.key == StringKey.errorForbidden)
        #expect(try service.products(by: branch.admin).count == 3)
        #expect(try branch.context.count("loan_product_versions") == 3)
    }

    @Test func everyRuleIsRefusedWithItsFigureInBothLanguages() throws {
        func refused(_ change: (inout LoanProduct) -> Void, _ key: StringKey, _ figures: [String],
                     sourceLocation: SourceLocation = #_sourceLocation) {
            var product = Self.personal
            change(&product)
            let problems = LoanProductService.problems(product)
            guard let problem = problems.first(where: { $0.key == key }) else {
                Issue.record("\(key) not found in \(problems.map(\.key))", sourceLocation: sourceLocation)
                return
            }
            expectBothLanguages(problem, contain: figures, sourceLocation: sourceLocation)
        }
        #expect(LoanProductService.problems(Self.personal).isEmpty)
        for product in DemoLoanProducts.products { #expect(LoanProductService.problems(product).isEmpty, "\(product.code)") }
        refused({ $0.code = "P" }, .loanProductBadCode, ["P"])
        refused({ $0.code = "PERSONAL-1" }, .loanProductBadCode, ["PERSONAL-1"])
        refused({ $0.nameChinese = " " }, .loanProductNameMissing, [])
        refused({ $0.minimumAmount = 0 }, .loanProductBadAmounts, ["0.00", "300,000.00"])
        refused({ $0.minimumAmount = 40_000_000 }, .loanProductBadAmounts, ["400,000.00", "300,000.00"])
        refused({ $0.maximumAmount = AmountParser.maximumMinorUnits + 1 }, .loanProductAmountTooLarge, ["10,000,000,000.01"])
        refused({ $0.maximumMonths = 481 }, .loanProductBadMonths, ["481"])
        refused({ $0.minimumMonths = 0 }, .loanProductBadMonths, ["0", "60"])
        refused({ $0.minimumMonths = 61 }, .loanProductBadMonths, ["61", "60"])
        refused({ $0.ratePPM = 360_001 }, .loanProductBadRate, ["36.0001"])
        refused({ $0.penaltyRatePPM = 50_000 }, .loanProductBadPenalty, ["5", "6", "18"])
        refused({ $0.penaltyRatePPM = 180_001 }, .loanProductBadPenalty, ["18.0001", "18"])
        refused({ $0.methods = [] }, .loanProductNoMethods, [])
        refused({ $0.secured = true }, .loanProductNoCollateral, [])
        refused({ $0.collateral = [CollateralRule(kind: .vehicle, maximumLoanToValue: 10_001)] }, .loanProductBadLoanToValue, ["100.01"])
        refused({ $0.collateral = [CollateralRule(kind: .vehicle, maximumLoanToValue: 50)] }, .loanProductBadLoanToValue, ["0.50"])
        refused({ $0.committeeThreshold = 4_000_000 }, .loanProductBadLimits, ["40,000.00", "50,000.00"])
        refused({ $0.automaticApprovalLimit = -1 }, .loanProductBadLimits, ["-0.01"])
        refused({ $0.appraisalMaximumAgeDays = 731 }, .loanProductBadAppraisalAge, ["731"])
        refused({ $0.appraisalMaximumAgeDays = 0 }, .loanProductBadAppraisalAge, ["0"])
        var broken = Self.personal
        broken.code = "x"
        broken.methods = []
        #expect(LoanProductService.problems(broken).count == 2)
        let branch = try LoanBranch()
        #expect(refusal { try LoanProductService(branch.context).save(broken, by: branch.admin) }?.key == StringKey.loanProductBadCode)
        #expect(try branch.context.count("loan_product_versions") == 3)
    }

    @Test func aNewVersionNeverChangesSubmittedApplicationsOrLoans() throws {
        let branch = try LoanBranch()
        let (application, _) = try branch.submitted(30_000)
        #expect(application.productVersion == 1)
        let loans = LoanRepository(db: branch.context.database)
        let loanID = try branch.context.write {
            try loans.insert(LoanRecord(id: 0, contractNumber: "LN202601050001", applicationID: application.id,
                                        customerID: application.customerID, accountID: application.accountID!, productCode: "PERSONAL",
                                        productVersion: 1, principal: application.amount, rate: Self.personal.rate,
                                        penaltyRate: Self.personal.penaltyRate, method: application.method, months: application.months,
                                        startDate: branch.today, status: .signed, outstandingPrincipal: application.amount,
                                        signedBy: branch.supervisor.id), at: branch.context.clock.now())
        }
        var changed = Self.personal
        changed.ratePPM = 80_000
        changed.penaltyRatePPM = 120_000
        changed.maximumAmount = 2_000_000
        #expect(try LoanProductService(branch.context).save(changed, by: branch.admin) == 2)
        let after = try branch.applications.application(id: application.id, by: branch.teller)
        #expect(after.productVersion == 1 && after.amount == application.amount && after.status == .approved)
        let loan = try #require(try loans.loan(id: loanID))
        #expect(loan.productVersion == 1 && loan.rate.partsPerMillion == 60_000 && loan.penaltyRate.partsPerMillion == 90_000)
        #expect(try LoanProductService(branch.context).product(code: "PERSONAL", version: 1, by: branch.teller) == Self.personal)
        // Its approval still stands: the figures it was given for did not change.
        try branch.requireApproved(after)
    }

    @Test func theTrainingBranchOffersThreeProducts() throws {
        let fixture = try BranchFixture()
        let context = try fixture.open()
        try DemoBranch.seed(context)
        let admin = try #require(try context.stored("admin"))
        let products = try LoanProductService(context).products(by: admin)
        #expect(products.map(\.code) == ["BUSINESS", "MORTGAGE", "PERSONAL"])
        let mortgage = try #require(products.first { $0.code == "MORTGAGE" })
        #expect(mortgage.maximumLoanToValue(for: .realEstate) == 7_000 && mortgage.automaticApprovalLimit == 0)
        #expect(mortgage.rate.description == "4.9" && mortgage.penaltyRate.description == "7.35")
        let business = try #require(products.first { $0.code == "BUSINESS" })
        #expect(business.maximumLoanToValue(for: .timeDeposit) == 9_000 && business.methods.first == .interestOnly)
        #expect(try BooksService(context).verify(by: nil).isClean)
    }
}
