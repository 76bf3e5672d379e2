/// The one registry of keys: every desk file's list, for the tests that walk
/// all strings, and the lookup of strings named by a stored code.
public extension StringKey {
    /// Every key, desk by desk.
    static let all: [StringKey] = commonKeys + faultsKeys + shellKeys + receptionKeys + counterKeys + customersKeys
        + identityKeys + accountsKeys + cashKeys + drawerKeys + journalKeys + complaintsKeys + complaintStepsKeys + careKeys
        + dashboardKeys + administrationKeys + commandLineKeys + printedKeys + loansKeys
        + loanOriginationKeys + loanServicingKeys + loanMonitoringKeys + loanScreensKeys

    /// The string naming a stored code of a family, e.g. `coded("ticketStatus", "no_show")`
    /// is `.ticketStatus_no_show`; nil when the family has no string for the code.
    static func coded(_ family: String, _ code: String) -> StringKey0? { codedKeys[family + "_" + code] }
}

extension StringKey {
    /// Keys of the `family_code` form, by code.
    private static let codedKeys: [String: StringKey0] = Dictionary(uniqueKeysWithValues: all.compactMap { key in
        (key as? StringKey0).flatMap { key.rawValue.contains("_") ? (key.rawValue, $0) : nil }
    })
}
