// EndToEndTests/Desks — what these tests prove
//
// The suites of this folder and what each one checks; shared helpers are in Support/ and the TestSupport target.
//
//   AccountOpeningEndToEndTests.swift  The real binary in tmux
//   CashEndToEndTests.swift            A teller's money day on the real binary in tmux, in one training branch file
//   ComplaintsEndToEndTests.swift      A complaint's whole life on the real binary in tmux, in one training branch
//                                      file
//   LoansEndToEndTests.swift           A loan's whole walk on the real binary in an 80×24 tmux terminal: walk-in
//                                      C ticket, application referred, approval, contract, payout, one repayment
//   ReceptionEndToEndTests.swift       Two real terminals on one branch file
//   TerminalEnvironmentTests.swift     Real terminals and real environments, on the built binary in tmux
//   WorkstationEndToEndTests.swift     The real binary in a real terminal (tmux)
