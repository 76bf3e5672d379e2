import BankCore
import Localization

/// Remembers each operator's language and colour theme.
public struct PreferencesService {
    let context: BranchContext

    public init(_ context: BranchContext) { self.context = context }

    public func save(language: Language, theme: String, for op: Operator) throws(LocalizedMessage) {
        try context.write {
            try context.operators.setPreferences(id: op.id, language: language.rawValue, theme: theme)
        }
    }
}
