import CCrypto

/// Message digests. SHA-256 links the audit trail and fingerprints data.
public enum Digest {
    /// The 32-byte SHA-256 digest of `bytes`.
    public static func sha256(_ bytes: [UInt8]) -> [UInt8] {
        var output = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let ok = CBytes.with(bytes) { pointer, count in
            EVP_Digest(pointer, count, &output, &length, EVP_sha256(), nil)
        }
        // EVP_Digest only fails when libcrypto cannot allocate: a broken system.
        precondition(ok == 1, "EVP_Digest(SHA-256) failed")
        return Array(output.prefix(Int(length)))
    }

    /// Lowercase hex of the SHA-256 digest of the UTF-8 bytes of `text`.
    public static func sha256Hex(_ text: String) -> String {
        Hex.encode(sha256(Array(text.utf8)))
    }
}
