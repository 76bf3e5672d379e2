extension LocalizedMessage {
    /// A message whose placeholder names a stored code (a status, a permission,
    /// a field) in words: the code's `family_code` string when there is one,
    /// so internal names such as `customerLookup` or `no_show` never reach the
    /// reader; the code itself only when no such string exists.
    public static func naming(_ key: StringKey, family: String, code: String) -> LocalizedMessage {
        guard let name = StringKey(rawValue: family + "_" + code) else { return LocalizedMessage(key, code) }
        return LocalizedMessage(key, parts: [LocalizedMessage(name)])
    }
}
