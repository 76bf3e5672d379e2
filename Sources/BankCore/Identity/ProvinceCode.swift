/// The province-level codes (GB/T 2260) a resident ID number may start with.
///
/// Decided list: 11–15 Beijing, Tianjin, Hebei, Shanxi, Inner Mongolia;
/// 21–23 Liaoning, Jilin, Heilongjiang; 31–37 Shanghai, Jiangsu, Zhejiang,
/// Anhui, Fujian, Jiangxi, Shandong; 41–46 Henan, Hubei, Hunan, Guangdong,
/// Guangxi, Hainan; 50–54 Chongqing, Sichuan, Guizhou, Yunnan, Tibet;
/// 61–65 Shaanxi, Gansu, Qinghai, Ningxia, Xinjiang; 71 Taiwan;
/// 81 Hong Kong and 82 Macau (residence permits for Hong Kong / Macau
/// residents, since 2018); 83 residence permits for Taiwan residents.
/// Anything else (e.g. 10, 16, 20, 90) is refused as `IDProblem.region`.
public enum ProvinceCode {
    /// Every accepted two-digit code.
    public static let all: Set<Int> = Set(11...15).union(21...23).union(31...37).union(41...46)
        .union(50...54).union(61...65).union([71, 81, 82, 83])

    /// True when `code` (0–99) is a province-level code in the list above.
    public static func isKnown(_ code: Int) -> Bool { all.contains(code) }
}
