import BankCore
import Testing

/// Account numbers: layout, known answers, round trip and mutation.
@Suite struct AccountNumberAccountRulesTests {
    private typealias F = AccountRulesFixtures

    @Test func knownAnswers() {
        #expect(AccountNumber.make(branchNumber: 1, type: .savings, sequence: 1) == "620001200000000018")
        #expect(AccountNumber.make(branchNumber: 9999, type: .timeDeposit, sequence: 123) == "629999300000001233")
        #expect(AccountNumber.make(branchNumber: 1234, type: .current, sequence: 9_999_999_999) == "621234199999999999")
        #expect(AccountNumber.make(branchNumber: 0, type: .current, sequence: 1) == "620000100000000011")
    }

    @Test func typeDigits() {
        #expect(AccountType.current.numberDigit == "1")
        #expect(AccountType.savings.numberDigit == "2")
        #expect(AccountType.timeDeposit.numberDigit == "3")
        #expect(AccountType.timeDeposit.rawValue == "time_deposit")
    }

    @Test func currencyMinorUnits() {
        #expect(Currency.allCases.map(\.rawValue) == ["CNY", "USD", "EUR", "HKD", "JPY", "GBP"])
        for currency in Currency.allCases {
            #expect(currency.minorUnits == (currency == .jpy ? 0 : 2))
        }
    }

    @Test(arguments: AccountType.allCases)
    func roundTrip(_ type: AccountType) {
        for branch in [0, 1, 42, 1234, 9999] {
            for sequence: Int64 in [1, 7, 99, 123_456, 1_000_000_000, 9_999_999_999] {
                let number = AccountNumber.make(branchNumber: branch, type: type, sequence: sequence)
                #expect(number.count == 18)
                #expect(number.hasPrefix("62"))
                #expect(Array(number)[6] == type.numberDigit)
                #expect(Int(String(Array(number)[2..<6])) == branch)
                #expect(Int64(String(Array(number)[7..<17])) == sequence)
                #expect(AccountNumber.isValid(number), "refused \(number)")
            }
        }
    }

    @Test(arguments: ["620001200000000018", "629999300000001233", "621234199999999999", "620000100000000011"])
    func everySingleDigitSubstitutionIsRefused(_ valid: String) {
        #expect(AccountNumber.isValid(valid))
        var tried = 0
        for index in 0..<18 {
            for replacement in "0123456789" where replacement != Array(valid)[index] {
                let mutant = F.replacing(valid, at: index, with: replacement)
                tried += 1
                #expect(!AccountNumber.isValid(mutant), "accepted \(mutant)")
            }
        }
        #expect(tried == 18 * 9)
    }

    @Test func wrongPrefixLengthOrCharactersAreRefused() {
        // Luhn-valid but not "62".
        #expect(!AccountNumber.isValid("630001200000000017"))
        #expect(Luhn.isValid("630001200000000017"))
        // Luhn-valid with an unknown type digit (4 and 0).
        #expect(Luhn.isValid("620001400000000014"))
        #expect(!AccountNumber.isValid("620001400000000014"))
        #expect(Luhn.isValid("620001000000000012"))
        #expect(!AccountNumber.isValid("620001000000000012"))
        // Lengths 17 and 19, even when Luhn-valid.
        #expect(!AccountNumber.isValid("62000120000000001"))
        #expect(Luhn.isValid("6200012000000000188"))
        #expect(!AccountNumber.isValid("6200012000000000188"))
        // Spaces, full-width digits, letters, empty.
        #expect(!AccountNumber.isValid("6200 0120 0000 0000 18"))
        #expect(!AccountNumber.isValid("６20001200000000018"))
        #expect(!AccountNumber.isValid("62000120000000001X"))
        #expect(!AccountNumber.isValid(""))
    }

    @Test func neighbourSwapsAreRefused() {
        let valid = "629999300000001233"
        var characters = Array(valid)
        for index in 0..<17 where characters[index] != characters[index + 1] {
            characters.swapAt(index, index + 1)
            let swapped = String(characters)
            characters.swapAt(index, index + 1)
            // Luhn misses only 0↔9 swaps; this number has none next to each other.
            #expect(!AccountNumber.isValid(swapped), "accepted \(swapped)")
        }
    }

    @Test func masking() {
        #expect(AccountNumber.masked("620001200000000018") == "620001********0018")
        #expect(AccountNumber.masked("1234567890") == "**********")
        #expect(AccountNumber.masked("") == "")
    }
}
