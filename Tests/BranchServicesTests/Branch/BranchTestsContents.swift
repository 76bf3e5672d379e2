// BranchServicesTests/Branch — what these tests prove
//
// The suites of this folder and what each one checks; shared helpers are in Support/ and the TestSupport target.
//
//   BranchKeyTests.swift               The branch key
//   DemoResetFilesTests.swift          Issue 13
//   PreferencesAndLocationTests.swift  Operator preferences and where the data and key files live
//   SetupServiceTests.swift            The one test that pays for the real hash strength
//   StoreWaitTests.swift               A write from a service while another terminal holds the branch file's write
//                                      lock
//   TrainingTests.swift                `TrainingFile.prepare` makes its PIN hashes at the full default strength (it
//                                      takes no iteration count), so these tests are the slow ones
