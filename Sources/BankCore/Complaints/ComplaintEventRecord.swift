import Foundation

/// One step in a complaint's history: who did what, when, from which status to which.
public struct ComplaintEventRecord: Sendable, Equatable {
    public var id: Int64
    public var complaintID: Int64
    public var at: Date
    public var operatorID: Int64?
    public var kind: String
    public var fromStatus: String?
    public var toStatus: String?
    public var detail: String

    public init(id: Int64, complaintID: Int64, at: Date, operatorID: Int64? = nil, kind: String,
                fromStatus: String? = nil, toStatus: String? = nil, detail: String) {
        self.id = id
        self.complaintID = complaintID
        self.at = at
        self.operatorID = operatorID
        self.kind = kind
        self.fromStatus = fromStatus
        self.toStatus = toStatus
        self.detail = detail
    }
}
