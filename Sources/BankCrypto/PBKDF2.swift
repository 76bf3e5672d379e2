import CCrypto

/// Password-based key derivation (RFC 8018) with HMAC-SHA256. Deliberately
/// slow, so a stolen database does not give away PINs cheaply.
public enum PBKDF2 {
    /// Derives `keyLength` bytes from `password` and `salt`.
    /// `iterations` and `keyLength` must be at least 1 (a programming error otherwise).
    public static func sha256(password: [UInt8], salt: [UInt8], iterations: Int, keyLength: Int) -> [UInt8] {
        precondition(iterations >= 1 && iterations <= Int(Int32.max), "PBKDF2 iterations out of range")
        precondition(keyLength >= 1 && keyLength <= 1 << 20, "PBKDF2 key length out of range")
        precondition(password.count <= Int(Int32.max) && salt.count <= Int(Int32.max), "PBKDF2 input too long")
        var output = [UInt8](repeating: 0, count: keyLength)
        let ok = CBytes.with(password) { passwordPointer, passwordCount in
            CBytes.with(salt) { saltPointer, saltCount in
                passwordPointer.withMemoryRebound(to: CChar.self, capacity: max(passwordCount, 1)) { pass in
                    PKCS5_PBKDF2_HMAC(pass, Int32(passwordCount), saltPointer, Int32(saltCount),
                                      Int32(iterations), EVP_sha256(), Int32(keyLength), &output)
                }
            }
        }
        // With valid arguments PKCS5_PBKDF2_HMAC only fails when it cannot allocate.
        precondition(ok == 1, "PKCS5_PBKDF2_HMAC failed")
        return output
    }
}
