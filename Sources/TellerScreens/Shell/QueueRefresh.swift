import BranchServices
import Foundation

/// Decides when a screen showing shared branch data (the queue, complaints,
/// care tasks, reviews, the journal) must re-read it: when another terminal
/// has committed (SQLite's data_version, `BranchContext.changeMarker`, moved;
/// a `demo-reset` moves it too) or, for data that depends on the time like
/// the queue's estimates, when `maxAge` has passed. Keeps redraws cheap while
/// every list still changes within a frame of a change anywhere.
struct QueueRefresh {
    /// How old a reading may get with no change anywhere; nil: re-read on a change only.
    var maxAge: TimeInterval?
    private var lastMarker: Int64 = -1
    private var lastRead = Date.distantPast

    init(maxAge: TimeInterval? = 1) { self.maxAge = maxAge }

    mutating func isDue(_ service: QueueService, now: Date) -> Bool { isDue(marker: service.changeMarker(), now: now) }

    mutating func isDue(_ context: BranchContext, now: Date) -> Bool { isDue(marker: context.changeMarker(), now: now) }

    private mutating func isDue(marker: Int64, now: Date) -> Bool {
        let aged = maxAge.map { now.timeIntervalSince(lastRead) >= $0 } ?? false
        guard marker != lastMarker || aged else { return false }
        lastMarker = marker
        lastRead = now
        return true
    }

    /// Forces a re-read on the next frame (after this terminal changed something).
    mutating func invalidate() { lastRead = .distantPast; lastMarker = -1 }
}
