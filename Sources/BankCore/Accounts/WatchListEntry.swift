/// One entry of the compliance watch list (sanctions, PEP or internal lists),
/// imported from CSV by `WatchListCSV` and screened by `WatchListScreening`.
public struct WatchListEntry: Sendable, Equatable {
    /// The listed name, as published.
    public var name: String
    /// The listed identity document number, when known.
    public var idNumber: String?
    /// The listed date of birth, when known. Without it a name match alone is a hit.
    public var birthDate: BusinessDate?
    /// Which list the entry comes from (e.g. "UN", "internal").
    public var list: String
    /// Why the person is listed.
    public var reason: String

    public init(name: String, idNumber: String? = nil, birthDate: BusinessDate? = nil, list: String, reason: String) {
        self.name = name
        self.idNumber = idNumber
        self.birthDate = birthDate
        self.list = list
        self.reason = reason
    }
}

/// What made a watch-list hit, strongest first: the same ID number; the same
/// name and date of birth; the same name where the list gives no date of birth.
public enum WatchListMatchKind: String, Sendable {
    case idNumber
    case nameAndBirthDate
    case nameOnly
}

/// A watch-list entry the applicant matched, and how. Any hit stops account
/// opening for supervisor review.
public struct WatchListHit: Sendable, Equatable {
    public var entry: WatchListEntry
    public var kind: WatchListMatchKind

    public init(entry: WatchListEntry, kind: WatchListMatchKind) {
        self.entry = entry
        self.kind = kind
    }
}
