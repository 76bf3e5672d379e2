// Reception — the guide's desk
//
// Issuing queue tickets from a needs questionnaire, ticket slips, appointments and the lobby board.
//
//   BookAppointmentScreen.swift  Books an appointment for a customer, optionally with a dedicated account manager
//                                (a declared form)
//   LobbyBoardScreen.swift       The wall display
//   ReceptionScreen.swift        The guide's desk
//   TicketIssueScreen.swift      Records what the customer needs with the standard questionnaire for the business
//                                type, then issues the ticket
//   TicketSlipScreen.swift       The ticket just issued, as the customer will hold it
