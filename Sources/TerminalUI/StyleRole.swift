/// What a piece of text *is*, not what colour it has. Themes map roles to
/// colours and attributes; screens only ever name roles.
public enum StyleRole: UInt8, CaseIterable, Sendable {
    case normal
    case title
    case header
    case label
    case field
    case fieldFocused
    case selection
    case border
    case status
    case alert
    case footer
    case footerKey
    case error
    case success
    case warning
    case dim

    /// The name used in theme files.
    public var themeKey: String {
        switch self {
        case .normal: return "normal"
        case .title: return "title"
        case .header: return "header"
        case .label: return "label"
        case .field: return "field"
        case .fieldFocused: return "field-focused"
        case .selection: return "selection"
        case .border: return "border"
        case .status: return "status"
        case .alert: return "alert"
        case .footer: return "footer"
        case .footerKey: return "footer-key"
        case .error: return "error"
        case .success: return "success"
        case .warning: return "warning"
        case .dim: return "dim"
        }
    }
}
