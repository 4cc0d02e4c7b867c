/**
 * GB/T 22239-2019《信息安全技术 网络安全等级保护基本要求》 (the national graded-protection baseline),
 * cited as a reference. Text: sources/reference/password-controls-gbt22239-summary.txt, a study note
 * tabulating the identification and access-control requirements of the computing environment by
 * protection level (√ = required at that level). The "articles" are the SDK's numbering of the
 * note's two tables, not the standard's clause numbers.
 */
import { defineDocument } from "../define.ts"

export default defineDocument({
  id: "gbt-22239-2019",
  titleZh: "信息安全技术 网络安全等级保护基本要求",
  titleEn: "Information Security Technology — Baseline for Classified Protection of Cybersecurity",
  issuerZh: null,
  number: "GB/T 22239-2019",
  published: null,
  inForceFrom: null,
  inForceUntil: null,
  startBound: {
    notBefore: "2019-01-01",
    evidence: "GB/T 22239-2019",
    because: {
      zh: "参考资料未载明实施日期；标准编号GB/T 22239-2019表明其于2019年发布，故不早于2019年1月1日实施",
      en: "the reference gives no date it took effect; its designation GB/T 22239-2019 says it was issued in 2019, so it is in force no earlier than 2019-01-01"
    }
  },
  level: "unknown",
  status: "unknown",
  coverage: "partial",
  notes:
    "National standard, cited as a reference: not Shanghai text and not in the primary corpus. The reference file is a secondary study note whose wording matches the standard as commonly quoted; it gives no dates or issuer, and clause numbers only for level 3 (§8.1.4.1), so articles are numbered by the SDK: 1 identification and authentication (身份鉴别 a-d), 2 the password-related access-control items. The note gives no numbers (length, rotation, lock-out): the usual ones are testing practice, which the SDK keeps as configurable defaults, not as this standard's text. Level 5 is not tabulated.",
  source: "reference/password-controls-gbt22239-summary.txt"
})
