import BankCore
import BankCrypto
import Dispatch
import Foundation
import Localization

/// The training branch trainers use in the classroom: a separate file,
/// marked as training, seeded with one operator per role whose PINs are shown
/// on the sign-in screen. It can be reset to this seed at any time.
public enum DemoBranch {
    /// A demo operator and the PIN printed on the sign-in screen.
    public struct Login: Sendable {
        public var username: String
        public var displayName: String
        public var role: Role
        public var pin: String
    }

    public static let logins: [Login] = [
        Login(username: "guide", displayName: "Wang Fang 王芳", role: .guide, pin: "246810"),
        Login(username: "teller", displayName: "Li Wei 李伟", role: .teller, pin: "135790"),
        Login(username: "teller2", displayName: "Chen Jing 陈静", role: .teller, pin: "135791"),
        Login(username: "super", displayName: "Zhang Min 张敏", role: .supervisor, pin: "802468"),
        Login(username: "trainer", displayName: "Liu Yang 刘洋", role: .trainer, pin: "975310"),
        Login(username: "admin", displayName: "Zhao Lei 赵磊", role: .administrator, pin: "864200"),
    ]

    public static let branchCode = "DEMO01"
    public static let branchName = "Training Branch 培训网点"

    /// Fills an empty file with the training branch. Hashes are computed in
    /// parallel first, then everything is written in one transaction.
    public static func seed(_ context: BranchContext) throws(LocalizedMessage) {
        let hashes = hashAll(logins.map(\.pin), iterations: context.pinIterations)
        try context.write {
            guard try context.branches.load() == nil else { return }
            let now = context.clock.now()
            let today = BusinessDate(date: now)
            try context.branches.create(Branch(code: branchCode, name: branchName, businessDate: today, isTraining: true), at: now)
            for (login, hash) in zip(logins, hashes) {
                _ = try context.operators.insert(username: login.username, displayName: login.displayName, role: login.role,
                                                 pinHash: hash, createdAt: now)
            }
            try context.record("training.seeded", by: nil, subject: branchCode)
        }
    }

    private static func hashAll(_ pins: [String], iterations: Int) -> [String] {
        let results = HashResults(count: pins.count)
        DispatchQueue.concurrentPerform(iterations: pins.count) { index in
            results.set(index, PINHash.make(pin: pins[index], iterations: iterations).encoded)
        }
        return results.values
    }
}

/// Collects results written from several threads.
private final class HashResults: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [String]
    init(count: Int) { storage = Array(repeating: "", count: count) }
    func set(_ index: Int, _ value: String) { lock.withLock { storage[index] = value } }
    var values: [String] { lock.withLock { storage } }
}
