// TestSupport — what several test targets share, written once.
//
//   ScratchFolder.swift    a unique temporary folder removed afterwards (and the closure form)
//   BranchFixture.swift    a real branch file in a scratch folder with a hand-moved clock; the demo PINs
//   Failure.swift          the message a service throws, for asserting refusals
//   SQLiteCLI.swift        SQL through the `sqlite3` tool: someone editing the file behind the program's back
//   Shell.swift            runs a program and collects its output and status; quoting for /bin/sh
//   TellerBinary.swift     where the built `teller` and `teller-bench` are, scratch homes for them
//   Tmux.swift             drives the real binary in a detached tmux session, as a person would
//   ResultBox.swift        collects results from worker threads in concurrency tests
//   LoanMonitoringFixture.swift  active loans (schedule, audited disbursal entry) and repayments as allocations, until
//                          the loan desk's own disbursal and repayment exist
//
// Only test targets depend on this target; nothing here ships.
