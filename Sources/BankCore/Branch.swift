/// The branch this store belongs to. A training branch is a sandbox for the
/// demo mode and is marked as such on every screen.
public struct Branch: Sendable, Equatable {
    public var code: String
    public var name: String
    public var businessDate: BusinessDate
    public var isTraining: Bool

    public init(code: String, name: String, businessDate: BusinessDate, isTraining: Bool) {
        self.code = code
        self.name = name
        self.businessDate = businessDate
        self.isTraining = isTraining
    }
}
