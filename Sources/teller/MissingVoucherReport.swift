import BranchServices
import Localization

/// `teller verify`'s warning section: vouchers whose file is missing. A
/// warning, not a breach (the voucher's text is in the branch file and can be
/// written again), so it does not change verify's exit status.
enum MissingVoucherReport {
    /// How many missing files are named before the rest are only counted.
    static let listed = 20

    static func print(_ context: BranchContext, _ strings: Strings) {
        guard let missing = try? VoucherRepair(context).missing(), !missing.isEmpty else { return }
        Swift.print(strings(.cliVouchersMissing, String(missing.count)))
        for voucher in missing.prefix(listed) { Swift.print("  " + voucher.path) }
        if missing.count > listed { Swift.print("  " + strings(.cliVouchersMore, String(missing.count - listed))) }
    }
}
