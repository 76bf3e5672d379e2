/// An amount in Chinese capital numerals (大写), as written on Chinese
/// vouchers and cheques so a figure cannot be altered: 人民币壹仟贰佰叁拾肆元伍角陆分.
///
/// The rules, as banks write them (《支付结算办法》 附件):
/// - digits 零壹贰叁肆伍陆柒捌玖, units 拾佰仟 inside each group of four,
///   and 万, 亿 between groups; `10` is 壹拾 (the 壹 is always written);
/// - zeros between figures are written once as 零 (1,005 壹仟零伍;
///   100,500 壹拾万零伍佰), trailing zeros are not written, and a group of
///   four that is all zeros is skipped (100,000,000 壹亿);
/// - an amount in whole 元 ends 元整; one that ends at 角 ends 角整; one with
///   分 ends at 分; 零 stands for a missing 角 between 元 and 分 (12.05
///   壹拾贰元零伍分); below one 元 there is no 零元 (0.56 伍角陆分);
///   nothing at all is 零元整.
public enum ChineseCapitalAmount {
    static let digits: [Character] = ["零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"]
    static let places = ["", "拾", "佰", "仟"]
    static let groups = ["", "万", "亿", "万亿"]

    /// `fen` (minor units of CNY) in capitals with the 人民币 prefix; nil for
    /// a negative amount or one above `AmountParser.maximumMinorUnits`.
    public static func text(fen: Int64, prefix: String = "人民币") -> String? {
        guard fen >= 0, fen <= AmountParser.maximumMinorUnits else { return nil }
        let yuan = fen / 100, jiao = Int((fen / 10) % 10), cent = Int(fen % 10)
        var text = yuanText(yuan)
        if jiao == 0 && cent == 0 { return prefix + (yuan == 0 ? "零" : text) + "元整" }
        if yuan > 0 { text += "元" }
        if jiao > 0 {
            text.append(digits[jiao])
            text += "角"
        } else if yuan > 0 {
            text += "零"
        }
        if cent > 0 {
            text.append(digits[cent])
            text += "分"
        } else {
            text += "整"
        }
        return prefix + text
    }

    /// The whole 元 in capitals, without the 元 (empty for zero).
    static func yuanText(_ yuan: Int64) -> String {
        var parts: [Int] = []
        var rest = yuan
        while rest > 0 {
            parts.append(Int(rest % 10_000))
            rest /= 10_000
        }
        var text = ""
        var zeroPending = false
        for index in parts.indices.reversed() {
            let group = parts[index]
            if group == 0 {
                if !text.isEmpty { zeroPending = true }
                continue
            }
            // A lower group that does not fill its thousands place, or follows an empty group, starts with 零.
            if !text.isEmpty && (zeroPending || group < 1_000) { text += "零" }
            text += groupText(group) + groups[index]
            zeroPending = false
        }
        return text
    }

    /// 0…9999 in capitals, inner zeros as one 零, trailing zeros dropped, leading ones ignored.
    static func groupText(_ group: Int) -> String {
        var text = ""
        var zero = false
        for place in stride(from: 3, through: 0, by: -1) {
            let digit = (group / [1, 10, 100, 1_000][place]) % 10
            if digit == 0 {
                if !text.isEmpty { zero = true }
                continue
            }
            if zero { text += "零" }
            zero = false
            text.append(digits[digit])
            text += places[place]
        }
        return text
    }
}
