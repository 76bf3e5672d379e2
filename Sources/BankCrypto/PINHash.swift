/// A stored PIN credential: PBKDF2-HMAC-SHA256 with a random salt. The PIN
/// itself is never stored; only this value (as `encoded` text) is.
public struct PINHash: Sendable, Equatable, CustomStringConvertible {
    /// The only algorithm this type produces and accepts.
    public static let pbkdf2SHA256 = "pbkdf2-sha256"
    /// OWASP 2023 recommendation for PBKDF2-HMAC-SHA256.
    public static let recommendedIterations = 600_000
    /// Iteration bounds accepted when parsing: more would let a forged record stall logins.
    public static let iterationRange = 1...10_000_000
    static let saltLength = 16
    static let hashLength = 32

    public let algorithm: String
    public let iterations: Int
    public let salt: [UInt8]
    public let hash: [UInt8]

    private init(iterations: Int, salt: [UInt8], hash: [UInt8]) {
        self.algorithm = PINHash.pbkdf2SHA256
        self.iterations = iterations
        self.salt = salt
        self.hash = hash
    }

    /// Hashes `pin` with a fresh 16-byte random salt.
    /// `iterations` must lie in `iterationRange` (a programming error otherwise).
    public static func make(pin: String, iterations: Int = recommendedIterations) -> PINHash {
        precondition(iterationRange.contains(iterations), "PIN hash iterations out of range")
        let salt = SecureRandom.bytes(saltLength)
        let hash = PBKDF2.sha256(password: Array(pin.utf8), salt: salt, iterations: iterations, keyLength: hashLength)
        return PINHash(iterations: iterations, salt: salt, hash: hash)
    }

    /// `pbkdf2-sha256$<iterations>$<base64 salt>$<base64 hash>`.
    public var encoded: String {
        "\(algorithm)$\(iterations)$\(Base64.encode(salt))$\(Base64.encode(hash))"
    }

    /// Parses `encoded`; nil for an unknown algorithm, iterations outside
    /// `iterationRange`, a salt outside 16...1024 bytes, a hash that is not 32
    /// bytes, or any text that is not the canonical spelling.
    public init?(encoded: String) {
        let parts = encoded.split(separator: "$", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == PINHash.pbkdf2SHA256,
              parts[1].utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
              let iterations = Int(parts[1]), PINHash.iterationRange.contains(iterations),
              let salt = Base64.decode(String(parts[2])), salt.count >= PINHash.saltLength, salt.count <= 1024,
              let hash = Base64.decode(String(parts[3])), hash.count == PINHash.hashLength else { return nil }
        self.init(iterations: iterations, salt: salt, hash: hash)
        // One spelling per credential: rejects leading zeros in the iteration count.
        guard self.encoded == encoded else { return nil }
    }

    /// True when `pin` matches. The comparison takes the same time wherever the bytes differ.
    public func verify(_ pin: String) -> Bool {
        let candidate = PBKDF2.sha256(password: Array(pin.utf8), salt: salt, iterations: iterations,
                                      keyLength: hash.count)
        return CBytes.constantTimeEquals(candidate, hash)
    }

    /// True when this credential is weaker than policy and should be rehashed
    /// after the next successful login.
    public func needsRehash(minimumIterations: Int) -> Bool {
        algorithm != PINHash.pbkdf2SHA256 || iterations < minimumIterations
    }

    /// Never prints the salt or hash, so a credential cannot leak through logs.
    public var description: String { "PINHash(\(algorithm), \(iterations) iterations)" }
}
