/// Identity documents, MRZ checks, verifying a customer and their credentials.
/// Each key holds its English and Chinese text side by side; see StringKey.swift.
public extension StringKey {
    static let idType_resident_id = StringKey0("idType_resident_id", en: "Resident ID card", zh: "居民身份证")
    static let idType_passport = StringKey0("idType_passport", en: "Passport", zh: "护照")
    static let idType_hk_macau_permit = StringKey0("idType_hk_macau_permit", en: "HK/Macau travel permit", zh: "港澳居民来往内地通行证")
    static let idType_taiwan_permit = StringKey0("idType_taiwan_permit", en: "Taiwan travel permit", zh: "台湾居民来往大陆通行证")
    static let idType_foreign_permanent_residence = StringKey0("idType_foreign_permanent_residence",
        en: "Foreign permanent residence card",
        zh: "外国人永久居留身份证")
    static let idEmpty = StringKey0("idEmpty", en: "Enter the document number.", zh: "请输入证件号码。")
    static let idLength = StringKey2("idLength",
        en: { "The number must have \($0) \(plural($0, "character", "characters")); it has \($1)." },
        zh: { "号码应为 \($0) 位，当前为 \($1) 位。" })
    static let idCharacter = StringKey1("idCharacter", en: { "Character \($0) of the number is not allowed there." }, zh: { "号码第 \($0) 位字符不合规。" })
    static let idRegion = StringKey0("idRegion", en: "The first two digits are not a province code: check the number.", zh: "前两位不是有效的省级行政区代码，请核对号码。")
    static let idBirthDate = StringKey0("idBirthDate",
        en: "The birth date inside the number is not a real date, or is in the future.",
        zh: "号码中的出生日期无效或晚于今天。")
    static let idCheckDigit = StringKey0("idCheckDigit",
        en: "The check digit (last character) does not match: the number is mistyped or not genuine.",
        zh: "校验位（最后一位）不符：号码输入有误或证件不真实。")
    static let idExpired = StringKey1("idExpired", en: { "The document expired on \($0); it cannot be accepted." }, zh: { "证件已于 \($0) 过期，不能受理。" })
    static let idNotYetValid = StringKey1("idNotYetValid", en: { "The document is valid only from \($0)." }, zh: { "证件自 \($0) 起才生效。" })
    static let idExpiryMissing = StringKey0("idExpiryMissing", en: "Enter the document's expiry date (YYYY-MM-DD).", zh: "请输入证件有效期截止日（YYYY-MM-DD）。")
    static let idFormat = StringKey0("idFormat", en: "The number does not have the form this document type uses.", zh: "号码格式与该证件类型不符。")
    static let mrzLineLength = StringKey2("mrzLineLength",
        en: { "MRZ line \($0) must have 44 characters; it has \($1)." },
        zh: { "MRZ 第 \($0) 行应为 44 个字符，当前为 \($1) 个。" })
    static let mrzCharacter = StringKey2("mrzCharacter",
        en: { "MRZ line \($0), character \($1) is not allowed (only A–Z, 0–9 and <)." },
        zh: { "MRZ 第 \($0) 行第 \($1) 个字符不合规（只能是 A–Z、0–9 和 <）。" })
    static let mrzFieldProblem = StringKey1("mrzFieldProblem",
        en: { "In the MRZ, \($0) is not written as a passport writes it: check that part of the line." },
        zh: { "MRZ 中\($0)的写法不符合护照格式：请核对该部分。" })
    static let mrzCheckDigitProblem = StringKey1("mrzCheckDigitProblem",
        en: { "The MRZ check digit of \($0) does not match: that part was misread or mistyped." },
        zh: { "MRZ 中\($0)的校验位不符：该部分识读或输入有误。" })
    static let docCheckTitle = StringKey0("docCheckTitle", en: "Identity document check", zh: "证件核验")
    static let docCheckRun = StringKey0("docCheckRun", en: "Check", zh: "核验")
    static let docCheckRunLong = StringKey0("docCheckRunLong",
        en: "Check the document number, check digits and expiry; the check is recorded",
        zh: "核验证件号码、校验位和有效期，并记录核验结果")
    static let docCheckMRZ1 = StringKey0("docCheckMRZ1", en: "Passport MRZ line 1", zh: "护照 MRZ 第 1 行")
    static let docCheckMRZ2 = StringKey0("docCheckMRZ2", en: "Passport MRZ line 2", zh: "护照 MRZ 第 2 行")
    static let docCheckMRZHint = StringKey0("docCheckMRZHint",
        en: "Type or paste the 44 characters of the line (passports only).",
        zh: "输入或粘贴该行 44 个字符（仅限护照）。")
    static let docCheckOK = StringKey1("docCheckOK", en: { "Document accepted: \($0)." }, zh: { "证件核验通过：\($0)。" })
    static let docCheckPassportOK = StringKey3("docCheckPassportOK",
        en: { "Passport accepted: \($0), No. \($1), valid until \($2)." },
        zh: { "护照核验通过：\($0)，号码 \($1)，有效期至 \($2)。" })
    static let verifyTitle = StringKey1("verifyTitle", en: { "Verify \($0)" }, zh: { "核验 \($0)" })
    static let verifyFor = StringKey1("verifyFor", en: { "For service: \($0)" }, zh: { "用于业务：\($0)" })
    static let verifyMethod = StringKey0("verifyMethod", en: "Method", zh: "核验方式")
    static let verifySecret = StringKey0("verifySecret", en: "PIN or one-time code", zh: "密码或动态码")
    static let verifySecretHint = StringKey0("verifySecretHint", en: "The customer types it; it is never shown.", zh: "由客户输入，不会显示。")
    static let verifyResult = StringKey0("verifyResult", en: "Result (attested checks)", zh: "结果（人工核验）")
    static let verifyResultHint = StringKey0("verifyResultHint",
        en: "For fingerprint, face or photo: what the device or your comparison showed.",
        zh: "指纹、人脸或照片：设备或您比对的结果。")
    static let verifyMatch = StringKey0("verifyMatch", en: "match", zh: "一致")
    static let verifyNoMatch = StringKey0("verifyNoMatch", en: "no match", zh: "不一致")
    static let verifyPassed = StringKey0("verifyPassed", en: "Customer verified.", zh: "客户身份核验通过。")
    static let verifyFailedAttested = StringKey0("verifyFailedAttested",
        en: "The check did not match: the customer is not verified. It was recorded.",
        zh: "核验不一致：客户身份未通过，已记录。")
    static let method_pin = StringKey0("method_pin", en: "Card PIN", zh: "银行卡密码")
    static let method_otp = StringKey0("method_otp", en: "One-time code", zh: "动态验证码")
    static let method_photo = StringKey0("method_photo", en: "Photo compared", zh: "照片比对")
    static let method_fingerprint = StringKey0("method_fingerprint", en: "Fingerprint", zh: "指纹")
    static let method_face = StringKey0("method_face", en: "Face recognition", zh: "人脸识别")
    static let doc_id_original = StringKey0("doc_id_original", en: "ID original", zh: "证件原件")
    static let doc_id_copy = StringKey0("doc_id_copy", en: "ID copy", zh: "证件复印件")
    static let doc_address_proof = StringKey0("doc_address_proof", en: "Address proof", zh: "地址证明")
    static let cardNumber = StringKey0("cardNumber", en: "Bank card number", zh: "银行卡号")
    static let cardHint = StringKey0("cardHint",
        en: "16 to 19 digits; checked with the Luhn check digit and shown masked.",
        zh: "16 到 19 位数字；按 Luhn 校验位核验并掩码显示。")
    static let cardOK = StringKey1("cardOK", en: { "Card number valid: \($0)." }, zh: { "卡号有效：\($0)。" })
    static let cardInvalid = StringKey0("cardInvalid",
        en: "The card number is not valid (16–19 digits with a correct check digit).",
        zh: "卡号无效（须为 16–19 位且校验位正确）。")
    static let credentialNeedsDocumentCheck = StringKey0("credentialNeedsDocumentCheck",
        en: "Check the customer's identity document in this visit first (at this terminal, by you); then set the credential.",
        zh: "请先在本次办理中核验客户的身份证件（由您本人在本终端核验），再设置凭证。")
    static let credentialNeedsApproval = StringKey0("credentialNeedsApproval",
        en: "Setting a customer's PIN or one-time-code secret needs a supervisor's approval: ask a supervisor to confirm with their own ID and PIN.",
        zh: "设置客户密码或动态口令密钥需要主管批准：请主管用自己的工号和密码确认。")
    static let credentialReplaceNotConfirmed = StringKey0("credentialReplaceNotConfirmed",
        en: "The customer already has this credential. Confirm with the customer that it is to be replaced, then try again.",
        zh: "客户已有此凭证。请与客户确认要更换后再试。")
    static let credentialCoolingOff = StringKey2("credentialCoolingOff",
        en: { "A PIN or one-time-code secret replaced recently may authorise at most \($0) until \($1). Verify the customer another way, or pay a smaller amount." },
        zh: { "近期更换的密码或动态口令在 \($1) 之前最多只能授权 \($0)。请用其他方式核验客户，或减少金额。" })
    static let noticePINSet = StringKey1("noticePINSet",
        en: { "[Bank] A card PIN was set for you at the branch on \($0). If this was not you, call the bank at once." },
        zh: { "【银行】您已于 \($0) 在网点设置银行卡密码。如非本人操作，请立即致电银行。" })
    static let noticePINReplaced = StringKey1("noticePINReplaced",
        en: { "[Bank] Your card PIN was changed at the branch on \($0). If this was not you, call the bank at once." },
        zh: { "【银行】您的银行卡密码已于 \($0) 在网点更换。如非本人操作，请立即致电银行。" })
    static let noticeOTPEnrolled = StringKey1("noticeOTPEnrolled",
        en: { "[Bank] One-time codes were set up for you at the branch on \($0). If this was not you, call the bank at once." },
        zh: { "【银行】您已于 \($0) 在网点开通动态口令。如非本人操作，请立即致电银行。" })
    static let noticeOTPReplaced = StringKey1("noticeOTPReplaced",
        en: { "[Bank] Your one-time-code device was replaced at the branch on \($0). If this was not you, call the bank at once." },
        zh: { "【银行】您的动态口令已于 \($0) 在网点更换。如非本人操作，请立即致电银行。" })
    static let credentialApprovalWhy = StringKey0("credentialApprovalWhy",
        en: "A new customer PIN or one-time-code secret needs a supervisor's approval.",
        zh: "设置客户新密码或动态口令需要主管批准。")
    static let credentialReplacePINQuestion = StringKey1("credentialReplacePINQuestion",
        en: { "The customer already has a card PIN. Replace it? For \($0) \(plural($0, "hour", "hours")) the new PIN can authorise only small amounts." },
        zh: { "客户已有银行卡密码。确定更换吗？更换后 \($0) 小时内新密码只能授权小额交易。" })
    static let credentialReplaceOTPQuestion = StringKey1("credentialReplaceOTPQuestion",
        en: { "The customer already has one-time codes. Replace the secret? The old device stops working; for \($0) \(plural($0, "hour", "hours")) the new one can authorise only small amounts." },
        zh: { "客户已开通动态口令。确定更换密钥吗？旧设备将失效；\($0) 小时内新口令只能授权小额交易。" })
    static let identityMRZDocumentType = StringKey0("identityMRZDocumentType",
        en: "the document type (line 1, characters 1–2)",
        zh: "证件类型（第 1 行第 1–2 位）")
    static let identityMRZIssuingState = StringKey0("identityMRZIssuingState",
        en: "the issuing state (line 1, characters 3–5)",
        zh: "签发国（第 1 行第 3–5 位）")
    static let identityMRZName = StringKey0("identityMRZName", en: "the name (line 1, characters 6–44)", zh: "姓名（第 1 行第 6–44 位）")
    static let identityMRZDocumentNumber = StringKey0("identityMRZDocumentNumber",
        en: "the passport number (line 2, characters 1–9, check digit at 10)",
        zh: "护照号码（第 2 行第 1–9 位，校验位在第 10 位）")
    static let identityMRZNationality = StringKey0("identityMRZNationality",
        en: "the nationality (line 2, characters 11–13)",
        zh: "国籍（第 2 行第 11–13 位）")
    static let identityMRZBirthDate = StringKey0("identityMRZBirthDate",
        en: "the date of birth (line 2, characters 14–19, check digit at 20)",
        zh: "出生日期（第 2 行第 14–19 位，校验位在第 20 位）")
    static let identityMRZSex = StringKey0("identityMRZSex", en: "the sex (line 2, character 21)", zh: "性别（第 2 行第 21 位）")
    static let identityMRZExpiryDate = StringKey0("identityMRZExpiryDate",
        en: "the expiry date (line 2, characters 22–27, check digit at 28)",
        zh: "有效期（第 2 行第 22–27 位，校验位在第 28 位）")
    static let identityMRZPersonalNumber = StringKey0("identityMRZPersonalNumber",
        en: "the personal number (line 2, characters 29–42, check digit at 43)",
        zh: "个人号码（第 2 行第 29–42 位，校验位在第 43 位）")
    static let identityMRZComposite = StringKey0("identityMRZComposite",
        en: "line 2 as a whole (the composite check digit, character 44)",
        zh: "第 2 行整体（综合校验位，第 44 位）")
    static let identityCardCheckDigit = StringKey0("identityCardCheckDigit",
        en: "The card number's check digit (the last digit, Luhn check) does not match: a digit is mistyped or two are swapped.",
        zh: "卡号校验位（最后一位，Luhn 校验）不符：有数字输错或相邻两位颠倒。")
    static let identityCardLength = StringKey3("identityCardLength",
        en: { "A card number has \($0) to \($1) digits; this one has \($2)." },
        zh: { "卡号应为 \($0) 至 \($1) 位数字，现为 \($2) 位。" })
    static let identityCardCharacter = StringKey1("identityCardCharacter",
        en: { "A card number holds digits only: character \($0) is not a digit." },
        zh: { "卡号只能包含数字：第 \($0) 位不是数字。" })
    static let identityPanelLastCheck = StringKey0("identityPanelLastCheck", en: "Last ID check", zh: "最近证件核验")
    static let identityPanelCheckAccepted = StringKey2("identityPanelCheckAccepted", en: { "\($0) \($1) accepted" }, zh: { "\($0) \($1) 通过" })
    static let identityPanelCheckRefused = StringKey2("identityPanelCheckRefused", en: { "\($0) \($1) refused" }, zh: { "\($0) \($1) 未通过" })
    static let identityPanelCheckTicket = StringKey1("identityPanelCheckTicket", en: { "(ticket \($0))" }, zh: { "（号票 \($0)）" })
    static let identityCheckLinked = StringKey1("identityCheckLinked", en: { "Recorded for \($0)." }, zh: { "已记入 \($0) 名下。" })
    static let identityCheckLinkedTicket = StringKey2("identityCheckLinkedTicket",
        en: { "Recorded for \($0), visit \($1)." },
        zh: { "已记入 \($0) 名下，本次到访号票 \($1)。" })
}

