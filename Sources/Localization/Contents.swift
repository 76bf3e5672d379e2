// Localization — every piece of text the workstation shows, English and
// Chinese side by side, checked by the compiler.
//
// Files and their jobs:
//   StringKey.swift         the erased key (its stable code, compared and stored) and the typed keys
//                           StringKey0 … StringKey6, one per number of arguments
//   Strings.swift           `strings(.key, a, b)` in the reader's language, one overload per arity
//   LocalizedMessage.swift  a message raised below the UI and translated when shown (key, arguments, a part)
//   LocalizedMessage+Naming.swift  a stored code in a message's first argument shown in words
//   BothLanguages.swift     English and Chinese together, for vouchers, slips and the lobby board
//   AllKeys.swift           the registry: every desk's list, and `StringKey.coded(family, code)`
//   Language.swift          the two languages and how the locale picks one
//   Text/<Desk>.swift       the keys of one desk (Shell, Reception, Counter, Customers, Identity,
//                           Accounts, Cash, Drawer, Journal, Complaints, ComplaintSteps, Care,
//                           Dashboard, Administration, CommandLine, Faults, Common, Printed)
//
// Adding a string: declare it in its desk's file and add it to that file's list at the bottom
// (a test fails when a key is missing from the list):
//
//     static let drawerRecount = StringKey1("drawerRecount",
//         en: { "Count drawer \($0) again" },
//         zh: { "请重新清点尾箱 \($0)" })
//
// and use it as `s(.drawerRecount, name)` or `LocalizedMessage(.drawerRecount, name)`. Leaving out a
// language, or a closure that ignores an argument, does not compile; neither does a call with the
// wrong number of arguments. The code string is stored in logs and audit details: never change it.
