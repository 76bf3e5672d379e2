// Complaints — intake to resolution
//
// Complaint requests, handling, responses, staff, slips, steps and customer care.
//
//   CareService.swift                Customer care
//   ComplaintRequests.swift          What is taken down when a complaint comes in
//   ComplaintService+Response.swift  The response to a complaint and the money it pays
//   ComplaintService+Staff.swift     The people complaint screens need to name
//   ComplaintService.swift           Complaint intake, routing and handling
//   ComplaintSlip.swift              The receipt a complainant takes home
//   ComplaintStep.swift              One handling step on a complaint, and the rules for taking it
