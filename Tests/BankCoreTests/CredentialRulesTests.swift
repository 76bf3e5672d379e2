import BankCore
import Localization
import Testing

@Suite struct PINRulesTests {
    @Test func acceptsAGoodPIN() {
        #expect(PINRules.problem(with: "135790") == nil)
        #expect(PINRules.problem(with: "802468") == nil)
        #expect(PINRules.problem(with: "123457") == nil)      // not a full run
        #expect(PINRules.problem(with: "111112") == nil)      // not all the same
        #expect(PINRules.problem(with: "135790246813") == nil) // 12 digits, the longest (135790135790 repeats a block: refused)
        #expect(PINRules.problem(with: "246810") == nil)      // steps of 2 are not a run
        #expect(PINRules.problem(with: "975310") == nil)
    }

    @Test(arguments: ["", "1", "13579", "1357913579135"])
    func refusesWrongLength(_ pin: String) {
        #expect(PINRules.problem(with: pin)?.key == .validPINLength)
    }

    @Test(arguments: ["13579a", "abcdef", "135 790", "13579-", "１３５７９０", "١٣٥٧٩٠", "135790\n", "13579O"])
    func refusesNonDigits(_ pin: String) {
        #expect(PINRules.problem(with: pin)?.key == .validPINDigits)
    }

    @Test(arguments: ["111111", "000000", "999999999999", "123456", "987654", "543210", "3456789", "123456789012",
                      "1234567890", "0987654321", "890123", "210987"])
    func refusesGuessablePINs(_ pin: String) {
        #expect(PINRules.problem(with: pin)?.key == .validPINWeak)
    }

    @Test func lengthLimits() {
        #expect(PINRules.lengths == 6...12)
        #expect(PINRules.problem(with: "13579")?.key == .validPINLength)
        #expect(PINRules.problem(with: "1357913579135")?.key == .validPINLength)
    }
}

@Suite struct UsernameRulesTests {
    @Test(arguments: ["abc", "alice", "li.wei", "teller-02", "A_b", "zhangmin2026", "a2345678901234567890"])
    func accepts(_ name: String) {
        #expect(UsernameRules.problem(with: name) == nil)
    }

    @Test(arguments: ["", "ab", "a23456789012345678901", "1abc", "_abc", ".abc", "ali ce", "alice!",
                      "李伟abc", "alicé", "ali\u{0}ce", "alice\n"])
    func refuses(_ name: String) {
        #expect(UsernameRules.problem(with: name)?.key == .validUsername)
    }
}

@Suite struct BranchCodeRulesTests {
    @Test(arguments: ["A", "BR01", "DEMO01", "ABCDEF123456", "abc"])
    func accepts(_ code: String) {
        #expect(BranchCodeRules.problem(with: code) == nil)
    }

    @Test(arguments: ["", "ABCDEF1234567", "BR-01", "BR 01", "分行01", "BR_01"])
    func refuses(_ code: String) {
        #expect(BranchCodeRules.problem(with: code)?.key == .validBranchCode)
    }
}

@Suite struct DisplayNameRulesTests {
    @Test(arguments: ["Li Wei", "李伟", "Zhang Min 张敏", "王", "  padded  ", String(repeating: "名", count: 40), "O'Brien-Smith"])
    func accepts(_ name: String) {
        #expect(DisplayNameRules.problem(with: name) == nil)
    }

    @Test(arguments: ["", "   ", String(repeating: "x", count: 41), "Li\u{7}Wei", "Li\tWei", "Li\nWei", "Li\u{1B}[31mWei",
                      "Li\u{7F}Wei", "\u{0}"])
    func refuses(_ name: String) {
        #expect(DisplayNameRules.problem(with: name)?.key == .validName)
    }

    @Test func lengthCountsCharactersAfterTrimming() {
        #expect(DisplayNameRules.problem(with: "  " + String(repeating: "x", count: 40) + "  ") == nil)
    }
}
