/**
 * 杨浦区区本级电子政务项目通用类配置标准 (Yangpu District Configuration Standard for General-Purpose Items of District-Level E-Government Projects).
 * Text: sources/000_5dfbf7890559298e.txt. Generated from the source by slicing; glosses written by hand.
 */
import { defineDocument } from "../define.ts"

export default defineDocument({
  id: "yangpu-it-2018",
  titleZh: "杨浦区区本级电子政务项目通用类配置标准",
  titleEn: "Yangpu District Configuration Standard for General-Purpose Items of District-Level E-Government Projects",
  issuerZh: "上海市杨浦区人民政府办公室",
  number: null,
  published: "2018-01-31",
  inForceFrom: null,
  inForceUntil: null,
  startBound: {
    notBefore: "2018-01-31",
    evidence: "杨浦区人民政府办公室2018年1月31日",
    because: {
      zh: "原文未载明施行日期；印发通知落款为杨浦区人民政府办公室2018年1月31日，故不早于该日施行",
      en: "the source gives no date it took effect; the notice issuing it is signed by the district office on 2018-01-31, so it is in force no earlier than that day"
    }
  },
  level: "unknown",
  status: "unknown",
  coverage: "partial",
  notes:
    "Issuer and date come from the notice issuing the standard (上海市杨浦区人民政府办公室, signed 2018年1月31日); the source gives no document number, commencement date, level of force or status. The standard has no articles: the source holds section 一(一) with items 1-2 and three unnumbered paragraphs after them, catalogued as 1.1, 1.1.1-1.1.2 and 1.1.3-1.1.5, with chapter holding the enclosing section labels as printed; the introductory paragraph is not catalogued."
})
