import Localization
import TerminalUI

extension Form {
    /// Sets every field's label (and hint) from the string table, so a form
    /// follows a language switch on the next frame.
    mutating func relabel(_ strings: Strings, _ labels: [String: StringKey0], hints: [String: StringKey0] = [:]) {
        for index in fields.indices {
            if let key = labels[fields[index].id] { fields[index].label = strings(key) }
            if let key = hints[fields[index].id] { fields[index].hint = strings(key) }
        }
        requiredMessage = strings(.required)
        limitMessage = { strings(.uiFieldLimit, String($0)) }
    }
}
