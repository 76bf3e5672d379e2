/// What a journal entry records. Every movement of money is one entry of one
/// kind; the kind decides which accounts it touches and whether it can be reversed.
public enum EntryKind: String, CaseIterable, Sendable, Codable {
    /// Cash paid in at the counter: drawer ← customer account credited.
    case deposit
    /// Cash paid out at the counter: customer account debited → drawer.
    case withdrawal
    /// Between two accounts of this bank.
    case transfer
    /// To an account at another bank, through the clearing account.
    case externalTransfer = "external_transfer"
    /// Mirrors an earlier entry and points at it.
    case reversal
    /// Float counted from the vault into a teller's drawer at the start of the day.
    case drawerOpen = "drawer_open"
    /// More cash from the vault during the day.
    case drawerBuy = "drawer_buy"
    /// Surplus cash back to the vault during the day.
    case drawerSell = "drawer_sell"
    /// Day end: everything counted goes back to the vault, and any over or
    /// short against the expected balance is posted to suspense.
    case drawerClose = "drawer_close"
    /// Cash delivered into the vault (from head office or the cash centre).
    case vaultReceipt = "vault_receipt"
    /// A balance brought onto the books when an account is migrated (training seed).
    case openingBalance = "opening_balance"
    /// Money paid to a customer as the remedy of a complaint, from the compensation expense account.
    case complaintRemedy = "complaint_remedy"
    /// A loan paid out: the loan receivable debited, the customer's account (or the drawer) credited.
    case loanDisbursal = "loan_disbursal"
    /// A loan repayment: the customer's account (or the drawer) debited, the
    /// receivable credited with the principal and interest income with the rest.
    case loanRepayment = "loan_repayment"

    /// Only customer operations are reversed; drawer and vault movements are
    /// corrected by counting, not by undoing.
    public var isReversible: Bool { [.deposit, .withdrawal, .transfer, .externalTransfer].contains(self) }

    /// Cash that crosses the counter, which counts toward the large-cash report.
    public var isCounterCash: Bool { self == .deposit || self == .withdrawal }
}

/// The internal (general-ledger) accounts the branch keeps beside customer accounts.
public enum InternalAccountKind: String, CaseIterable, Sendable, Codable {
    /// One per teller: the cash in that teller's drawer.
    case drawer
    /// The branch vault.
    case vault
    /// Money on its way to other banks.
    case clearing
    /// Unexplained over/short until investigated.
    case suspense
    /// Head office: the other side of vault receipts and opening balances.
    case headOffice = "head_office"
    /// What the branch spends, e.g. compensation paid on complaints.
    case expense
    /// What customers owe on loans: principal lent and not yet repaid (an asset).
    case loanReceivable = "loan_receivable"
    /// Interest and penalty interest received on loans (income, recognised when paid).
    case interestIncome = "interest_income"

    /// Drawers and the vault hold notes and coins, counted by denomination.
    public var holdsCash: Bool { self == .drawer || self == .vault }
}
