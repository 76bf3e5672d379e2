/// RFC 4648 Base32 (alphabet `A`–`Z`, `2`–`7`). Authenticator apps show and
/// accept TOTP secrets in this form, so the teller can read one out or type it.
public enum Base32 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".utf8)

    /// Encodes bytes; with `padded` (the RFC form) the result is a multiple of
    /// 8 characters filled with `=`. `otpauth://` URIs use `padded: false`.
    public static func encode(_ bytes: [UInt8], padded: Bool = true) -> String {
        var output: [UInt8] = []
        output.reserveCapacity((bytes.count + 4) / 5 * 8)
        var buffer: UInt32 = 0
        var bits = 0
        for byte in bytes {
            buffer = (buffer << 8) | UInt32(byte)
            bits += 8
            while bits >= 5 {
                bits -= 5
                output.append(alphabet[Int((buffer >> UInt32(bits)) & 0x1F)])
            }
            buffer &= (1 << UInt32(bits)) - 1
        }
        if bits > 0 { output.append(alphabet[Int((buffer << UInt32(5 - bits)) & 0x1F)]) }
        if padded { while output.count % 8 != 0 { output.append(UInt8(ascii: "=")) } }
        return String(decoding: output, as: UTF8.self)
    }

    /// Decodes Base32 text: case-insensitive, spaces ignored (secrets are often
    /// shown in groups), `=` padding optional but, when present, only at the
    /// end and of the right amount. Nil for any other character, for a length
    /// no encoder produces, or for non-zero unused bits (one spelling per value).
    public static func decode(_ text: String) -> [UInt8]? {
        var symbols: [UInt8] = []
        var padding = 0
        for scalar in text.unicodeScalars where scalar != " " {
            if scalar == "=" { padding += 1; continue }
            guard padding == 0, let value = value(of: scalar) else { return nil }
            symbols.append(value)
        }
        let remainder = symbols.count % 8
        guard [0, 2, 4, 5, 7].contains(remainder) else { return nil }
        if padding > 0 {
            guard remainder != 0, (symbols.count + padding) % 8 == 0 else { return nil }
        }
        var output: [UInt8] = []
        output.reserveCapacity(symbols.count * 5 / 8)
        var buffer: UInt32 = 0
        var bits = 0
        for symbol in symbols {
            buffer = (buffer << 5) | UInt32(symbol)
            bits += 5
            if bits >= 8 {
                bits -= 8
                output.append(UInt8((buffer >> UInt32(bits)) & 0xFF))
                buffer &= (1 << UInt32(bits)) - 1
            }
        }
        guard buffer == 0 else { return nil }
        return output
    }

    private static func value(of scalar: Unicode.Scalar) -> UInt8? {
        switch scalar.value {
        case 0x41...0x5A: return UInt8(scalar.value - 0x41)        // A–Z
        case 0x61...0x7A: return UInt8(scalar.value - 0x61)        // a–z
        case 0x32...0x37: return UInt8(scalar.value - 0x32 + 26)   // 2–7
        default: return nil
        }
    }
}
