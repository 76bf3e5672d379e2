// Dashboard — KPI figures
//
// The KPI service, closed-day figures, labels and the report and comparison formats.
//
//   KPIComparisonFormat.swift    `teller report --compare-from/--compare-to` in the three formats
//   KPILabels.swift              The words for KPI figures and breakdown keys, shared by `teller report` and the
//                                dashboard so both name things the same way
//   KPIReportFormat.swift        `teller report`'s three outputs of one `KPIReport`
//   KPIService+ClosedDays.swift  Closed days
//   KPIService.swift             The supervisor's KPI figures for any period, computed from the stored events by
//                                the definitions in `BankCore/KPI` (see README "KPI definitions")
