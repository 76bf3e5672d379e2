// BranchServicesTests/Reception — what these tests prove
//
// The suites of this folder and what each one checks; shared helpers are in Support/ and the TestSupport target.
//
//   CounterQueueServiceTests.swift     A teller at the counter
//   CustomerSearchSnapshotTests.swift  A customer search only reads
//   FinishingOperatorTests.swift       `tickets.finished_by` (schema 7) names the operator of a ticket's last
//                                      'finished' event — the per-operator KPI key — whichever way the visit ends
//   QueueBranch.swift                  A real branch file for the queue tests
//   ReceptionIssue13QueueTests.swift   Issue 13, reception and the counter
//   ReceptionQueueServiceTests.swift   Appointments and the customer registry, on real branch files
//   TicketQueueServiceTests.swift      Issuing tickets at reception
