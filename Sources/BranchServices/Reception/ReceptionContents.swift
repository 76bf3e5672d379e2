// Reception — the queue
//
// Tickets, counters, appointments, outcomes, recent calls and ticket slips.
//
//   QueueService+Appointments.swift  Appointments
//   QueueService+Outcomes.swift      Which outcomes `finish` accepts for a ticket as it stands, so the Finish form
//                                    offers only those (the service still checks each one)
//   QueueService+RecentCalls.swift   A ticket called to a counter, as the lobby board lists it
//   QueueService.swift               A ticket just issued, with the wait the customer should expect
//   TicketPrinter.swift              Writes a ticket slip to a text file beside the branch file
//                                    (`tickets/<date>-<number>.txt`) and, when `TELLER_PRINTER` names a printer,
//                                    sends that file to it with `lp`
