// BankStore — everything the workstation keeps on disk, in one SQLite file.
// Nothing above this module sees SQLite: pragmas, `data_version`, `BEGIN
// IMMEDIATE` and the busy-retry policy live here, which is also where a second
// database engine would plug in.
//
//   Database/      the connection, transactions, statements, rows, values, errors, the busy-retry policy,
//                  the change marker, read-only opening              (DatabaseContents.swift)
//   Migrations/    the frozen schema steps, one file each             (MigrationsContents.swift)
//   Audit/         the append-only keyed audit chain and the credential seal (AuditContents.swift)
//   Verify/        proving the books and the audit facts consistent   (VerifyContents.swift)
//   Repositories/  one repository per area; the only place SQL text lives (RepositoriesContents.swift)
