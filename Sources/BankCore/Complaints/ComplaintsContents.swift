// Complaints — the pure rules of complaint handling and customer care.
//
//   ComplaintTypes.swift      channels, the category taxonomy and its routing to teams, severity,
//                             the status flow and its allowed moves, deadline tracks, care task kinds
//   ComplaintDeadlines.swift  days to respond per track (configuration), due-soon and overdue
//
// What the bank holds about them (the store keeps them, services and screens use them):
//   ComplaintRecord.swift      one complaint: who, what, routing, status, deadline, the response
//   ComplaintEventRecord.swift one step of a complaint's history
//   CareTaskRecord.swift       a customer-care follow-up task
//   SuggestionRecord.swift     a suggestion and its answer
