// Branch — opening the branch file and its settings
//
// The branch context every service works on, its key, settings, data locations, private files and first-run
// setup.
//
//   BranchContext+AuditProof.swift  Genuine (key-proved) audit lines for controls that trust one line
//   BranchContext+Key.swift   The branch key's life in a context
//   BranchContext.swift       One open branch file and everything the use cases share
//   BranchKeyFile.swift       Where a branch's key lives
//   BranchSettings.swift      Security settings an administrator may tune per branch, with their limits
//   ChangeMarker.swift        A reading of "has anything in the branch file changed"
//   DataLocation.swift        Where branch files live by default
//   PreferencesService.swift  Remembers each operator's language and colour theme
//   PrivateFile.swift         Files the workstation writes beside the branch file (vouchers, ticket slips,
//                             complaint receipts) hold customers' data
//   RequestTextRules.swift    The free text of the money requests, checked by `TextRules` before any work is done
//                             (a payee name with a direction override would show another name on the screen and the
//                             voucher than the one stored)
//   SetupService.swift        First-run setup of a real branch
//   StoreMessages.swift       Turns store failures into messages an operator can act on
//   StoreWait.swift           What a terminal is told while one of its writes waits for another terminal's lock on
//                             the branch file, so the key loop never freezes silently
