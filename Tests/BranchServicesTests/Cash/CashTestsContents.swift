// BranchServicesTests/Cash — what these tests prove
//
// The suites of this folder and what each one checks; shared helpers are in Support/ and the TestSupport target.
//
//   CashAccountStatusTests.swift  Abnormal accounts are refused with a message saying why and what can be done
//   CashLargeValueTests.swift     Large cash
//   ConcurrencyTests.swift        Collects problems reported by worker threads
//   FaultAndVoucherTests.swift    A full disk is named as such and never keeps the teller locked out
//   LedgerIdempotencyTests.swift  Every operation carries a key fixed when the teller confirms
//   ReversalServiceTests.swift    A supervisor reverses a posted operation (not their own, not one they approved)
//                                 with a reason
//   TransferLimitTests.swift      Limits that call a supervisor (daily cash out, single and daily transfer) and the
//                                 one-time code a transfer needs from the threshold up
