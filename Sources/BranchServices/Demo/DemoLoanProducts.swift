import BankCore
import BankStore
import Foundation

/// The training branch's loan products (issue 15): a personal loan, a
/// mortgage and a short business loan, defined by the demo administrator,
/// so the loan desk can be practised end to end from a fresh reset.
enum DemoLoanProducts {
    /// CNY yuan as fen.
    private static func yuan(_ amount: Int64) -> Int64 { amount * 100 }

    static let products: [LoanProduct] = [
        LoanProduct(code: "PERSONAL", nameEnglish: "Personal loan", nameChinese: "个人消费贷款", purpose: "consumption",
                    minimumAmount: yuan(10_000), maximumAmount: yuan(300_000), minimumMonths: 6, maximumMonths: 60,
                    ratePPM: 60_000, methods: [.equalInstalment, .equalPrincipal], secured: false,
                    documents: [.identityDocument, .proofOfIncome, .employmentLetter], penaltyRatePPM: 90_000,
                    automaticApprovalLimit: yuan(50_000), committeeThreshold: yuan(200_000)),
        LoanProduct(code: "MORTGAGE", nameEnglish: "Home mortgage", nameChinese: "个人住房贷款", purpose: "home purchase",
                    minimumAmount: yuan(100_000), maximumAmount: yuan(5_000_000), minimumMonths: 60, maximumMonths: 360,
                    ratePPM: 49_000, methods: [.equalInstalment, .equalPrincipal], secured: true,
                    collateral: [CollateralRule(kind: .realEstate, maximumLoanToValue: 7_000)], appraisalMaximumAgeDays: 180,
                    documents: [.identityDocument, .proofOfIncome, .collateralTitle, .appraisalReport, .purchaseContract],
                    penaltyRatePPM: 73_500, automaticApprovalLimit: 0, committeeThreshold: yuan(1_000_000)),
        LoanProduct(code: "BUSINESS", nameEnglish: "Business short-term loan", nameChinese: "小微企业短期经营贷款",
                    purpose: "working capital", minimumAmount: yuan(50_000), maximumAmount: yuan(1_000_000), minimumMonths: 3,
                    maximumMonths: 12, ratePPM: 55_000, methods: [.interestOnly, .equalInstalment], secured: true,
                    collateral: [CollateralRule(kind: .equipment, maximumLoanToValue: 5_000),
                                 CollateralRule(kind: .timeDeposit, maximumLoanToValue: 9_000)],
                    documents: [.identityDocument, .businessLicence, .bankStatements, .collateralTitle], penaltyRatePPM: 82_500,
                    automaticApprovalLimit: 0, committeeThreshold: yuan(500_000)),
    ]

    /// Stores the products as version 1, defined by the administrator; inside the seed's write (its
    /// `training.seeded` audit line names them, as it stands for the rest of the seed).
    static func seed(_ context: BranchContext, by administratorID: Int64, at now: Date) throws {
        let repository = LoanProductRepository(db: context.database)
        for product in products {
            precondition(LoanProductService.problems(product).isEmpty, "demo product \(product.code) breaks the product rules")
            try repository.save(product, by: administratorID, at: now)
        }
    }

    /// The codes, for the seed's audit line.
    static var codes: String { products.map(\.code).joined(separator: ", ") }
}
