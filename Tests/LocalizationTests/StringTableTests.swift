import Testing
@testable import Localization

/// Both string tables hold every key, nothing else, and the same `{N}` slots.
@Suite struct StringTableTests {
    @Test func englishHasEveryKeyNonEmpty() {
        for key in StringKey.allCases {
            let text = EnglishStrings.table[key]
            #expect(text != nil, "English table lacks \(key.rawValue)")
            #expect(text?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == false,
                    "English text for \(key.rawValue) is empty")
        }
    }

    @Test func chineseHasEveryKeyNonEmpty() {
        for key in StringKey.allCases {
            let text = ChineseStrings.table[key]
            #expect(text != nil, "Chinese table lacks \(key.rawValue)")
            #expect(text?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == false,
                    "Chinese text for \(key.rawValue) is empty")
        }
    }

    @Test func tablesHoldNoExtraKeys() {
        let all = Set(StringKey.allCases)
        #expect(Set(EnglishStrings.table.keys) == all)
        #expect(Set(ChineseStrings.table.keys) == all)
        #expect(EnglishStrings.table.count == StringKey.allCases.count)
        #expect(ChineseStrings.table.count == StringKey.allCases.count)
    }

    @Test func placeholdersMatchBetweenLanguages() {
        for key in StringKey.allCases {
            let english = placeholders(in: EnglishStrings.table[key] ?? "")
            let chinese = placeholders(in: ChineseStrings.table[key] ?? "")
            #expect(english == chinese, "\(key.rawValue): English uses \(english.sorted()), Chinese \(chinese.sorted())")
        }
    }

    @Test func placeholdersAreNumberedFromZeroWithoutGaps() {
        for key in StringKey.allCases {
            let used = placeholders(in: EnglishStrings.table[key] ?? "")
            #expect(used == Set(0..<used.count), "\(key.rawValue) uses \(used.sorted())")
        }
    }

    @Test func placeholderScannerFindsOnlyNumberedSlots() {
        #expect(placeholders(in: "a {0} b {12} c {x} {} {3") == [0, 12])
        #expect(placeholders(in: "{1}{1}{0}") == [0, 1])
        #expect(placeholders(in: "no slots") == [])
    }

    @Test func formatSubstitutesArguments() {
        let english = Strings(.english)
        #expect(english.format(.loginAttemptsLeft, ["3"])
                == "Operator ID or PIN is wrong. 3 attempts left before the operator is locked.")
        #expect(english(.enlargeTerminal, "80", "24", "60", "20")
                == "Please enlarge the terminal to at least 80×24 (now 60×20).")
        #expect(english(.setupDone, "BR01", "admin") == "Branch BR01 created. Sign in as admin.")
        let chinese = Strings(.chinese)
        #expect(chinese(.statusBusinessDate, "2026-01-02") == "营业日 2026-01-02")
        #expect(chinese.format(.validNumberRange, ["3", "10"]).contains("3"))
        #expect(chinese.format(.validNumberRange, ["3", "10"]).contains("10"))
        #expect(!chinese.format(.validNumberRange, ["3", "10"]).contains("{"))
    }

    @Test func formatWithoutArgumentsLeavesTextAlone() {
        #expect(Strings(.english)(.ok) == "OK")
        #expect(Strings(.chinese)(.ok) == "确定")
        // Missing arguments leave their slot visible rather than crashing.
        #expect(Strings(.english)(.loginNowLocked).contains("{0}"))
    }

    @Test func formatDoesNotReinterpretSubstitutedText() {
        // A display name that looks like a slot is shown as typed, not replaced by a later argument.
        #expect(Strings(.english)(.menuWelcome, "Ann {1}", "Teller") == "Welcome, Ann {1} (Teller).")
        #expect(Strings(.english)(.enlargeTerminal, "{3}", "{2}", "60", "20")
                == "Please enlarge the terminal to at least {3}×{2} (now 60×20).")
        #expect(Strings(.chinese)(.menuWelcome, "{0}{1}", "柜员").contains("{0}{1}"))
    }

    @Test func formatLeavesBracesThatAreNotSlots() {
        // Extra arguments are ignored; a slot whose argument is missing stays visible.
        #expect(Strings(.english)(.validNumberRange, "1", "9", "extra") == "Enter a whole number from 1 to 9.")
        #expect(Strings(.english)(.validNumberRange, "1") == "Enter a whole number from 1 to {1}.")
    }

    @Test func localizedMessageTranslatesWhenShown() {
        let message = LocalizedMessage(.validUsernameTaken, "alice")
        #expect(message.key == .validUsernameTaken)
        #expect(message.arguments == ["alice"])
        #expect(message.text(in: Strings(.english)) == "The operator ID alice is already taken.")
        #expect(message.text(in: Strings(.chinese)).contains("alice"))
        #expect(message == LocalizedMessage(.validUsernameTaken, "alice"))
        #expect(message != LocalizedMessage(.validUsernameTaken, "bob"))
    }

    /// The numbers N of every `{N}` in `text`.
    private func placeholders(in text: String) -> Set<Int> {
        var found = Set<Int>()
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            let inside = after[..<close]
            if !inside.isEmpty, inside.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(inside) {
                found.insert(number)
                rest = after[after.index(after: close)...]
            } else {
                rest = after
            }
        }
        return found
    }
}
