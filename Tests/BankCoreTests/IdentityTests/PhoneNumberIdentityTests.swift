import BankCore
import Testing

/// Mobile, landline and international phone numbers, and their near misses.
@Suite struct PhoneNumberIdentityTests {
    private typealias F = IdentityFixtures

    @Test(arguments: [
        ("13812345678", "13812345678"),
        ("138 1234 5678", "13812345678"),
        ("138-1234-5678", "13812345678"),
        ("19912345678", "19912345678"),
        ("010-12345678", "01012345678"),
        ("0755 8123 4567", "075581234567"),
        ("021-6123456", "0216123456"),
        ("+86 138 1234 5678", "+8613812345678"),
        ("+44 20 7946 0958", "+442079460958"),
        ("+12025550123", "+12025550123"),
        ("１３８１２３４５６７８", "13812345678"),
    ])
    func accepted(text: String, normalised: String) {
        #expect(F.value(PhoneNumber.validate(text)) == normalised)
    }

    @Test(arguments: [
        ("", IDProblem.empty),
        (" - ", .empty),
        ("1381234567", .length(expected: "11", actual: 10)),
        ("138123456789", .length(expected: "11", actual: 12)),
        ("12812345678", .format),
        ("11812345678", .format),
        ("10012345678", .format),
        ("12345678901", .format),
        ("010123456", .length(expected: "10-12", actual: 9)),
        ("0101234567890", .length(expected: "10-12", actual: 13)),
        ("0012345678", .format),
        ("+1234567", .length(expected: "8-15", actual: 7)),
        ("+1234567890123456", .length(expected: "8-15", actual: 16)),
        ("+0123456789", .format),
        ("+", .length(expected: "8-15", actual: 0)),
        ("56781234", .format),
        ("138123A5678", .character(position: 7)),
        ("138+12345678", .character(position: 4)),
        ("+86(10)12345678", .character(position: 4)),
        ("++8613812345678", .character(position: 2)),
    ])
    func refused(text: String, expected: IDProblem) {
        #expect(F.problem(PhoneNumber.validate(text)) == expected)
    }
}
