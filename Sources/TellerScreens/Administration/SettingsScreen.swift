import BankCore
import BranchServices
import Localization
import TerminalUI

/// The operator's language and colour theme, and for administrators the
/// branch's security settings (wrong PINs before lockout, lockout length,
/// idle lock) and the complaint deadlines (days to respond on each track,
/// the due-soon window). Everything is checked before anything is saved.
final class SettingsScreen: KeyedScreen {
    /// This screen's actions; `keyTable` binds them to keys, `perform` does them.
    typealias Action = FormAction

    private var form: Form
    private let isAdministrator: Bool
    private let labels: [String: StringKey0] = [
        "language": .settingsLanguage, "theme": .settingsTheme, "attempts": .settingsMaxAttempts,
        "lockout": .settingsLockoutMinutes, "idle": .settingsIdleMinutes, "businessDate": .settingsBusinessDate,
        "simpleDays": .complaintSettingSimpleDays, "extendedDays": .complaintSettingExtendedDays,
        "exceptionalDays": .complaintSettingExceptionalDays, "dueSoonDays": .complaintSettingDueSoonDays,
    ]
    /// The complaint deadline fields, in order.
    private static let deadlineFields = ["simpleDays", "extendedDays", "exceptionalDays", "dueSoonDays"]

    init(session: Session) {
        isAdministrator = session.signedIn?.role.may(.branchSettings) ?? false
        let languages = Language.allCases.map { ($0.rawValue, $0.nativeName) }
        let themes = session.themes.themes.map { ($0.id, $0.name) }
        var fields: [FormField] = [
            .choice("language", "", options: languages, selected: Language.allCases.firstIndex(of: session.language) ?? 0),
            .choice("theme", "", options: themes, selected: session.themes.ids.firstIndex(of: session.theme.id) ?? 0),
        ]
        if isAdministrator {
            let security = BranchSettingsService(session.context).security()
            fields.append(.text("attempts", "", String(security.maxAttempts), maxLength: 2, filter: .digits))
            fields.append(.text("lockout", "", String(security.lockoutMinutes), maxLength: 4, filter: .digits))
            fields.append(.text("idle", "", String(security.idleMinutes), maxLength: 2, filter: .digits))
        }
        if let op = session.signedIn, BusinessDayService.mayChange(op.role) {
            fields.append(.text("businessDate", "", session.branch?.businessDate.description ?? "", maxLength: 10, filter: .asciiPrintable))
        }
        if isAdministrator {
            let rules = ComplaintService(session.context).deadlines()
            for (id, days) in zip(Self.deadlineFields, [rules.simpleDays, rules.extendedDays, rules.exceptionalDays, rules.dueSoonDays]) {
                fields.append(.text(id, "", String(days), maxLength: 3, filter: .digits))
            }
        }
        form = Form(fields: fields, labelWidth: 28, requiredMessage: "")
    }

    /// The complaint deadlines as typed (administrators), nil for others.
    private var typedDeadlines: ComplaintDeadlines? {
        guard isAdministrator else { return nil }
        let days = Self.deadlineFields.map { Int(form.value($0)) ?? -1 }
        return ComplaintDeadlines(simpleDays: days[0], extendedDays: days[1], exceptionalDays: days[2], dueSoonDays: days[3])
    }

    var capturesText: Bool { form.focus >= 2 }


    func title(_ session: Session) -> String { session.strings(.settingsTitle) }

    func keyTable(_ session: Session) -> KeyTable<FormAction> { FormScreenKeys.table(session, submitTitle: .save) }

    static func rangeProblem(_ value: String, _ range: ClosedRange<Int>, _ strings: Strings) -> String? {
        guard let number = Int(value), range.contains(number) else {
            return strings(.validNumberRange, String(range.lowerBound), String(range.upperBound))
        }
        return nil
    }

    func handle(_ key: Key, session: Session) -> KeyResult {
        route(key, session: session) {
            _ = form.handle(key) { _, _ in nil }
            return .handled
        }
    }

    func perform(_ action: FormAction, key: Key, session: Session) -> KeyResult {
        switch action {
        case .nextField:
            _ = form.handle(key) { _, _ in nil }
            return .handled
        case .submit:
            return save(session)
        }
    }

    /// Enter saves from any field here: the form is short and every field has a value.
    private func save(_ session: Session) -> KeyResult {
        let s = session.strings
        let valid = form.validate { id, value in
            switch id {
            case "attempts": return Self.rangeProblem(value, SecuritySettings.attemptsRange, s)
            case "lockout": return Self.rangeProblem(value, SecuritySettings.lockoutRange, s)
            case "idle": return Self.rangeProblem(value, SecuritySettings.idleRange, s)
            case "businessDate": return BusinessDate(value) == nil ? s(.validDate) : nil
            case "simpleDays", "extendedDays", "exceptionalDays": return Self.rangeProblem(value, 1...365, s)
            case "dueSoonDays": return Self.rangeProblem(value, 0...364, s)
            default: return nil
            }
        }
        guard valid else { return .handled }
        // The days together must make sense (each track at least as long as the one before) before anything is saved.
        // (Several fields at once: said on the message line, which has the room.)
        if let rules = typedDeadlines, let problem = ComplaintService.problem(with: rules) {
            session.say(problem)
            return .handled
        }
        if let language = Language(rawValue: form.value("language")), language != session.language {
            session.setLanguage(language)
        }
        let theme = session.themes.themeOrDefault(id: form.value("theme"))
        if theme.id != session.theme.id { session.setTheme(theme) }
        // A new business date goes through the day-close checklist and its confirmation (DayCloseScreen).
        var closeDayTo: BusinessDate?
        if session.signedIn != nil, let date = BusinessDate(form.value("businessDate")), date != session.branch?.businessDate {
            if let current = session.branch?.businessDate, date < current {
                form.setError("businessDate", session.strings(.businessDateBackwards, current.description))
                return .handled
            }
            closeDayTo = date
        }
        if isAdministrator, let actor = session.signedIn {
            let security = SecuritySettings(maxAttempts: Int(form.value("attempts")) ?? 0,
                                            lockoutMinutes: Int(form.value("lockout")) ?? 0,
                                            idleMinutes: Int(form.value("idle")) ?? 0)
            do {
                try BranchSettingsService(session.context).update(security, by: actor)
                let complaints = ComplaintService(session.context)
                if let rules = typedDeadlines, rules != complaints.deadlines() { try complaints.setDeadlines(rules, by: actor) }
            } catch {
                session.say(error)
                return .handled
            }
        }
        session.say(session.strings(.saved), .success)
        if let closeDayTo { return .navigate(.replaceTop(DayCloseScreen(to: closeDayTo))) }
        return .navigate(.pop)
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        form.relabel(session.strings, labels, hints: ["attempts": .settingsBranchOnly, "lockout": .settingsBranchOnly, "idle": .settingsBranchOnly,
                                                    "businessDate": .settingsBusinessDateHint])
        // An administrator's ten fields fit 24 rows one to a line.
        form.compact = form.fields.count * 2 > area.height - 2
        let cursor = form.render(into: &buffer, at: Rect(x: area.x + 2, y: area.y + 1, width: area.width - 4, height: area.height - 2))
        for (i, error) in session.themes.errors.prefix(2).enumerated() {
            buffer.write(session.strings(.settingsThemeProblem, error.description),
                         in: Rect(x: area.x + 2, y: area.maxY - 2 + i, width: area.width - 4, height: 1), role: .warning)
        }
        return cursor
    }
}
