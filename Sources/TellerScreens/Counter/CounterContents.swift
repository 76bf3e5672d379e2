// Counter — the teller's queue
//
// Calling, serving, transferring and finishing tickets at a counter, and the counter set-up.
//
//   CounterDialogs.swift      Finishing a visit
//   CounterScreen.swift       A teller's counter
//   CounterSetupScreen.swift  Takes a counter
//   ServedTicket.swift        The ticket the teller is serving at their counter, if any
