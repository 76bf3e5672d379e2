import CCrypto

/// Keyed message authentication (RFC 2104). Needed for one-time codes (TOTP
/// uses HMAC-SHA1 by default, SHA-256/512 optionally).
public enum HMAC {
    /// HMAC-SHA1: 20 bytes.
    public static func sha1(key: [UInt8], message: [UInt8]) -> [UInt8] {
        compute(EVP_sha1(), key: key, message: message)
    }

    /// HMAC-SHA256: 32 bytes.
    public static func sha256(key: [UInt8], message: [UInt8]) -> [UInt8] {
        compute(EVP_sha256(), key: key, message: message)
    }

    /// HMAC-SHA512: 64 bytes.
    public static func sha512(key: [UInt8], message: [UInt8]) -> [UInt8] {
        compute(EVP_sha512(), key: key, message: message)
    }

    private static func compute(_ md: OpaquePointer?, key: [UInt8], message: [UInt8]) -> [UInt8] {
        precondition(key.count <= Int(Int32.max), "HMAC key too long")
        var output = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let result = CBytes.with(key) { keyPointer, keyCount in
            CBytes.with(message) { messagePointer, messageCount in
                CCrypto.HMAC(md, keyPointer, Int32(keyCount), messagePointer, messageCount, &output, &length)
            }
        }
        // HMAC() only fails when libcrypto cannot allocate: a broken system.
        precondition(result != nil, "HMAC computation failed")
        return Array(output.prefix(Int(length)))
    }
}
