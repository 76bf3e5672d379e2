import BranchServices
import Foundation

/// Decides when a screen showing shared queue data must re-read it: when
/// another terminal has committed (SQLite's data_version moved) or a second
/// has passed (estimates depend on the time). Keeps redraws cheap while the
/// board still changes within a second of a change anywhere.
struct QueueRefresh {
    private var lastMarker: Int64 = -1
    private var lastRead = Date.distantPast

    mutating func isDue(_ service: QueueService, now: Date) -> Bool {
        let marker = service.changeMarker()
        guard marker != lastMarker || now.timeIntervalSince(lastRead) >= 1 else { return false }
        lastMarker = marker
        lastRead = now
        return true
    }

    /// Forces a re-read on the next frame (after this terminal changed something).
    mutating func invalidate() { lastRead = .distantPast; lastMarker = -1 }
}
