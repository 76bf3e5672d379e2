// Complaints — intake, handling and customer care
//
// Complaint intake and slips, the complaint list and detail, responses, care tasks and their steps.
//
//   CareScreen.swift               Customer care
//   CareSteps.swift                The small forms of customer care, each calling `CareService`
//   ComplaintDetailScreen.swift    One complaint
//   ComplaintEventText.swift       A history step's stored detail in the reader's language
//   ComplaintIntakeScreen.swift    Takes a complaint down
//   ComplaintLabels.swift          Translated names for the complaint and care codes (categories, channels,
//                                  severities, statuses, tracks, teams, care task kinds, history steps), and the
//                                  choice lists the complaint forms offer
//   ComplaintResponseScreen.swift  The branch's response to a complaint
//   ComplaintSlipScreen.swift      The complaint just registered, as the customer will hold it
//   ComplaintSteps.swift           The handling steps that need a few words from the handler, each a small form
//                                  that calls `ComplaintService`
//   ComplaintsScreen.swift         Complaints and care
