import Foundation

/// Why a typed one-time code was refused.
public enum TOTPFailure: Error, Equatable, Sendable {
    /// Not exactly the configured number of digits.
    case malformed
    /// Does not match any step in the window.
    case wrong
    /// Matches, but for a step at or before the last one already used: a code
    /// may be used only once, so a shoulder-surfed code cannot be replayed.
    case replayed
}

/// Checks a code typed by a customer or operator. Exists apart from `TOTP`
/// because verifying needs policy: how much clock drift to forgive (the
/// window) and refusing a code that was already used (replay).
public struct TOTPVerifier: Sendable {
    /// Steps accepted on each side of the current one (1 = previous, current, next).
    public let window: Int
    public let digits: Int
    public let period: Int
    public let algorithm: TOTP.Algorithm

    /// A negative window is treated as 0. `digits` must be in `TOTP.digitRange`
    /// and `period` positive (programming errors otherwise).
    public init(window: Int = 1, digits: Int = 6, period: Int = 30, algorithm: TOTP.Algorithm = .sha1) {
        precondition(TOTP.digitRange.contains(digits), "TOTP digits must be 6...10")
        precondition(period > 0, "TOTP period must be positive")
        self.window = max(0, window)
        self.digits = digits
        self.period = period
        self.algorithm = algorithm
    }

    /// Spaces in `code` are ignored. On success returns the matched step: store
    /// it and pass it back as `lastUsedStep` next time. A code matching only
    /// steps ≤ `lastUsedStep` is `.replayed`. Codes are compared in constant time.
    public func verify(code: String, secret: [UInt8], at time: Date, lastUsedStep: Int64?) -> Result<Int64, TOTPFailure> {
        let typed = Array(code.utf8.filter { $0 != UInt8(ascii: " ") })
        guard typed.count == digits, typed.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else {
            return .failure(.malformed)
        }
        let current = TOTP.step(at: time, period: period)
        var sawReplay = false
        for offset in -window...window {
            let (step, overflow) = current.addingReportingOverflow(Int64(offset))
            guard !overflow, step >= 0 else { continue }
            let expected = Array(TOTP.code(secret: secret, step: step, digits: digits, algorithm: algorithm).utf8)
            guard Self.constantTimeEqual(expected, typed) else { continue }
            if let lastUsedStep, step <= lastUsedStep {
                sawReplay = true
                continue
            }
            return .success(step)
        }
        return .failure(sawReplay ? .replayed : .wrong)
    }

    private static func constantTimeEqual(_ lhs: [UInt8], _ rhs: [UInt8]) -> Bool {
        guard lhs.count == rhs.count else { return false }
        var difference: UInt8 = 0
        for (a, b) in zip(lhs, rhs) { difference |= a ^ b }
        return difference == 0
    }
}
