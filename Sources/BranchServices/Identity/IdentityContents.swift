// Identity — checks and credentials
//
// Identity rules, document checks, customer PINs and one-time codes.
//
//   IdentityRules.swift                     A document number that passed its checks, with what it tells us
//   IdentityService+Credentials.swift       Setting or replacing a customer's PIN or one-time-code secret
//   IdentityService+OneTimeCodeBlock.swift  Wrong one-time codes count toward a block like wrong PINs
//   IdentityService.swift                   Identity at the counter
