import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Testing
import TestSupport

/// Issue 13: `demo-reset` removes the receipt and voucher files of the old
/// training data (they describe people the fresh seed gives other
/// accounts), and only the files teller writes there.
@Suite struct DemoResetFilesTests {
    @Test func resetRemovesOldVouchersAndSlipsOnly() throws {
        let fixture = try BranchFixture(name: "training.sqlite")
        try TrainingFile.prepare(path: fixture.path, reset: false, terminal: "tty9")
        let folder = fixture.folder.path
        let ours = ["vouchers/V00000001-deposit.txt", "vouchers/V00000002-account-opening.txt", "tickets/2026-03-02-A001.txt",
                    "tickets/complaint-C20260302-0001.txt"]
        let theirs = ["vouchers/notes.md", "tickets/keep/inner.txt", "branch-notes.txt"]
        for name in ours + theirs {
            let path = (folder as NSString).appendingPathComponent(name)
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        }
        try TrainingFile.prepare(path: fixture.path, reset: false, terminal: "tty9")
        for name in ours { #expect(FileManager.default.fileExists(atPath: "\(folder)/\(name)"), "kept without reset: \(name)") }
        try TrainingFile.prepare(path: fixture.path, reset: true, terminal: "tty9")
        for name in ours { #expect(!FileManager.default.fileExists(atPath: "\(folder)/\(name)"), "removed: \(name)") }
        for name in theirs { #expect(FileManager.default.fileExists(atPath: "\(folder)/\(name)"), "not ours: \(name)") }
        let context = try fixture.open()
        #expect(context.branch()?.isTraining == true)
    }
}
