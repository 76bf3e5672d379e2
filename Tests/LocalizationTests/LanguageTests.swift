import Testing
import Localization

/// Choosing the language from the locale variables and from a code.
@Suite struct LanguageTests {
    @Test func chineseLocaleGivesChinese() {
        #expect(Language.fromEnvironment(["LANG": "zh_CN.UTF-8"]) == .chinese)
        #expect(Language.fromEnvironment(["LANG": "zh_TW.UTF-8"]) == .chinese)
        #expect(Language.fromEnvironment(["LANG": "ZH_cn"]) == .chinese)
    }

    @Test func englishAndOtherLocalesGiveEnglish() {
        #expect(Language.fromEnvironment(["LANG": "en_US.UTF-8"]) == .english)
        #expect(Language.fromEnvironment(["LANG": "fr_FR.UTF-8"]) == .english)
    }

    @Test func cPosixEmptyAndMissingGiveEnglish() {
        #expect(Language.fromEnvironment(["LANG": "C"]) == .english)
        #expect(Language.fromEnvironment(["LANG": "C.UTF-8"]) == .english)
        #expect(Language.fromEnvironment(["LANG": "POSIX"]) == .english)
        #expect(Language.fromEnvironment(["LANG": ""]) == .english)
        #expect(Language.fromEnvironment([:]) == .english)
        #expect(Language.fromEnvironment(["LC_ALL": "", "LC_MESSAGES": "", "LANG": ""]) == .english)
    }

    @Test func lcAllWinsOverLcMessagesAndLang() {
        #expect(Language.fromEnvironment(["LC_ALL": "zh_CN.UTF-8", "LC_MESSAGES": "en_US.UTF-8", "LANG": "en_US.UTF-8"]) == .chinese)
        #expect(Language.fromEnvironment(["LC_ALL": "C", "LC_MESSAGES": "zh_CN.UTF-8", "LANG": "zh_CN.UTF-8"]) == .english)
        #expect(Language.fromEnvironment(["LC_ALL": "POSIX", "LANG": "zh_CN.UTF-8"]) == .english)
    }

    @Test func lcMessagesWinsOverLang() {
        #expect(Language.fromEnvironment(["LC_MESSAGES": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"]) == .chinese)
        #expect(Language.fromEnvironment(["LC_MESSAGES": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"]) == .english)
    }

    @Test func emptyVariablesCountAsUnset() {
        // POSIX: an empty LC_ALL or LC_MESSAGES does not hide the next variable.
        #expect(Language.fromEnvironment(["LC_ALL": "", "LANG": "zh_CN.UTF-8"]) == .chinese)
        #expect(Language.fromEnvironment(["LC_ALL": "", "LC_MESSAGES": "", "LANG": "zh_CN.UTF-8"]) == .chinese)
    }

    @Test func unrelatedVariablesAreIgnored() {
        #expect(Language.fromEnvironment(["LC_CTYPE": "zh_CN.UTF-8", "LANGUAGE": "zh_CN"]) == .english)
    }

    @Test(arguments: ["en", "EN", "en-US", "en_GB", "en-gb"])
    func englishCodes(_ code: String) {
        #expect(Language(code: code) == .english)
    }

    @Test(arguments: ["zh", "ZH", "zh-Hans", "zh_CN", "zh-Hant", "zh_TW.UTF-8"])
    func chineseCodes(_ code: String) {
        #expect(Language(code: code) == .chinese)
    }

    @Test(arguments: ["", "fr", "eng", "english", "chinese", "zhx", "e", "de-DE", " en"])
    func unknownCodes(_ code: String) {
        #expect(Language(code: code) == nil)
    }

    @Test func rawValuesParseBackAsCodes() {
        for language in Language.allCases {
            #expect(Language(code: language.rawValue) == language)
            #expect(Language(rawValue: language.rawValue) == language)
        }
    }

    @Test func nextTogglesAndNativeNames() {
        #expect(Language.english.next == .chinese)
        #expect(Language.chinese.next == .english)
        #expect(Language.english.nativeName == "English")
        #expect(Language.chinese.nativeName == "简体中文")
    }
}
