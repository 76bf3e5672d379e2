/// Who ordered a freeze: a court or other authority (judicial), the bank
/// itself (fraud, a dispute), or the customer (a lost card, a request).
public enum FreezeType: String, CaseIterable, Sendable {
    case judicial
    case bank
    case customer
}
