import BankCore
import BankCrypto
import Localization

/// First-run setup of a real branch: the branch and its first administrator,
/// created together or not at all. There is no default password.
public struct SetupService {
    let context: BranchContext

    public init(_ context: BranchContext) { self.context = context }

    public var needsSetup: Bool { context.branch() == nil }

    @discardableResult
    public func createBranch(code: String, name: String, businessDate: BusinessDate, adminUsername: String,
                             adminName: String, pin: String, training: Bool = false) throws(LocalizedMessage) -> Operator {
        if let problem = BranchCodeRules.problem(with: code) { throw problem }
        if let problem = DisplayNameRules.problem(with: name) { throw problem }
        if let problem = UsernameRules.problem(with: adminUsername) { throw problem }
        if let problem = DisplayNameRules.problem(with: adminName) { throw problem }
        if let problem = PINRules.problem(with: pin) { throw problem }
        let hash = PINHash.make(pin: pin, iterations: context.pinIterations).encoded
        return try context.write {
            guard try context.branches.load() == nil else { throw LocalizedMessage(.unexpectedError, "branch exists") }
            let now = context.clock.now()
            try context.branches.create(Branch(code: code.uppercased(), name: name, businessDate: businessDate, isTraining: training), at: now)
            let admin = try context.operators.insert(username: adminUsername, displayName: adminName, role: .administrator,
                                                     pinHash: hash, createdAt: now)
            try context.record("setup.branch_created", by: admin.id, subject: code.uppercased(), detail: name)
            return admin
        }
    }
}
