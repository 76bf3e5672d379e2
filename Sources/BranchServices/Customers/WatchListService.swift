import BankCore
import BankStore
import Foundation
import Localization

/// Loads the compliance watch list from a CSV file, replacing the old one.
public struct WatchListService {
    let context: BranchContext

    public init(_ context: BranchContext) { self.context = context }

    /// Imports `path` for `actor`, a supervisor or an administrator (at the
    /// shell they type their ID and PIN); returns how many entries were loaded.
    /// A malformed file changes nothing and the message names the line.
    @discardableResult
    public func importCSV(path: String, by actor: Operator) throws(LocalizedMessage) -> Int {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw LocalizedMessage(.watchListUnreadable, path)
        }
        let entries: [WatchListEntry]
        do {
            entries = try WatchListCSV.parse(text)
        } catch {
            throw LocalizedMessage(.watchListBadLine, path, String(error.line), error.message)
        }
        for (index, entry) in entries.enumerated()
        where TextRules.problem(in: [(entry.name, .fieldName, false), (entry.idNumber ?? "", .fieldName, false),
                                     (entry.list, .fieldName, false), (entry.reason, .fieldReason, false)]) != nil {
            // Data rows count from 1 after the header line.
            throw LocalizedMessage(.validTextInvisible, part: LocalizedMessage(.fieldWatchListRow, String(index + 1)))
        }
        try context.write {
            let admin = try context.requireActor(actor, nil)
            guard admin.role.may(.approve) || admin.role.may(.branchSettings) else {
                throw LocalizedMessage(.cliNotPermitted, admin.username, part: LocalizedMessage(.cliRoleSupervisor))
            }
            guard !entries.isEmpty else { throw LocalizedMessage(.watchListEmpty, path) }
            try AccountRepository(db: context.database).replaceWatchList(entries, at: context.clock.now(), by: admin.id)
            try context.record("watchlist.import", by: admin.id, subject: (path as NSString).lastPathComponent,
                               detail: "\(entries.count) entries")
        }
        return entries.count
    }

    public func count() -> Int { (try? AccountRepository(db: context.database).watchListCount()) ?? 0 }
}
