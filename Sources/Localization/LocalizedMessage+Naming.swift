extension LocalizedMessage {
    /// Messages whose first argument is a stored code (a permission, a ticket
    /// state, a field) and the family of strings that names it in words: the
    /// code's `family_code` string is shown instead, so internal names such
    /// as `customerLookup` or `no_show` never reach the reader. The message
    /// itself keeps the code, so services and their tests compare codes.
    static let codedFirstArgument: [StringKey: String] = [
        .errorForbidden: "uiPermission",
        .queueWrongState: "ticketStatus",
        .queueNeedsMissing: "need",
        .kycFieldProblem: "uiKYCField",
    ]

    /// The arguments as the reader sees them: a coded first argument in words when its string exists.
    func readableArguments(in strings: Strings) -> [String] {
        guard let family = Self.codedFirstArgument[key], let code = arguments.first,
              let name = StringKey.coded(family, code) else { return arguments }
        return [strings(name)] + arguments.dropFirst()
    }
}
