// Database — the SQLite connection
//
// Opening (with safety checks), transactions, statements, rows, values and errors.
//
//   BusyRetryPolicy.swift        The store's one answer to "another terminal holds the lock"
//   Database+ChangeMarker.swift  A reading of whether anything in the branch file has changed
//   Database+Cursor.swift        The current row of a statement being stepped, read by column position without
//                                building a `Row`
//   Database+Empty.swift         Drops every table in one transaction and sets the schema version back to 0,
//                                keeping the file itself (its inode and permissions), so terminals that have it
//                                open see what is seeded next instead of working on a deleted copy
//   Database+Migrate.swift       The schema version stored in the file (`PRAGMA user_version`)
//   Database+Open.swift          Steps 3 and 4
//   Database+ReadOnly.swift      Opens a branch file read-only (an auditor's copy) without writing or migrating
//   Database+Transaction.swift   Runs `body` in a write transaction
//   Database.swift               One connection to the branch's SQLite file
//   EpochMillis.swift            Times are stored as INTEGER milliseconds since 1970-01-01 UTC
//   Row.swift                    One result row
//   RowDecoding.swift            The integer in `name`, or `.corrupt` naming the column
//   SQLValue.swift               A value bound to, or read from, SQL
//   SQLiteError.swift            Turns SQLite result codes into StoreError, so callers never see raw codes for the
//                                cases they can act on (busy, constraint, append-only, damaged file)
//   Statement.swift              One prepared SQLite statement
//   StatementCache.swift         Prepared statements kept by SQL text, so hot paths (postings, audit appends,
//                                lookups) are compiled once per connection rather than per call
//   StoreError.swift             Everything the store can report, phrased so callers (and screens) can say what is
//                                wrong and what to do, instead of showing a raw SQLite code
