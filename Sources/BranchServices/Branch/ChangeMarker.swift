import BankStore

/// A reading of "has anything in the branch file changed": equal readings
/// mean nothing changed in between, on this terminal or another. Screens
/// keep the reading they loaded their data at and re-read when a new one
/// differs, so drawing never reads the store. (How it is read is the store's
/// business: the screens see only equality.)
public struct ChangeMarker: Equatable, Sendable {
    let store: StoreChangeMarker
}
