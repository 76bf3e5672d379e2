// Identity — checking who is at the counter
//
// Document checks and verifying the customer (PIN, one-time code, document).
//
//   DocumentCheckScreen.swift   Checks an identity document
//   VerifyCustomerScreen.swift  Verifies the person for one service
