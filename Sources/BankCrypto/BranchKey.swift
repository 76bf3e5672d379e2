/// The branch's secret: 32 random bytes kept outside the branch file (see
/// `BranchKeyFile` in BranchServices). It keys the audit chain (HMAC-SHA256)
/// and encrypts one-time-code secrets; each use gets its own key derived with
/// a label, so the chain key and the encryption key are never the same bytes.
public struct BranchKey: Sendable, Equatable {
    public static let length = 32
    public let bytes: [UInt8]

    public init?(bytes: [UInt8]) {
        guard bytes.count == Self.length else { return nil }
        self.bytes = bytes
    }

    /// A fresh key from the system's secure random source.
    public static func generate() -> BranchKey { BranchKey(bytes: SecureRandom.bytes(length))! }

    /// The key file's text: 64 lowercase hex digits and a newline.
    public var fileText: String { Hex.encode(bytes) + "\n" }

    /// Parses a key file's text (64 hex digits, optionally followed by one newline); nil if malformed.
    public init?(fileText: String) {
        var text = Substring(fileText)
        if text.hasSuffix("\n") { text = text.dropLast() }
        guard text.count == Self.length * 2, let bytes = Hex.decode(String(text)) else { return nil }
        self.init(bytes: bytes)
    }

    /// HMAC key of the audit chain and its head.
    public var chainKey: [UInt8] { derive("teller/audit-chain/v1") }
    /// AES-256-GCM key of stored one-time-code secrets.
    public var secretsKey: [UInt8] { derive("teller/credential-secrets/v1") }
    /// HMAC key of the seals over operators' and customers' credential rows.
    public var credentialSealKey: [UInt8] { derive("teller/credential-seal/v1") }

    private func derive(_ label: String) -> [UInt8] { HMAC.sha256(key: bytes, message: Array(label.utf8)) }
}
