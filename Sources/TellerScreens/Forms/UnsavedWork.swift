import TerminalUI

/// Finds typed work a screen would lose if it were left now: any value among
/// the screen's stored properties (and inside the structs, optionals and
/// arrays it holds) that is `EditTracking` and edited. This is the shared
/// mechanism behind "leaving a half-filled form asks first": every form
/// screen gets it without code of its own; a screen with steps after its
/// form (a result view) says so by overriding `hasUnsavedWork`.
enum UnsavedWork {
    /// True when `subject` holds edited work. Classes other than `subject`
    /// itself are not followed (a screen's session, services, other screens).
    static func isPresent(in subject: Any) -> Bool {
        var mirror: Mirror? = Mirror(reflecting: subject)
        while let current = mirror {
            if current.children.contains(where: { holdsEdits($0.value, depth: 0) }) { return true }
            mirror = current.superclassMirror
        }
        return false
    }

    private static func holdsEdits(_ value: Any, depth: Int) -> Bool {
        if let tracked = value as? any EditTracking { return tracked.edited }
        guard depth < 4 else { return false }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .struct, .optional, .collection, .tuple, .enum:
            return mirror.children.contains { holdsEdits($0.value, depth: depth + 1) }
        default:
            return false
        }
    }
}

extension Screen {
    /// By default: whether any form (or other `EditTracking` value) the screen holds was typed into.
    var hasUnsavedWork: Bool { UnsavedWork.isPresent(in: self) }
}
