import TerminalUI

/// A field's message that does not fit beside its form is shown whole on the
/// message line (two rows) as well, so "The date of birth does not match…"
/// never loses its useful half. Like `UnsavedWork`, it finds the forms among
/// a screen's stored properties, so every form screen gets it.
enum LongFieldMessage {
    /// The focused field's message of the first form in `screen` that needs more room than `width` gives it.
    static func find(in screen: any Screen, width: Int) -> String? {
        var mirror: Mirror? = Mirror(reflecting: screen)
        while let current = mirror {
            for child in current.children {
                if let text = search(child.value, width: width, depth: 0) { return text }
            }
            mirror = current.superclassMirror
        }
        return nil
    }

    private static func search(_ value: Any, width: Int, depth: Int) -> String? {
        if let form = value as? Form { return form.problemTooLong(width: width) }
        guard depth < 3 else { return nil }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .struct, .optional, .tuple:
            for child in mirror.children {
                if let text = search(child.value, width: width, depth: depth + 1) { return text }
            }
            return nil
        default:
            return nil
        }
    }
}
