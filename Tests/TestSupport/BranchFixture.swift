import BankCore
import BranchServices
import Foundation

/// PBKDF2 iterations for PINs made in tests: low, so the suite stays fast.
/// (One test in SetupServiceTests checks the real default.)
public let fastIterations = 1_000

/// A branch file in its own scratch folder, removed when the fixture goes
/// away, with a hand-moved clock shared by every context opened on it — the
/// real SQLite file every service, screen and store test works on.
public final class BranchFixture {
    public let scratch: ScratchFolder
    public let path: String
    public let clock: ManualClock
    /// PBKDF2 iterations for PINs hashed through this fixture's contexts.
    public let iterations: Int

    public var folder: URL { scratch.url }

    public init(name: String = "branch.sqlite", start: Date = Date(timeIntervalSince1970: 1_800_000_000),
                iterations: Int = fastIterations, prefix: String = "branch-tests") throws {
        self.iterations = iterations
        scratch = try ScratchFolder(prefix: prefix)
        path = scratch.file(name)
        clock = ManualClock(start)
    }

    /// A new connection to the file, as another terminal would open it.
    public func open(terminal: String = "tty1") throws -> BranchContext {
        try BranchContext.open(path: path, clock: clock, terminal: terminal, pinIterations: iterations)
    }

    /// The file's names in the folder (to spot leftover -wal / -shm files).
    public func listing() throws -> [String] { try scratch.listing() }
}
