// TellerScreensTests/Reception — what these tests prove
//
// The suites of this folder and what each one checks; shared helpers are in Support/ and the TestSupport target.
//
//   CounterQueueScreenTests.swift    A teller at the counter screen, in English and Chinese
//   LobbyBoardScaleTests.swift       The lobby board as a wall reads it
//   LobbyQueueScreenTests.swift      The lobby board as a wall display shows it, compared whole, in English and
//                                    Chinese
//   QueueScreenSupport.swift         The words the queue screens must show, written out per language (not read from
//                                    the string table, so a missing or wrong translation fails the test)
//   ReceptionQueueScreenTests.swift  The guide's desk in the in-memory terminal, in English and Chinese
