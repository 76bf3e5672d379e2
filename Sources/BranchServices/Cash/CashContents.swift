// Cash — money at the counter
//
// Deposits, withdrawals, transfers and reversals through the ledger, cash rules, vouchers and their repair.
//
//   CashRulesService.swift    Reads the branch's money rules
//   CashService+Payout.swift  The notes and coins to pay `amount` out of the actor's open drawer, largest first
//                             (`CashPayout.suggest`), so the withdrawal screen can prefill its count
//   CashService.swift         A cash deposit or withdrawal as the teller entered it
//   CashVoucherText.swift     Bilingual vouchers for money operations
//   CounterCash.swift         The drawer rules every cash payment or receipt at the counter obeys (cash desk, loans)
//   ReversalService.swift     Reversal of a posted customer operation by a supervisor who did not make (or approve)
//                             it, with a reason
//   TransferService.swift     The payee of a transfer to another bank
//   VoucherFile.swift         Voucher files
//   VoucherRepair.swift       Voucher files that are missing although their voucher is stored (the disk was full
//                             after the commit, the file was deleted)
