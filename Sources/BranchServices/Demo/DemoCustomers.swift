import BankCore
import Foundation

/// Realistic people for the training branch: Chinese and Latin names,
/// resident ID numbers with correct check digits, valid phones, a few
/// foreigners with passports, some customers needing assistance.
enum DemoCustomers {
    struct Person {
        var name: String
        var region: String
        var birth: String
        var sequence: Int
        var phone: String
        var address: String
        var assistance: AssistanceNeed
        var language: String
    }

    static let people: [Person] = [
        Person(name: "张伟", region: "110105", birth: "19780412", sequence: 31, phone: "13801012345", address: "北京市朝阳区建国路 88 号", assistance: .none, language: "zh-Hans"),
        Person(name: "王秀英", region: "110108", birth: "19420930", sequence: 22, phone: "13911020304", address: "北京市海淀区中关村大街 27 号", assistance: .elderly, language: "zh-Hans"),
        Person(name: "李娜", region: "310115", birth: "19900215", sequence: 46, phone: "13661234567", address: "上海市浦东新区世纪大道 100 号", assistance: .none, language: "zh-Hans"),
        Person(name: "刘洋", region: "440305", birth: "19851120", sequence: 17, phone: "13510203040", address: "深圳市南山区科技园南路 9 号", assistance: .none, language: "zh-Hans"),
        Person(name: "陈静", region: "510104", birth: "19930708", sequence: 28, phone: "18628001234", address: "成都市锦江区春熙路 3 号", assistance: .none, language: "zh-Hans"),
        Person(name: "杨军", region: "420106", birth: "19600101", sequence: 13, phone: "13307150987", address: "武汉市武昌区中南路 12 号", assistance: .wheelchair, language: "zh-Hans"),
        Person(name: "赵敏", region: "330106", birth: "19880523", sequence: 64, phone: "15888881234", address: "杭州市西湖区文三路 478 号", assistance: .none, language: "zh-Hans"),
        Person(name: "黄磊", region: "320102", birth: "19750830", sequence: 35, phone: "13951700001", address: "南京市玄武区中山路 18 号", assistance: .hearing, language: "zh-Hans"),
        Person(name: "周芳", region: "370102", birth: "19990312", sequence: 82, phone: "17705310022", address: "济南市历下区泉城路 1 号", assistance: .none, language: "zh-Hans"),
        Person(name: "吴强", region: "500103", birth: "19700605", sequence: 51, phone: "13983001122", address: "重庆市渝中区解放碑 5 号", assistance: .none, language: "zh-Hans"),
        Person(name: "徐丽华", region: "350203", birth: "19381224", sequence: 20, phone: "13906001234", address: "厦门市思明区中山路 66 号", assistance: .visual, language: "zh-Hans"),
        Person(name: "孙浩", region: "210102", birth: "20010919", sequence: 73, phone: "15140001234", address: "沈阳市和平区太原街 2 号", assistance: .none, language: "zh-Hans"),
        Person(name: "马晓燕", region: "610113", birth: "19820227", sequence: 44, phone: "18691001234", address: "西安市雁塔区小寨东路 1 号", assistance: .none, language: "zh-Hans"),
        Person(name: "朱明", region: "430102", birth: "19660715", sequence: 19, phone: "13807311234", address: "长沙市芙蓉区五一大道 9 号", assistance: .none, language: "zh-Hans"),
        Person(name: "胡雪", region: "120101", birth: "19950101", sequence: 26, phone: "13602201234", address: "天津市和平区南京路 10 号", assistance: .none, language: "zh-Hans"),
        Person(name: "Wang Lei", region: "110101", birth: "19871009", sequence: 55, phone: "13700001111", address: "Dongcheng, Beijing", assistance: .none, language: "en"),
        Person(name: "Li Xiaoming", region: "440106", birth: "19920404", sequence: 97, phone: "13922223333", address: "Tianhe, Guangzhou", assistance: .none, language: "en"),
    ]

    /// Foreign customers identified by passport.
    static let foreigners: [(name: String, passport: String, expiry: String, birth: String, phone: String)] = [
        ("Anna Maria Eriksson", "L898902C3", "2031-04-15", "1974-08-12", "+46701234567"),
        ("John Smith", "533380006", "2029-09-30", "1983-03-21", "+447700900123"),
        ("Maria Garcia", "PAA123456", "2030-01-31", "1990-11-02", "13811112222"),
    ]

    /// The person's resident ID number with its computed check character.
    static func idNumber(_ person: Person) -> String {
        let first17 = person.region + person.birth + String(format: "%03d", person.sequence)
        return first17 + String(ResidentIDNumber.checkDigit(for: first17) ?? "0")
    }

    static func customers() -> [Customer] {
        var list = people.map { person in
            let birth = BusinessDate(String(person.birth.prefix(4)) + "-" + String(person.birth.dropFirst(4).prefix(2)) + "-"
                                     + String(person.birth.suffix(2)))!
            return Customer(id: 0, name: person.name, idType: .residentID, idNumber: idNumber(person), phone: person.phone,
                            address: person.address, birthDate: birth, preferredLanguage: person.language, assistance: person.assistance)
        }
        list += foreigners.map {
            Customer(id: 0, name: $0.name, idType: .passport, idNumber: $0.passport, idExpiry: BusinessDate($0.expiry),
                     phone: $0.phone, address: "", birthDate: BusinessDate($0.birth)!, preferredLanguage: "en")
        }
        return list
    }
}
