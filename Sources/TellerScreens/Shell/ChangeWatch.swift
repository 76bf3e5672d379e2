import BranchServices
import Foundation

/// The one way a screen decides when to re-read what it shows: when the
/// branch file's change marker (`BranchContext.changeMarker`) moved since the
/// last reading (another terminal committed, a `demo-reset`, or this terminal
/// changed something) or, for data that depends on the time like the queue's
/// estimates, when `maxAge` has passed. Drawing then costs no store read while
/// every list still changes within a frame of a change anywhere.
struct ChangeWatch {
    /// How old a reading may get with no change anywhere; nil: re-read on a change only.
    var maxAge: TimeInterval?
    private var lastMarker: ChangeMarker?
    private var lastRead = Date.distantPast

    init(maxAge: TimeInterval? = 1) { self.maxAge = maxAge }

    mutating func isDue(_ service: QueueService, now: Date) -> Bool { isDue(marker: service.changeMarker(), now: now) }

    mutating func isDue(_ context: BranchContext, now: Date) -> Bool { isDue(marker: context.changeMarker(), now: now) }

    /// Whether the data must be read again; when it says so, it counts as read now.
    private mutating func isDue(marker: ChangeMarker, now: Date) -> Bool {
        let aged = maxAge.map { now.timeIntervalSince(lastRead) >= $0 } ?? false
        guard marker != lastMarker || aged else { return false }
        lastMarker = marker
        lastRead = now
        return true
    }

    /// Forces a re-read at the next check (after this terminal changed something).
    mutating func invalidate() { lastRead = .distantPast; lastMarker = nil }
}
