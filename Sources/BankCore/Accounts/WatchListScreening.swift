import Foundation

/// Compliance screening of an applicant's name, ID number and date of birth
/// against the watch list. A hit stops account opening for supervisor review.
///
/// Name rules (`normalizedName`):
/// - Chinese names (any CJK ideograph in the name): whitespace (including
///   the ideographic space) and the middle dot (`·`, and its look-alikes
///   `・` `･` `‧` `•` `∙`) are removed; otherwise the name must be exactly
///   the same, so 王小明 and 王晓明 are different people.
/// - Latin names: letters only, upper-cased, split into tokens, tokens
///   sorted, so "Smith, John", "john  SMITH" and "JOHN SMITH" are equal.
///   Accents are dropped (José = JOSE, Müller = MULLER). Apostrophes are
///   dropped inside a token (O'Brien = OBRIEN); every other non-letter
///   (comma, hyphen, dot, digit, space) separates tokens.
///
/// Match rules (`screen`), one hit at most per entry, the strongest kind:
/// - `idNumber`: the entry has an ID number and it equals the applicant's
///   after cleaning both (full-width forms to ASCII, whitespace and `-`
///   removed, Latin letters upper-cased);
/// - `nameAndBirthDate`: normalized names equal and birth dates equal;
/// - `nameOnly`: normalized names equal and the entry has no birth date.
/// Names equal with different birth dates is not a hit. Near-miss names
/// (one letter different, a missing or extra token) are not hits. A name
/// that normalizes to nothing never matches.
public enum WatchListScreening {
    static let middleDots: Set<Unicode.Scalar> = ["\u{00B7}", "\u{30FB}", "\u{FF65}", "\u{2027}", "\u{2022}", "\u{2219}"]
    static let apostrophes: Set<Unicode.Scalar> = ["'", "\u{2019}", "\u{2018}", "\u{02BC}", "`", "\u{FF07}"]

    /// The form two names are compared in (rules above). Latin names come
    /// back as upper-case tokens in sorted order joined by one space.
    public static func normalizedName(_ name: String) -> String {
        if name.unicodeScalars.contains(where: isCJKIdeograph) {
            var kept = String.UnicodeScalarView()
            for scalar in name.unicodeScalars where !scalar.properties.isWhitespace && !middleDots.contains(scalar) {
                kept.append(scalar)
            }
            return String(kept)
        }
        var tokens: [String] = []
        var current = ""
        for character in name.decomposedStringWithCanonicalMapping {
            if character.unicodeScalars.allSatisfy({ apostrophes.contains($0) }) { continue }
            if character.isLetter {
                let base = character.unicodeScalars.filter { !isCombiningMark($0) }
                current += String(String.UnicodeScalarView(base)).uppercased()
            } else if !isCombiningMark(character.unicodeScalars.first ?? " ") {
                if !current.isEmpty { tokens.append(current) }
                current = ""
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens.sorted().joined(separator: " ")
    }

    /// Every entry the applicant matches, in list order, at most one hit
    /// per entry with its strongest kind (rules above). Empty means clear.
    public static func screen(name: String, idNumber: String, birthDate: BusinessDate,
                              against entries: [WatchListEntry]) -> [WatchListHit] {
        let applicantName = normalizedName(name)
        let applicantID = cleanedID(idNumber)
        var hits: [WatchListHit] = []
        for entry in entries {
            if let listed = entry.idNumber.map(cleanedID), !listed.isEmpty, listed == applicantID {
                hits.append(WatchListHit(entry: entry, kind: .idNumber))
                continue
            }
            guard !applicantName.isEmpty, normalizedName(entry.name) == applicantName else { continue }
            switch entry.birthDate {
            case nil: hits.append(WatchListHit(entry: entry, kind: .nameOnly))
            case birthDate?: hits.append(WatchListHit(entry: entry, kind: .nameAndBirthDate))
            default: break
            }
        }
        return hits
    }

    /// ID numbers compared the way `IdentityText` cleans what a teller types.
    /// Public so the store can keep listed numbers in this form and find
    /// candidates by index (a list may write `110105 19830321 123x`). An old
    /// 15-digit resident ID becomes its 18-character form.
    public static func cleanedID(_ text: String) -> String {
        let cleaned = IdentityText.clean(text, removing: ["-"])
        // An old 15-digit resident ID on a list matches the 18-character form the branch stores.
        if cleaned.count == 15, case .success(let id) = ResidentIDNumber.convertLegacy15(cleaned) { return id.number }
        return cleaned
    }

    /// CJK Unified Ideographs (with extensions) and compatibility ideographs.
    static func isCJKIdeograph(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x323AF: return true
        default: return false
        }
    }

    static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
