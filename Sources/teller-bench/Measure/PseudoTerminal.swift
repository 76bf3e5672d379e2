import Foundation
import Glibc

/// A pseudo-terminal pair, so the real `teller` binary can be started as if
/// in a terminal window: it draws through ncurses onto the secondary side,
/// the benchmark reads what it drew and types keys on the primary side.
final class PseudoTerminal {
    let primary: Int32
    let secondaryPath: String
    private(set) var received = [UInt8]()

    init(columns: Int, rows: Int) throws {
        // Linux's /dev/ptmx: unlock the secondary side and ask its number (what unlockpt and ptsname do).
        primary = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        var unlock: Int32 = 0, number: UInt32 = 0
        guard primary >= 0, ioctl(primary, Self.unlockRequest, &unlock) == 0, ioctl(primary, Self.numberRequest, &number) == 0 else {
            if primary >= 0 { close(primary) }
            throw BenchFailure("cannot open a pseudo-terminal (/dev/ptmx)")
        }
        secondaryPath = "/dev/pts/\(number)"
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(primary, UInt(TIOCSWINSZ), &size)
        _ = fcntl(primary, F_SETFL, fcntl(primary, F_GETFL) | O_NONBLOCK)
    }

    deinit { close(primary) }

    /// TIOCSPTLCK and TIOCGPTN (Linux, generic ioctl encoding): C macros Swift does not import.
    static let unlockRequest: UInt = 0x4004_5431
    static let numberRequest: UInt = 0x8004_5430

    /// Reads whatever has arrived, waiting up to `milliseconds` for the first byte.
    @discardableResult
    func read(waiting milliseconds: Int32) -> Int {
        var poller = pollfd(fd: primary, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, milliseconds) > 0 else { return 0 }
        var buffer = [UInt8](repeating: 0, count: 65_536)
        var total = 0
        while true {
            let count = Glibc.read(primary, &buffer, buffer.count)
            guard count > 0 else { break }
            received.append(contentsOf: buffer[0..<count])
            total += count
        }
        return total
    }

    /// Waits until everything received contains `text` (as UTF-8), up to `seconds`; true when it does.
    func waitFor(_ text: String, seconds: Double) -> Bool {
        let needle = Array(text.utf8)
        let deadline = Date().addingTimeInterval(seconds)
        var searchedUpTo = 0
        while Date() < deadline {
            if read(waiting: 20) > 0 || searchedUpTo == 0 {
                if contains(needle, from: max(0, searchedUpTo - needle.count)) { return true }
                searchedUpTo = received.count
            }
        }
        return false
    }

    private func contains(_ needle: [UInt8], from start: Int) -> Bool {
        guard received.count >= needle.count, !needle.isEmpty else { return false }
        var index = start
        while index + needle.count <= received.count {
            if received[index] == needle[0], Array(received[index..<index + needle.count]) == needle { return true }
            index += 1
        }
        return false
    }

    /// Forgets what was received so far (before waiting for the next screen).
    func clear() { received.removeAll(keepingCapacity: true) }

    /// Types `text` (bytes as a terminal sends them: "\t" Tab, "\r" Enter, "\u{11}" Ctrl-Q).
    func type(_ text: String) {
        let bytes = Array(text.utf8)
        bytes.withUnsafeBytes { _ = write(primary, $0.baseAddress, $0.count) }
    }
}
