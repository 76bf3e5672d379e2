// Accounts — the pure rules of account opening. No I/O here: the store and
// the services call these functions and keep the results.
//
//   AccountType.swift         current / savings / time deposit, and the digit each uses in a number
//   Currency.swift            the currencies an account can be held in, and their minor units
//   AccountStatus.swift       active / frozen / dormant / closed
//   AccountNumber.swift       the 18-digit account number with its Luhn check digit; masking
//   KYCProfile.swift          the know-your-customer answers on the application form
//   KYCRules.swift            which KYC answers are unacceptable, field by field
//   RiskAssessment.swift      the result of a risk rating and the reasons behind it
//   RiskRating.swift          the documented points table that turns a profile into low / medium / high
//   CustomerAge.swift         age in whole years on a business date (birthday rules)
//   WatchListEntry.swift      one watch-list entry, and a screening hit against it
//   WatchListScreening.swift  name normalisation and matching of an applicant against the list
//   CSVRecords.swift          RFC 4180 reader (quotes, doubled quotes, newlines in quotes, BOM, CRLF)
//   WatchListCSV.swift        import of the watch list from a CSV file, with errors naming the line
//
// What the bank holds (the store keeps them, services and screens use them):
//   AccountRecord.swift       an account: number, type, currency, status, balance, overdraft limit
//   ApplicationRecord.swift   an account application with its screening and decision
//   FreezeRecord.swift        one freeze on an account (whole or an amount), lifted or not
//   PayeeRecord.swift         a payee a customer saved for transfers to other banks
