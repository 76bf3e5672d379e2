// Migrations — the frozen schema steps
//
// One file per migration; a shipped migration never changes (FrozenMigrationTests pins each one's SHA-256).
//
//   Migration.swift      One frozen step of the schema
//   Migration0001.swift  Schema version 1
//   Migration0002.swift  Schema version 2
//   Migration0003.swift  Schema version 3
//   Migration0004.swift  Schema version 4
//   Migration0005.swift  Schema version 5
//   Migration0006.swift  Schema version 6
//   Migration0007.swift  Schema version 7
//   Migration0008.swift  Schema version 8
//   Migration0010.swift  Schema version 10 (issue 12, four eyes on customer credentials)
//   Migration0011.swift  Schema version 11 (issue 12, lockouts)
//   Migration0012.swift  Schema version 12 (issue 13, reception and identity)
//   Migration0014.swift  Schema version 14 (issue 13, cash desk)
//   Migration0015.swift  Schema version 15 (issue 13, cash desk)
//   Migration0017.swift  Schema version 17 (issue 13, customer care)
//   Migration0018.swift  Schema version 18 (issue 13, speed at branch scale)
//   Migration0020.swift  Schema version 20 (issue 12 follow-up, credential seals)
