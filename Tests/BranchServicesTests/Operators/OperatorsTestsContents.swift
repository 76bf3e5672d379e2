// BranchServicesTests/Operators — what these tests prove
//
// The suites of this folder and what each one checks; shared helpers are in Support/ and the TestSupport target.
//
//   AuthenticationServiceTests.swift   Sign-in, wrong PINs, lockout and sign-out
//   CredentialSealTests.swift          A dishonest insider who can write the branch file but has no branch key
//                                      tries to act as someone else by editing credential rows with sqlite3
//   FourEyesCredentialTests.swift      The customer's own identity document checked (and accepted) by `actor` on
//                                      `context`'s terminal
//   LockoutHardeningTests.swift        Issue 12
//   OperatorAdministrationTests.swift  Permissions are enforced by the services, whatever a screen asks for
//   SingleSessionTests.swift           Issue 13
