// BranchServicesTests/Drawer — what these tests prove
//
// The suites of this folder and what each one checks; shared helpers are in Support/ and the TestSupport target.
//
//   BusinessDayTests.swift    The business date moves forward only, by supervisors or administrators, audited
//   CashPositionTests.swift   Issue 13
//   DayCloseTests.swift       Issue 13
//   DayEndHeadTests.swift     Day-end reports print the audit chain head, so an auditor can write it down and check
//                             it later with `verify --head`
//   DrawerServiceTests.swift  The teller's drawer through the day
