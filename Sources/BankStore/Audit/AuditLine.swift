import BankCrypto

/// The canonical text an audit entry's hash covers. Entries are keyed: the
/// hash is HMAC-SHA256 under the branch's chain key, so nobody without the key
/// can recompute it. Files made before the key existed hold plain SHA-256
/// entries up to a keyed `audit.reanchor` entry that seals them (see AuditTrail).
///
/// The canonical text (public so the benchmark's raw-SQLite
/// baseline can write the same rows the audit trail does):
/// `seq|atMillis|operatorID or empty|terminal|action|subject|detail|prevHash`.
/// `\` and `|` inside text fields are escaped as `\\` and `\|` (on UTF-8
/// bytes, so combining marks cannot hide a separator), making the encoding
/// unambiguous: no two different entries produce the same line.
public enum AuditLine {
    /// `prevHash` of the first entry.
    public static let genesisHash = String(repeating: "0", count: 64)

    /// The keyed hash (HMAC-SHA256 under `key`, the branch key's chain key) of an entry.
    public static func hash(key: [UInt8], seq: Int64, atMillis: Int64, operatorID: Int64?, terminal: String, action: String,
                            subject: String, detail: String, prevHash: String) -> String {
        let line = bytes(seq: seq, atMillis: atMillis, operatorID: operatorID, terminal: terminal,
                         action: action, subject: subject, detail: detail, prevHash: prevHash)
        return Hex.encode(HMAC.sha256(key: key, message: line))
    }

    /// The plain SHA-256 of an entry: how entries were hashed before the chain was keyed (legacy files only).
    public static func legacyHash(seq: Int64, atMillis: Int64, operatorID: Int64?, terminal: String, action: String,
                                  subject: String, detail: String, prevHash: String) -> String {
        let line = bytes(seq: seq, atMillis: atMillis, operatorID: operatorID, terminal: terminal,
                         action: action, subject: subject, detail: detail, prevHash: prevHash)
        return Hex.encode(Digest.sha256(line))
    }

    /// The stored head (`seq:hash:mac`) for the newest entry: the MAC proves the program wrote it.
    public static func headValue(key: [UInt8], seq: Int64, hash: String) -> String {
        "\(seq):\(hash):" + headMAC(key: key, seq: seq, hash: hash)
    }

    static func headMAC(key: [UInt8], seq: Int64, hash: String) -> String {
        Hex.encode(HMAC.sha256(key: key, message: Array("audit.head|\(seq)|\(hash)".utf8)))
    }

    static func bytes(seq: Int64, atMillis: Int64, operatorID: Int64?, terminal: String, action: String,
                      subject: String, detail: String, prevHash: String) -> [UInt8] {
        var line = [UInt8]()
        line.reserveCapacity(160 + terminal.utf8.count + action.utf8.count + subject.utf8.count + detail.utf8.count)
        line.append(contentsOf: String(seq).utf8)
        line.append(separator)
        line.append(contentsOf: String(atMillis).utf8)
        line.append(separator)
        if let operatorID { line.append(contentsOf: String(operatorID).utf8) }
        for field in [terminal, action, subject, detail, prevHash] {
            line.append(separator)
            appendEscaped(field, to: &line)
        }
        return line
    }

    private static let separator = UInt8(ascii: "|")
    private static let backslash = UInt8(ascii: "\\")

    private static func appendEscaped(_ text: String, to line: inout [UInt8]) {
        for byte in text.utf8 {
            if byte == separator || byte == backslash { line.append(backslash) }
            line.append(byte)
        }
    }
}
