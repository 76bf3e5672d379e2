// Dashboard — the supervisor's KPIs
//
// Queue, operation and complaint figures for a period, with comparison and sparklines.
//
//   DashboardRangeForm.swift  The dashboard's "choose dates" form
//   DashboardScreen.swift     The supervisor's KPI dashboard
//   DashboardViews.swift      The dashboard's three kinds of body
