import BankCore
import Foundation

/// Deterministic, realistic customers for a generated branch: mostly Chinese
/// names with resident ID numbers (valid region, birth date and check digit),
/// some foreigners with passports, 11-digit mobile numbers. Customer `i`
/// always gets the same person, and no two get the same ID number or phone,
/// so the benchmark can search for a customer it knows is there.
struct GeneratedPeople {
    static let surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高",
                           "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁",
                           "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "欧阳", "司马"]
    static let givenNames = ["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明",
                             "超", "秀兰", "霞", "平", "刚", "桂英", "华", "红", "玉兰", "建华", "建国", "志强", "晓明", "婷", "雪",
                             "慧", "鹏", "宇", "浩", "欣", "怡", "子涵", "梓轩", "思远", "嘉怡", "俊杰", "雨桐", "文博", "佳琪"]
    static let latinFirst = ["Anna", "John", "Maria", "David", "Sophie", "Lucas", "Emma", "Oliver", "Mia", "Noah", "Elena", "Pierre",
                             "Hans", "Yuki", "Omar", "Laura", "Marco", "Ingrid", "Tomás", "Aisha"]
    static let latinLast = ["Müller", "Smith", "García", "Rossi", "Dubois", "Schmidt", "Johnson", "Tanaka", "Kim", "Novak", "Silva",
                            "Brown", "Ivanova", "Haddad", "Larsen", "Costa", "Weber", "Okafor"]
    /// Region codes of the generated resident IDs (none used by the demo customers).
    static let regions = ["110101", "310104", "440103", "330102", "320106", "510107", "420102", "370103"]
    static let streets = ["人民路", "解放路", "中山路", "建设路", "和平路", "长江路", "黄河路", "新华路"]
    static let mobilePrefixes = ["138", "139", "150", "151", "186", "188", "177", "135"]

    /// One in ten customers is a foreigner with a Latin name and a passport.
    static func isForeigner(_ index: Int) -> Bool { index % 10 == 7 }

    /// Spreads consecutive indexes over the whole number space, so IDs and phones do not look sequential.
    static func scramble(_ index: Int, modulo: Int) -> Int {
        Int((Int64(index) &* 2_654_435_761) % Int64(modulo))
    }

    static func name(_ index: Int) -> String {
        let mix = scramble(index, modulo: 1_000_003)
        if isForeigner(index) {
            return latinFirst[mix % latinFirst.count] + " " + latinLast[(mix / latinFirst.count) % latinLast.count]
        }
        return surnames[mix % surnames.count] + givenNames[(mix / surnames.count) % givenNames.count]
    }

    /// Days of birth dates the generator spreads people over, from 1945.
    static let birthDays = 20_000
    /// Region, day of birth and sequence number cover this many people, each once.
    static var identities: Int { regions.count * birthDays * 1_000 }

    /// Index `i`'s identity, scrambled so neighbours differ in region, birth date and sequence (and so in the
    /// sex the sequence's last digit gives), yet no two indexes below `identities` share one.
    static func identity(_ index: Int) -> (region: String, birth: BusinessDate, sequence: Int) {
        let mixed = scramble(index, modulo: identities)
        return (regions[mixed % regions.count], BusinessDate(year: 1945, month: 1, day: 1)!.adding(days: (mixed / regions.count) % birthDays),
                mixed / (regions.count * birthDays))
    }

    /// A resident ID number: region, birth date, 3-digit sequence, check digit.
    static func residentID(_ index: Int) -> String {
        let (region, birth, sequence) = identity(index)
        let first17 = region + birth.description.replacingOccurrences(of: "-", with: "") + String(1_000 + sequence).dropFirst()
        return first17 + String(ResidentIDNumber.checkDigit(for: first17) ?? "0")
    }

    static func phone(_ index: Int) -> String {
        mobilePrefixes[index % mobilePrefixes.count] + String(format: "%08d", scramble(index / mobilePrefixes.count, modulo: 100_000_000))
    }

    static func passport(_ index: Int) -> String {
        "G" + String(format: "%08d", scramble(index, modulo: 100_000_000))
    }

    static func customer(_ index: Int) -> Customer {
        let foreigner = isForeigner(index)
        let birth = identity(index).birth
        let mix = scramble(index, modulo: 997)
        return Customer(id: 0, name: name(index), idType: foreigner ? .passport : .residentID,
                        idNumber: foreigner ? passport(index) : residentID(index), phone: phone(index),
                        address: "\(streets[mix % streets.count]) \(mix % 300 + 1) 号", birthDate: birth,
                        preferredLanguage: foreigner ? "en" : "zh-Hans",
                        assistance: birth.year < 1950 ? .elderly : .none)
    }
}
