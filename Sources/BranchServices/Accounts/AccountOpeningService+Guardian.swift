import BankCore
import BankStore
import Localization

/// An applicant under 18 (from the date of birth, on the business date)
/// opens an account only with a guardian who is an adult customer of the
/// bank, verified by this teller for this opening.
extension AccountOpeningService {
    /// Age from which a customer opens an account alone.
    public static let adultAge = 18

    /// What every guardian verification's service name starts with (the applicant's customer ID follows).
    public static let guardianServicePrefix = "account_opening_guardian:"

    /// The service name the guardian's verification must carry for this applicant.
    public static func guardianService(applicantID: Int64) -> String { guardianServicePrefix + String(applicantID) }

    /// Whether the customer is under `adultAge` on the business date.
    public func isMinor(_ customer: Customer) -> Bool {
        CustomerAge.years(birthDate: customer.birthDate, on: today) < Self.adultAge
    }

    /// The guardian to store with the application: nil for an adult (who
    /// names none), otherwise the checked guardian, or the refusal saying what is missing.
    func checkedGuardian(_ guardianID: Int64?, for applicant: Customer, by teller: Operator) throws -> Customer? {
        guard isMinor(applicant) else {
            if guardianID != nil { throw LocalizedMessage(.openingGuardianNotNeeded) }
            return nil
        }
        guard let guardianID else { throw LocalizedMessage(.openingGuardianMissing, String(Self.adultAge)) }
        guard guardianID != applicant.id, let guardian = try CustomerRepository(db: context.database).find(id: guardianID) else {
            throw LocalizedMessage(.openingGuardianNotCustomer)
        }
        guard !isMinor(guardian) else { throw LocalizedMessage(.openingGuardianMinor, guardian.name, String(Self.adultAge)) }
        guard IdentityService(context).isVerified(customerID: guardian.id, service: Self.guardianService(applicantID: applicant.id),
                                                  by: teller) else {
            throw LocalizedMessage(.openingGuardianNotVerified, guardian.name)
        }
        return guardian
    }
}
