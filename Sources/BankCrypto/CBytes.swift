import CCrypto

/// Internal helpers that pass Swift byte arrays to libcrypto.
///
/// An empty Swift array may have a nil base address; several OpenSSL calls
/// treat a NULL pointer differently from an empty buffer, so we always pass a
/// real pointer (to a harmless one-byte buffer when the array is empty).
enum CBytes {
    /// Calls `body` with a non-nil pointer to `bytes` and their count.
    static func with<R>(_ bytes: [UInt8], _ body: (UnsafePointer<UInt8>, Int) -> R) -> R {
        if bytes.isEmpty {
            let placeholder: [UInt8] = [0]
            return placeholder.withUnsafeBufferPointer { body($0.baseAddress!, 0) }
        }
        return bytes.withUnsafeBufferPointer { body($0.baseAddress!, $0.count) }
    }

    /// Constant-time equality of two byte arrays (the lengths are not secret).
    static func constantTimeEquals(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        if a.isEmpty { return true }
        return with(a) { pa, count in
            with(b) { pb, _ in CRYPTO_memcmp(pa, pb, count) == 0 }
        }
    }
}
