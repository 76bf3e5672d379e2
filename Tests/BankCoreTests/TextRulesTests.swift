import BankCore
import Localization
import Testing

/// Issue 12: one validator refuses control and format characters in every field.
@Suite struct TextRulesTests {
    static let forbidden: [UInt32] = [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
                                      0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0xFEFF, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064,
                                      0x00AD, 0x061C, 0x0000, 0x0007, 0x0009, 0x000D, 0x001B, 0x007F, 0x0080, 0x0085, 0x009B, 0x009F,
                                      0x2028, 0x2029]

    @Test(arguments: forbidden)
    func refusesEveryControlAndFormatCharacter(_ value: UInt32) throws {
        let scalar = try #require(Unicode.Scalar(value))
        let text = "Wang " + String(Character(scalar)) + "Fang"
        let problem = TextRules.problem(text, field: .fieldName)
        #expect(problem == LocalizedMessage(.validTextInvisible, part: LocalizedMessage(.fieldName)))
        #expect(TextRules.problem(text, field: .fieldNote, multiline: true) != nil, "not even where lines are allowed")
        #expect(!TextRules.sanitized(text).unicodeScalars.contains(scalar) || value == 0x09)
    }

    @Test func acceptsOrdinaryTextAndLineFeedsWhereLinesAreAllowed() {
        for text in ["王芳", "Zhou Wen-li", "1 Zhongshan Road, Nanjing 南京市中山路1号", "O'Brien", "¥100.00 — ok", "😀", "Ａｂｃ"] {
            #expect(TextRules.problem(text, field: .fieldName) == nil, "\(text)")
        }
        #expect(TextRules.problem("first line\nsecond line", field: .fieldNote, multiline: true) == nil)
        #expect(TextRules.problem("first line\nsecond line", field: .fieldName)?.key == .validTextInvisible)
    }

    @Test func theMessageNamesTheFieldInTheReadersLanguage() {
        let problem = TextRules.problem("a\u{202E}b", field: .fieldPayeeName)
        #expect(problem?.text(in: Strings(.english)).hasPrefix("Payee name contains an invisible or control character") == true)
        #expect(problem?.text(in: Strings(.chinese)).hasPrefix("收款人姓名包含") == true)
    }

    @Test func sanitizedKeepsLinesAndDropsTheRest() {
        #expect(TextRules.sanitized("Pay\u{202E}ee\u{200B}\r\nline\u{1B}[2J two\tend") == "Payee\nline[2J two end")
    }

    @Test func displayNamesUseTheSameRule() {
        #expect(DisplayNameRules.problem(with: "Li\u{2067}Wei")?.key == .validName)
        #expect(DisplayNameRules.problem(with: "Li Wei 李伟") == nil)
    }
}
