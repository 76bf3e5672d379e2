// TellerScreensTests/Loans — what these tests prove
//
// The suites of this folder and what each one checks; shared helpers are in Support/ and the TestSupport target.
//
//   LoanApplicationScreenTests.swift  The application form by keys: draft round trip, leaving asks, collateral,
//                                     guarantors, documents, problems, schedule before submitting, the outcome
//   LoanInboxScreenTests.swift        The approvers' inbox: the entrant sees why instead of the keys, another
//                                     supervisor decides with a reason, a teller has no inbox
//   LoanProductScreenTests.swift      Products: defined with the checklist, refused rule by rule, kind:LTV% at
//                                     its field, an edit as a new version, leaving asks
//   LoanKeyTableTests.swift           The desk's key tables hold; the counter's and the panel's entries
//   LoanScreensFitTests.swift         Every loan screen at 80×24 in English and Chinese shows its texts whole
//   LoanScreenSupport.swift           Products, an applicant, the desk opened, the fit check
//   LoanServicingScreenTests.swift   The servicing screens in both languages, typed work kept
//   LoanMonitoringScreenTests.swift  The monitoring list at 80x24 in both languages, its filters
//   LoanMonitoringCareTests.swift    Loan follow-ups in the care list, not offered by hand
