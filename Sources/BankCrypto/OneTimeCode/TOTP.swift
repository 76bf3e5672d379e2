import Foundation

/// Time-based one-time passwords (RFC 6238 over the HOTP truncation of
/// RFC 4226), the codes authenticator apps show. Used to verify a person at
/// the counter without a card or PIN.
public enum TOTP {
    /// The HMAC hash behind the code. Authenticator apps default to SHA-1.
    public enum Algorithm: String, Sendable, CaseIterable {
        case sha1 = "SHA1"
        case sha256 = "SHA256"
        case sha512 = "SHA512"

        func mac(key: [UInt8], message: [UInt8]) -> [UInt8] {
            switch self {
            case .sha1: return HMAC.sha1(key: key, message: message)
            case .sha256: return HMAC.sha256(key: key, message: message)
            case .sha512: return HMAC.sha512(key: key, message: message)
            }
        }
    }

    /// Allowed code lengths: RFC 4226 requires at least 6; the 31-bit
    /// truncated value has at most 10 decimal digits.
    public static let digitRange = 6...10

    /// The code shown at `time`: step = ⌊unix seconds / period⌋ (times before
    /// 1970 count as step 0). `digits` must be in `digitRange` and `period`
    /// positive; other values are programming errors and trap.
    public static func code(secret: [UInt8], at time: Date, digits: Int = 6, period: Int = 30,
                            algorithm: Algorithm = .sha1) -> String {
        code(secret: secret, step: step(at: time, period: period), digits: digits, algorithm: algorithm)
    }

    /// The code for one time step (the HOTP counter).
    public static func code(secret: [UInt8], step: Int64, digits: Int = 6, algorithm: Algorithm = .sha1) -> String {
        precondition(digitRange.contains(digits), "TOTP digits must be 6...10")
        let counter = UInt64(bitPattern: max(0, step))
        let message = (0..<8).map { UInt8(truncatingIfNeeded: counter >> UInt64(56 - 8 * $0)) }
        let mac = algorithm.mac(key: secret, message: message)
        let offset = Int(mac[mac.count - 1] & 0x0F)
        let binary = (UInt64(mac[offset] & 0x7F) << 24) | (UInt64(mac[offset + 1]) << 16)
            | (UInt64(mac[offset + 2]) << 8) | UInt64(mac[offset + 3])
        var modulus: UInt64 = 1
        for _ in 0..<digits { modulus *= 10 }
        let value = String(binary % modulus)
        return String(repeating: "0", count: digits - value.count) + value
    }

    /// The time step containing `time`: whole seconds since 1970 divided by
    /// `period`, 0 for earlier or non-finite times.
    public static func step(at time: Date, period: Int = 30) -> Int64 {
        precondition(period > 0, "TOTP period must be positive")
        let seconds = time.timeIntervalSince1970.rounded(.down)
        guard seconds.isFinite, seconds > 0 else { return 0 }
        guard seconds < 9.0e18 else { return Int64.max / Int64(period) }
        return Int64(seconds) / Int64(period)
    }
}