extension StringKey {
    /// Every key in this file, for the tests that walk all strings (a test checks none is missing).
    static let identityKeys: [StringKey] = [
        .idType_resident_id, .idType_passport, .idType_hk_macau_permit, .idType_taiwan_permit,
        .idType_foreign_permanent_residence, .idEmpty, .idLength, .idCharacter, .idRegion, .idBirthDate, .idCheckDigit,
        .idExpired, .idNotYetValid, .idExpiryMissing, .idFormat, .mrzLineLength, .mrzCharacter, .mrzFieldProblem,
        .mrzCheckDigitProblem, .docCheckTitle, .docCheckRun, .docCheckRunLong, .docCheckMRZ1, .docCheckMRZ2,
        .docCheckMRZHint, .docCheckOK, .docCheckPassportOK, .verifyTitle, .verifyFor, .verifyMethod, .verifySecret,
        .verifySecretHint, .verifyResult, .verifyResultHint, .verifyMatch, .verifyNoMatch, .verifyPassed,
        .verifyFailedAttested, .method_pin, .method_otp, .method_photo, .method_fingerprint, .method_face,
        .doc_id_original, .doc_id_copy, .doc_address_proof, .cardNumber, .cardHint, .cardOK, .cardInvalid,
        .credentialNeedsDocumentCheck, .credentialNeedsApproval, .credentialReplaceNotConfirmed, .credentialCoolingOff,
        .noticePINSet, .noticePINReplaced, .noticeOTPEnrolled, .noticeOTPReplaced, .credentialApprovalWhy,
        .credentialReplacePINQuestion, .credentialReplaceOTPQuestion, .identityMRZDocumentType,
        .identityMRZIssuingState, .identityMRZName, .identityMRZDocumentNumber, .identityMRZNationality,
        .identityMRZBirthDate, .identityMRZSex, .identityMRZExpiryDate, .identityMRZPersonalNumber,
        .identityMRZComposite, .identityCardCheckDigit, .identityCardLength, .identityCardCharacter,
        .identityPanelLastCheck, .identityPanelCheckAccepted, .identityPanelCheckRefused, .identityPanelCheckTicket,
        .identityCheckLinked, .identityCheckLinkedTicket,
    ]
}
