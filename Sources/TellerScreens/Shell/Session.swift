import BankCore
import BranchServices
import Foundation
import Localization
import TerminalUI

/// What every screen shares while the program runs: the open branch, the
/// operator who is signed in, the language and theme in force, and the
/// one-line message shown above the footer.
public final class Session {
    public let context: BranchContext
    public private(set) var branch: Branch?
    public var signedIn: Operator?
    public private(set) var language: Language
    public private(set) var theme: Theme
    public let themes: ThemeLibrary
    /// Set when the theme came from `--theme`; it then wins over saved preferences.
    public let themeOverride: String?
    public let languageOverride: Language?
    /// What this terminal started with; an operator without saved preferences gets these back.
    private let startLanguage: Language
    private let startTheme: Theme
    /// The latest message for the operator, with its role (error, success…).
    public var message: (text: String, role: StyleRole)?
    /// When `branch` was last read: it is read again only when the branch file changed.
    private var branchWatch = ChangeWatch(maxAge: nil)

    public init(context: BranchContext, language: Language, themes: ThemeLibrary, theme: Theme,
                themeOverride: String? = nil, languageOverride: Language? = nil) {
        self.context = context
        self.language = languageOverride ?? language
        self.startLanguage = languageOverride ?? language
        self.startTheme = theme
        self.themes = themes
        self.theme = theme
        self.themeOverride = themeOverride
        self.languageOverride = languageOverride
        self.branch = nil
        reloadBranch()
    }

    public var strings: Strings { Strings(language) }
    public var isTraining: Bool { branch?.isTraining ?? false }

    /// Reads the branch again (another terminal, or this one, may have moved the business date).
    public func reloadBranch() {
        branchWatch.invalidate()
        reloadBranchIfChanged()
    }

    /// Reads the branch again only when the branch file changed since the last reading: every frame asks.
    public func reloadBranchIfChanged() {
        if branchWatch.isDue(context, now: context.clock.now()) { branch = context.branch() }
    }

    public func say(_ text: String, _ role: StyleRole = .normal) { message = (text, role) }
    public func say(_ message: LocalizedMessage, _ role: StyleRole = .error) { say(message.text(in: strings), role) }

    public func setLanguage(_ new: Language) {
        language = new
        savePreferences()
    }

    public func setTheme(_ new: Theme) {
        theme = new
        savePreferences()
    }

    /// Applies the signed-in operator's remembered language and theme, unless
    /// the command line said otherwise.
    public func adoptPreferences(of op: Operator) {
        if languageOverride == nil { language = op.language.flatMap(Language.init(code:)) ?? startLanguage }
        if themeOverride == nil { theme = op.theme.flatMap(themes.theme(id:)) ?? startTheme }
    }

    private func savePreferences() {
        guard let op = signedIn else { return }
        do {
            try PreferencesService(context).save(language: language, theme: theme.id, for: op)
        } catch {
            say(error)
        }
    }

    public func roleName(_ role: Role) -> String {
        switch role {
        case .guide: return strings(.roleGuide)
        case .teller: return strings(.roleTeller)
        case .supervisor: return strings(.roleSupervisor)
        case .trainer: return strings(.roleTrainer)
        case .administrator: return strings(.roleAdministrator)
        }
    }

    /// Local date-time text for lists.
    public func timestamp(_ date: Date) -> String {
        LocalTimeText.dateTime(date)
    }
}
