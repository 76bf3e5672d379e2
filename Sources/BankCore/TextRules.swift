import Localization

/// The one rule for free text typed into any field: no character that breaks
/// the screen or hides what a text says. Refused everywhere:
/// - C0 controls (U+0000–U+001F) and DEL, except a line feed in the fields that
///   legitimately hold several lines (complaint text, notes, responses);
/// - C1 controls (U+0080–U+009F);
/// - format characters (Unicode category Cf): the bidirectional embeddings,
///   overrides and isolates (U+202A–U+202E, U+2066–U+2069), zero-width spaces
///   and joiners and direction marks (U+200B–U+200F), U+2060–U+2064, the byte
///   order mark U+FEFF, the soft hyphen and the rest;
/// - line and paragraph separators (U+2028, U+2029), which end a line as a
///   line feed does.
/// The services check every text they accept with `problem(_:field:multiline:)`;
/// the writers of vouchers, receipts and slips pass text through `sanitized`
/// as the last line of defence, so nothing older or unchecked reaches a file.
public enum TextRules {
    /// Whether `scalar` may not appear in a field (`multiline`: line feeds allowed).
    public static func isForbidden(_ scalar: Unicode.Scalar, multiline: Bool) -> Bool {
        switch scalar.value {
        case 0x0A: return !multiline
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: return true
        default: return scalar.properties.generalCategory == .format
        }
    }

    /// A message naming the field when `text` holds a forbidden character, else nil.
    public static func problem(_ text: String, field: StringKey0, multiline: Bool = false) -> LocalizedMessage? {
        guard text.unicodeScalars.contains(where: { isForbidden($0, multiline: multiline) }) else { return nil }
        return LocalizedMessage(.validTextInvisible, part: LocalizedMessage(field))
    }

    /// The first problem among `fields` (text, field label, multiline), in order.
    public static func problem(in fields: [(text: String, field: StringKey0, multiline: Bool)]) -> LocalizedMessage? {
        for item in fields {
            if let problem = problem(item.text, field: item.field, multiline: item.multiline) { return problem }
        }
        return nil
    }

    /// Text safe to write into a file: line feeds kept, a tab made a space,
    /// every other forbidden character removed.
    public static func sanitized(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\t" {
                scalars.append(" ")
            } else if !isForbidden(scalar, multiline: true) {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}
