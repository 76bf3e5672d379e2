import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// Every suite about identity checks and account opening is nested in this
/// one, so `swift test --filter AccountOpeningTests` runs exactly them.
@Suite enum AccountOpeningTests {}

/// A real branch file for the identity and account-opening tests: branch
/// AO01 in its own temporary folder (the voucher folder goes beside the file),
/// an administrator, a guide, a teller and two supervisors, all with the same
/// PIN. The clock is a `ManualClock` on 2026-03-16 that only moves when a
/// test moves it.
final class OpeningBranch {
    static let pin = "258036"
    /// 2026-03-16 10:00 UTC.
    static let start = Date(timeIntervalSince1970: 1_773_655_200)

    let fixture: BranchFixture
    let context: BranchContext
    let admin: Operator
    let guide: Operator
    let teller: Operator
    let supervisor: Operator
    let supervisor2: Operator

    init() throws {
        fixture = try BranchFixture(start: Self.start, prefix: "account-opening-tests")
        context = try fixture.open(terminal: "opening/tty1")
        admin = try SetupService(context).createBranch(
            code: "AO01", name: "Account Opening Branch 开户网点", businessDate: BusinessDate(date: Self.start),
            adminUsername: "admin", adminName: "Zhao Lei 赵磊", pin: Self.pin)
        let administration = OperatorAdministration(context)
        guide = try administration.add(username: "wang.fang", displayName: "Wang Fang 王芳", role: .guide, pin: Self.pin, by: admin)
        teller = try administration.add(username: "li.wei", displayName: "Li Wei 李伟", role: .teller, pin: Self.pin, by: admin)
        supervisor = try administration.add(username: "zhang.min", displayName: "Zhang Min 张敏", role: .supervisor,
                                            pin: Self.pin, by: admin)
        supervisor2 = try administration.add(username: "sun.li", displayName: "Sun Li 孙丽", role: .supervisor,
                                             pin: Self.pin, by: admin)
    }

    var folder: URL { fixture.folder }
    var path: String { fixture.path }
    var clock: ManualClock { fixture.clock }

    var identity: IdentityService { IdentityService(context) }
    var opening: AccountOpeningService { AccountOpeningService(context) }
    var customers: CustomerService { CustomerService(context) }
    var watchList: WatchListService { WatchListService(context) }

    /// What setting a customer credential takes (issue 12): the customer's own
    /// document checked by `actor` at this terminal, and another supervisor's
    /// approval for `actor`'s work.
    func credentialApproval(_ customer: Customer, by actor: Operator? = nil) throws -> SupervisorApproval {
        let maker = actor ?? teller
        _ = try identity.checkDocument(type: customer.idType, number: customer.idNumber, expiry: customer.idExpiry,
                                       customerID: customer.id, by: maker)
        return try AuthenticationService(context).approve(username: maker.id == supervisor.id ? "sun.li" : "zhang.min", pin: Self.pin,
                                                          reason: "customer present, ID seen", maker: maker)
    }

    /// Sets (or with `replacing`, replaces) the customer's PIN with all four eyes.
    func setPIN(_ customer: Customer, _ pin: String, replacing: Bool = false, by actor: Operator? = nil) throws {
        let maker = actor ?? teller
        try identity.setPIN(customerID: customer.id, pin: pin, replacing: replacing, approval: try credentialApproval(customer, by: maker),
                            by: maker)
    }

    /// A resident ID number with a correct check character.
    static func residentID(region: String = "110105", birth: String, sequence: String = "123") -> String {
        let first17 = region + birth + sequence
        return first17 + String(ResidentIDNumber.checkDigit(for: first17)!)
    }

    /// Registers a customer with a valid resident ID; `birth` is `YYYY-MM-DD`.
    func register(_ name: String, birth: String = "1983-03-21", sequence: String = "123") throws -> Customer {
        let number = Self.residentID(birth: birth.replacingOccurrences(of: "-", with: ""), sequence: sequence)
        return try customers.register(CustomerApplication(
            name: name, idType: .residentID, idNumber: number, phone: "13912345678", address: "1 Zhongshan Road, Nanjing",
            birthDate: birth, preferredLanguage: .english, assistance: .none), by: teller)
    }

    /// KYC answers that score no risk points.
    static func plainKYC(occupation: String = "software engineer") -> KYCProfile {
        KYCProfile(occupation: occupation, employer: "Acme Software Ltd", income: .from50kTo200k,
                   address: "1 Zhongshan Road, Nanjing", purpose: .salary, taxResidency: .china, politicallyExposed: false)
    }

    static func form(_ customer: Customer, _ type: AccountType = .savings, kyc: KYCProfile = plainKYC()) -> AccountApplicationForm {
        AccountApplicationForm(customerID: customer.id, accountType: type, currency: .cny, kyc: kyc,
                               documentsSeen: ["id_original", "id_copy"])
    }

    /// The teller's photo check for this application, so `open` may proceed.
    func attestPhoto(_ customer: Customer, application: Int64) throws {
        try identity.attest(customerID: customer.id, method: .photo, passed: true,
                            service: AccountOpeningService.verificationService(applicationID: application), by: teller)
    }

    /// Writes `text` into a file in the branch folder and returns its path.
    func writeFile(_ name: String, _ text: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// The `vouchers` path beside the branch file.
    var vouchersPath: String { folder.appendingPathComponent("vouchers").path }

    func count(_ table: String, where condition: String = "1", _ params: [SQLValue] = []) throws -> Int {
        Int(try context.database.scalarInt("SELECT count(*) FROM \(table) WHERE \(condition)", params) ?? -1)
    }

    func auditActions() throws -> [String] {
        try context.database.query("SELECT action FROM audit_log ORDER BY seq").map { $0.string("action") ?? "?" }
    }

    func status(ofApplication id: Int64) -> String? { opening.application(id: id)?.status }

    /// The customer as stored now.
    func stored(_ customer: Customer) throws -> Customer? { try CustomerRepository(db: context.database).find(id: customer.id) }
}
