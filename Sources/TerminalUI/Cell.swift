/// One terminal cell. A wide character occupies a `lead` cell and the
/// `continuation` cell to its right; the continuation carries no text.
public struct Cell: Equatable, Sendable {
    public enum Kind: UInt8, Sendable { case narrow, lead, continuation }

    public var character: Character
    public var role: StyleRole
    public var kind: Kind

    public init(_ character: Character = " ", role: StyleRole = .normal, kind: Kind = .narrow) {
        self.character = character
        self.role = role
        self.kind = kind
    }

    public static let blank = Cell()
}
