/// Enrolment helpers: a fresh secret and the `otpauth://` URI an
/// authenticator app reads (usually from a QR code) to add the account.
extension TOTP {
    /// Bytes in a new secret: 20, the HMAC-SHA1 output size RFC 4226 recommends.
    public static let secretLength = 20

    /// A new random secret from `SecureRandom` (OpenSSL's CSPRNG).
    public static func randomSecret() -> [UInt8] { SecureRandom.bytes(secretLength) }

    /// `otpauth://totp/ISSUER:ACCOUNT?secret=BASE32&issuer=ISSUER&algorithm=SHA1&digits=6&period=30`
    /// (Google Authenticator "Key URI Format"). Issuer and account are
    /// percent-encoded as UTF-8, keeping only RFC 3986 unreserved characters,
    /// so a `:`, space or Chinese name cannot break the label. The secret is
    /// unpadded Base32.
    public static func otpauthURI(secret: [UInt8], account: String, issuer: String, digits: Int = 6,
                                  period: Int = 30, algorithm: Algorithm = .sha1) -> String {
        let encodedIssuer = percentEncoded(issuer)
        return "otpauth://totp/\(encodedIssuer):\(percentEncoded(account))"
            + "?secret=\(Base32.encode(secret, padded: false))&issuer=\(encodedIssuer)"
            + "&algorithm=\(algorithm.rawValue)&digits=\(digits)&period=\(period)"
    }

    /// RFC 3986 percent-encoding of UTF-8, leaving only `A–Z a–z 0–9 - . _ ~`.
    static func percentEncoded(_ text: String) -> String {
        let hex = Array("0123456789ABCDEF")
        var output = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                 UInt8(ascii: "_"), UInt8(ascii: "~"):
                output.append(Character(Unicode.Scalar(byte)))
            default:
                output.append("%")
                output.append(hex[Int(byte >> 4)])
                output.append(hex[Int(byte & 0x0F)])
            }
        }
        return output
    }
}
