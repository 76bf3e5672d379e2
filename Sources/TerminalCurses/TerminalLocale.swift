import Glibc

/// Sets the C locale that ncurses draws with. The user's locale comes first
/// (`setlocale(LC_ALL, "")`); when that locale is not installed (no
/// `zh_CN.UTF-8` in a container or a minimal install) or is not UTF-8, the
/// character type falls back to a UTF-8 locale that is, so Chinese text
/// still draws instead of blanks. Only LC_CTYPE changes: the program's
/// language is chosen from `LC_ALL` / `LC_MESSAGES` / `LANG` themselves, not
/// from the C locale, so it is unaffected.
enum TerminalLocale {
    /// UTF-8 locales tried, in order, when the user's own cannot be used.
    static let fallbacks = ["C.UTF-8", "C.utf8", "en_US.UTF-8", "en_US.utf8", "en_GB.UTF-8", "zh_CN.UTF-8"]

    /// Applies the user's locale or a UTF-8 fallback for LC_CTYPE; returns
    /// the fallback used, or nil when the user's locale was fine.
    @discardableResult
    static func adopt() -> String? {
        let usersLocaleSet = setlocale(LC_ALL, "") != nil
        if usersLocaleSet && isUTF8 { return nil }
        for candidate in fallbacks where setlocale(LC_CTYPE, candidate) != nil {
            if isUTF8 { return candidate }
        }
        return nil
    }

    /// Whether the current LC_CTYPE encodes characters as UTF-8.
    static var isUTF8: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased().filter { $0 != "-" }
        return name == "UTF8"
    }
}
