// BankCore/Identity — pure checks on what a teller types or scans for identity:
// document numbers, passport machine-readable zones, bank cards, phones.
// Every check returns `Result<_, IDProblem>`; `IDProblem` names the exact check
// that failed and the UI turns it into words. No I/O, no clock: "today" is
// always the business date passed in.
//
// Files and their jobs:
//   IDProblem.swift               why a value was refused (one case per check)
//   IdentityText.swift            internal: cleans typed text (full-width → ASCII, spaces out)
//   Mod11_2.swift                 internal: ISO 7064 MOD 11-2 check character (resident ID, new PR card)
//   ProvinceCode.swift            province-level region codes accepted in a resident ID
//   ResidentIDNumber.swift        18-character mainland resident identity card number
//   ResidentIDNumber+Legacy.swift converts the old 15-digit number to 18 characters
//   MRZField.swift                names of the passport MRZ fields, for precise problems
//   MRZCheckDigit.swift           ICAO 9303 7-3-1 check digit
//   MRZDate.swift                 internal: YYMMDD in an MRZ → BusinessDate (century rules)
//   PassportMRZ.swift             a parsed, fully verified TD3 passport MRZ
//   PassportMRZ+Parse.swift       parsing and verifying the two MRZ lines
//   PassportNumber.swift          a typed passport number (no MRZ at hand)
//   TravelPermit.swift            HK/Macau and Taiwan permits, foreign permanent residence card
//   DocumentExpiry.swift          issued / expiry dates against the business date
//   IdentityDocumentNumber.swift  one entry point: any IDDocumentType + number + expiry
//   Luhn.swift                    Luhn (mod 10) check used by bank card numbers
//   BankCardNumber.swift          a bank card number: cleaned, length, Luhn, masked
//   PhoneNumber.swift             mainland mobile, landline or international number
//   VerificationMethod.swift      how a person was verified at the counter (PIN, one-time code, biometrics, photo)
