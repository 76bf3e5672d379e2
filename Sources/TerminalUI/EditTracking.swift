/// Something the operator types into that knows whether it holds work not yet
/// saved (a form, a grid of counted notes). Screens are asked through it
/// before they are left, so typed work is never thrown away silently; the
/// application finds these values among a screen's stored properties.
public protocol EditTracking {
    /// True when typed work would be lost by leaving now.
    var edited: Bool { get }
}
