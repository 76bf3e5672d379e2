// TellerScreens — every screen of the workstation, testable in memory (no
// curses, no SQLite: screens call BranchServices and draw into a CellBuffer).
// One folder per desk, each with its own …Contents.swift index:
//
//   Shell/           the key loop, session, sign-in, lock, main menu, go-to list, global keys, destinations
//   Forms/           declared forms (FormSpec, FormScreen), the form keys, step forms, labels
//   Reception/       tickets, slips, appointments, the lobby board
//   Counter/         the teller's queue and counter set-up
//   Customers/       search, registration, the customer panel, the customer's PIN
//   Identity/        document checks, verifying the customer
//   Accounts/        opening, status, freezes, closing, the reviews inbox
//   Cash/            deposits, withdrawals, transfers, approvals, the desk screen kinds
//   Drawer/          the drawer, counts, cash position, day close, books
//   Journal/         the journal, reversals, statements
//   Complaints/      complaint intake and handling, customer care
//   Dashboard/       the supervisor's KPI dashboard
//   Loans/           the loan desk: applications, drafts, schedule preview, assessment, approvers' inbox, products
//   Administration/  operators, the audit trail, settings
