// Complaints — the pure rules of complaint handling and customer care.
//
//   ComplaintTypes.swift      channels, the category taxonomy and its routing to teams, severity,
//                             the status flow and its allowed moves, deadline tracks, care task kinds
//   ComplaintDeadlines.swift  days to respond per track (configuration), due-soon and overdue
