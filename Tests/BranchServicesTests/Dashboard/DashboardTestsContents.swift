// BranchServicesTests/Dashboard — what these tests prove
//
// The suites of this folder and what each one checks; shared helpers are in Support/ and the TestSupport target.
//
//   KPIClosedDayTests.swift    Issue 13
//   KPIDataset.swift           A small hand-built branch history around day D = 2026-03-02 (UTC), inserted with
//                              plain SQL into a real SQLite file
//   KPISeriesLabelTests.swift  Issue 13
//   KPIServiceTests.swift      Known answers for every KPI definition on `KPIDataset` (numbers worked out by hand)
