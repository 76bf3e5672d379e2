// TellerScreensTests/Cash — what these tests prove
//
// The suites of this folder and what each one checks; shared helpers are in Support/ and the TestSupport target.
//
//   CashDeskScreenTests.swift      Issue 13 at the screens
//   CashKeyTableTests.swift        The cash desk's key tables hold in realistic states
//   CashScreenSupport.swift        Helpers for the money screens
//   CounterCashTests.swift         From the counter, m opens cash and transfers for the customer being served
//   CustomerPanelMoneyTests.swift  From a customer's panel
//   DepositScreenTests.swift       The deposit screen driven by keys
//   TransferScreenTests.swift      The transfer screen
//   WithdrawalScreenTests.swift    The withdrawal screen
