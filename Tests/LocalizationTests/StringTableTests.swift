import Foundation
import Testing
@testable import Localization

/// The string tables: every key has text in both languages (the compiler
/// checks that each is written and takes the right arguments), codes are
/// unique and stable, and every declared key is registered.
@Suite struct StringTableTests {
    /// `‹0›`, `‹1›` … as arguments, so a test can see where each one lands.
    private func marked(_ key: StringKey) -> [String] { (0..<key.arity).map { "‹\($0)›" } }

    @Test func everyKeyHasTextInBothLanguages() {
        for key in StringKey.all {
            for language in Language.allCases {
                let text = key.text(language, marked(key))
                #expect(!text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(key) is empty in \(language)")
            }
        }
    }

    @Test func everyArgumentIsShownInBothLanguagesAndNoSlotIsLeft() {
        for key in StringKey.all {
            for language in Language.allCases {
                let text = key.text(language, marked(key))
                for argument in marked(key) { #expect(text.contains(argument), "\(key) in \(language) drops \(argument)") }
                #expect(placeholders(in: text).isEmpty, "\(key) in \(language) still has a {N} slot: \(text)")
            }
        }
    }

    @Test func codesAreUnique() {
        let codes = StringKey.all.map(\.rawValue)
        #expect(Set(codes).count == codes.count, "\(Dictionary(grouping: codes) { $0 }.filter { $0.value.count > 1 }.keys.sorted())")
    }

    /// Codes are stored (refusal logs, audit details, voucher problems) and must never change.
    @Test func storedCodesStayStable() {
        #expect(StringKey.loginBadCredentials.rawValue == "loginBadCredentials")
        #expect(StringKey.idCheckDigit.rawValue == "idCheckDigit")
        #expect(StringKey.accountFrozen.rawValue == "accountFrozen")
        #expect(StringKey.insufficientFunds.rawValue == "insufficientFunds")
        #expect(StringKey.ticketStatus_no_show.rawValue == "ticketStatus_no_show")
        #expect(StringKey.journalKind_external_transfer.rawValue == "journalKind_external_transfer")
        #expect(StringKey.uiPermission_customerLookup.rawValue == "uiPermission_customerLookup")
        #expect("\(StringKey.errorForbidden)" == "errorForbidden")
    }

    /// Every `static let … = StringKeyN("code", …)` under Text/ is in its file's list, so `all` misses none.
    @Test func everyDeclaredKeyIsRegistered() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/Localization/Text").standardized
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }
        #expect(files.count > 10)
        let declaration = try NSRegularExpression(pattern: #"static let (\w+) = StringKey(\d)\("(\w+)""#)
        var declared: [String: Int] = [:]
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for match in declaration.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let part = { (i: Int) in String(text[Range(match.range(at: i), in: text)!]) }
                #expect(part(1) == part(3), "\(file): \(part(1)) is declared with the code \(part(3))")
                declared[part(3)] = Int(part(2))
            }
        }
        let registered = Dictionary(StringKey.all.map { ($0.rawValue, $0.arity) }) { first, _ in first }
        #expect(declared == registered, "not registered: \(Set(declared.keys).subtracting(registered.keys).sorted())")
        #expect(StringKey.all.count > 1400)
    }

    /// Function and control keys come from a screen's key table and reach the text as an argument
    /// (`s(.customersNone, keyTable(session).label(for: .register))`), so a rebinding cannot leave a hint stale.
    /// The command-line usage is not a screen: it names the lobby board's Ctrl-Q for the shell user.
    @Test func noScreenTextNamesAFunctionOrControlKey() throws {
        let keyName = try NSRegularExpression(pattern: #"(^|[^A-Za-z0-9])F([1-9]|1[0-2])([^0-9]|$)|Ctrl-|\^[A-Z]"#)
        for key in StringKey.all where !key.rawValue.hasPrefix("cli") {
            for language in Language.allCases {
                let text = key.text(language, marked(key))
                #expect(keyName.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil, "\(key) names a key: \(text)")
            }
        }
        #expect(Strings(.english)(.customersNone, "F5") == "No customer found. F5 registers a new one.")
        #expect(Strings(.chinese)(.loginQuitHint, "Esc", "F10") == "按 Esc 或 F10 退出。")
    }

    @Test func codedFamiliesFindTheirStrings() {
        #expect(StringKey.coded("ticketStatus", "no_show") == .ticketStatus_no_show)
        #expect(StringKey.coded("uiPermission", "customerLookup") == .uiPermission_customerLookup)
        #expect(StringKey.coded("ticketStatus", "nonsense") == nil)
        for key in StringKey.all where key.rawValue.contains("_") {
            let parts = key.rawValue.split(separator: "_", maxSplits: 1).map(String.init)
            #expect(StringKey.coded(parts[0], parts[1]) == key, "\(key) is not found by its family")
            #expect(key.arity == 0, "\(key): a coded name takes no arguments")
        }
    }

    @Test func typedCallsSubstituteArguments() {
        let english = Strings(.english)
        #expect(english(.loginAttemptsLeft, "3") == "Operator ID or PIN is wrong. 3 attempts left before the operator is locked.")
        #expect(english(.enlargeTerminal, "80", "24", "60", "20") == "Please enlarge the terminal to at least 80×24 (now 60×20).")
        #expect(english(.setupDone, "BR01", "admin") == "Branch BR01 created. Sign in as admin.")
        let chinese = Strings(.chinese)
        #expect(chinese(.statusBusinessDate, "2026-01-02") == "营业日 2026-01-02")
        #expect(chinese(.validNumberRange, "3", "10").contains("3"))
        #expect(chinese(.validNumberRange, "3", "10").contains("10"))
        #expect(!chinese(.validNumberRange, "3", "10").contains("{"))
    }

    @Test func englishPluralsFollowTheCount() {
        let english = Strings(.english)
        #expect(english(.loginAttemptsLeft, "1") == "Operator ID or PIN is wrong. 1 attempt left before the operator is locked.")
        #expect(english(.idLength, "1", "3") == "The number must have 1 character; it has 3.")
        #expect(english(.idLength, "18", "3") == "The number must have 18 characters; it has 3.")
        #expect(Strings(.chinese)(.idLength, "1", "3") == "号码应为 1 位，当前为 3 位。")
    }

    @Test func textWithoutArgumentsIsLeftAlone() {
        #expect(Strings(.english)(.ok) == "OK")
        #expect(Strings(.chinese)(.ok) == "确定")
    }

    @Test func substitutedTextIsNotReinterpreted() {
        // A display name that looks like a slot is shown as typed, not replaced by a later argument.
        #expect(Strings(.english)(.menuWelcome, "Ann {1}", "Teller") == "Welcome, Ann {1} (Teller).")
        #expect(Strings(.english)(.enlargeTerminal, "{3}", "{2}", "60", "20")
                == "Please enlarge the terminal to at least {3}×{2} (now 60×20).")
        #expect(Strings(.chinese)(.menuWelcome, "{0}{1}", "柜员").contains("{0}{1}"))
        #expect(Strings(.english)(.appVersion, "{0:a|b}") == "teller {0:a|b}")
    }

    @Test func storedArgumentsMissingShowTheirSlotAndExtraOnesAreIgnored() {
        // Only a message's stored arguments reach the erased path; typed calls cannot get the count wrong.
        #expect(StringKey.validNumberRange.text(.english, ["1", "9", "extra"]) == "Enter a whole number from 1 to 9.")
        #expect(StringKey.validNumberRange.text(.english, ["1"]) == "Enter a whole number from 1 to {1}.")
        #expect(StringKey.loginNowLocked.text(.english, []).contains("{0}"))
    }

    @Test func localizedMessageTranslatesWhenShown() {
        let message = LocalizedMessage(.validUsernameTaken, "alice")
        #expect(message.key == .validUsernameTaken)
        #expect(message.arguments == ["alice"])
        #expect(message.text(in: Strings(.english)) == "The operator ID alice is already taken.")
        #expect(message.text(in: Strings(.chinese)).contains("alice"))
        #expect(message == LocalizedMessage(.validUsernameTaken, "alice"))
        #expect(message != LocalizedMessage(.validUsernameTaken, "bob"))
        #expect(message != LocalizedMessage(.validUsername))
    }

    @Test func aPartIsShownInTheReadersLanguage() {
        let message = LocalizedMessage(.cliNotPermitted, "ann", part: LocalizedMessage(.cliRoleSupervisor))
        #expect(message.text(in: Strings(.english)) == "ann may not do this: it needs \(Strings(.english)(.cliRoleSupervisor)). Nothing was changed.")
        #expect(message.text(in: Strings(.chinese)).contains(Strings(.chinese)(.cliRoleSupervisor)))
    }

    @Test func bothLanguagesPutEnglishFirst() {
        #expect(BothLanguages()(.voucherNumber) == "Voucher No. 凭证号")
        #expect(BothLanguages(separator: "  ")(.boardRefreshed, "09:30") == "Updated 09:30  更新于 09:30")
    }

    @Test func placeholderScannerFindsOnlyNumberedSlots() {
        #expect(placeholders(in: "a {0} b {12} c {x} {} {3") == [0, 12])
        #expect(placeholders(in: "{1}{1}{0}") == [0, 1])
        #expect(placeholders(in: "no slots") == [])
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
