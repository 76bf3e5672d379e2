import CCrypto

/// Cryptographically secure random bytes from OpenSSL's CSPRNG, for salts,
/// one-time codes and tokens. Never use the standard library RNG for secrets.
public enum SecureRandom {
    /// `count` random bytes. Traps only if RAND_bytes fails, which means the
    /// system has no usable entropy source: carrying on would be unsafe.
    public static func bytes(_ count: Int) -> [UInt8] {
        precondition(count >= 0 && count <= Int(Int32.max), "SecureRandom.bytes count out of range")
        guard count > 0 else { return [] }
        var output = [UInt8](repeating: 0, count: count)
        let ok = RAND_bytes(&output, Int32(count))
        guard ok == 1 else { fatalError("RAND_bytes failed: no secure randomness available") }
        return output
    }
}
