// TellerScreensTests/Shell — what these tests prove
//
// The suites of this folder and what each one checks; shared helpers are in Support/ and the TestSupport target.
//
//   DestinationTableTests.swift     The one table of destinations
//   DrawingReadsNothingTests.swift  Drawing never reads the store
//   FullDiskLockTests.swift         The lock panel on a full disk
//   KeyTableCoverageTests.swift     Tries to get round the key tables on every screen of the shell, forms,
//                                   reception, counter, customers, identity, accounts and administration that a
//                                   demo session reaches
//   LeavingAskingTests.swift        Issue 13
//   LeavingFormTests.swift          The global keys work on the cash forms as everywhere, and leaving a form with
//                                   typed work (Esc, Ctrl-G, F10) asks first, starting on No
//   LockTests.swift                 The idle lock and the lock panel
//   MainMenuTests.swift             The main menu per role, the go-to palette, and the keys that work everywhere
//                                   (language, help, quit), plus what one key press costs to redraw
//   ResizeTests.swift               The "please enlarge" guard below 80x24, and redrawing after a resize
//   SetupScreenTests.swift          First-run setup on an empty file
//   SignInScreenTests.swift         The sign-in screen
//   StoreWaitScreenTests.swift      A write that waits for another terminal's lock does not freeze the terminal
//                                   silently
//   WordingTests.swift              Issue 13, wording
