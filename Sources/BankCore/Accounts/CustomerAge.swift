/// Age in whole years on a business date, for the rules that depend on it
/// (minors, elderly customers).
///
/// A person turns N on their birthday: born 2008-11-23, they are 17 on
/// 2026-11-22 and 18 on 2026-11-23. Someone born on 29 February turns a year
/// older on 1 March in years without a 29 February. A birth date after
/// `today` gives a negative age (callers validate birth dates first).
public enum CustomerAge {
    public static func years(birthDate: BusinessDate, on today: BusinessDate) -> Int {
        let beforeBirthday = (today.month, today.day) < (birthDate.month, birthDate.day)
        return today.year - birthDate.year - (beforeBirthday ? 1 : 0)
    }
}
