import BankCore
import Testing

/// Known answers for amounts in Chinese capitals (大写), the way a bank
/// writes them on a voucher.
struct ChineseCapitalAmountTests {
    @Test(arguments: [
        (Int64(123_456), "人民币壹仟贰佰叁拾肆元伍角陆分"),
        (100_000, "人民币壹仟元整"),
        (1_000, "人民币壹拾元整"),
        (0, "人民币零元整"),
        (1, "人民币壹分"),
        (56, "人民币伍角陆分"),
        (50, "人民币伍角整"),
        (150, "人民币壹元伍角整"),
        (1_205, "人民币壹拾贰元零伍分"),
        (100_500, "人民币壹仟零伍元整"),
        (105_000, "人民币壹仟零伍拾元整"),
        (1_000_500, "人民币壹万零伍元整"),
        (10_050_000, "人民币壹拾万零伍佰元整"),
        (10_500_000, "人民币壹拾万伍仟元整"),
        (10_000_000_000, "人民币壹亿元整"),
        (10_000_500_000, "人民币壹亿零伍仟元整"),
        (20_100_000_000, "人民币贰亿零壹佰万元整"),
        (20_010_000_000, "人民币贰亿零壹拾万元整"),
        (1_000_000_000_000, "人民币壹佰亿元整"),
        (168_032, "人民币壹仟陆佰捌拾元叁角贰分"),
        (10_700_053, "人民币壹拾万柒仟元伍角叁分"),
        (999_999_999_999, "人民币玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
    ] as [(Int64, String)])
    func knownAnswers(fen: Int64, expected: String) {
        #expect(ChineseCapitalAmount.text(fen: fen) == expected)
    }

    @Test func outOfRangeAmountsHaveNoText() {
        #expect(ChineseCapitalAmount.text(fen: -1) == nil)
        #expect(ChineseCapitalAmount.text(fen: AmountParser.maximumMinorUnits + 1) == nil)
    }
}
