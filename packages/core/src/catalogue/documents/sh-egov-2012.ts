/**
 * 上海市电子政务管理办法 (Shanghai Municipal Measures for the Administration of E-Government).
 * Text: sources/000_5dfbf7890559298e.txt. Generated from the source by slicing; glosses written by hand.
 */
import { defineDocument } from "../define.ts"

export default defineDocument({
  id: "sh-egov-2012",
  titleZh: "上海市电子政务管理办法",
  titleEn: "Shanghai Municipal Measures for the Administration of E-Government",
  issuerZh: "上海市人民政府",
  number: "沪府发〔2012〕53号",
  published: "2012-05-28",
  inForceFrom: "2012-05-28",
  inForceUntil: null,
  startBound: null,
  level: "normative-document",
  status: "in-force",
  coverage: "complete",
  notes:
    "Issuer, dates, level (地方规范性文件) and status (现行有效) come from the 文章属性 block printed before the first, truncated copy in the source (which prints the number as 沪府发[2012]53号); the number is as printed in the notice of the complete copy, and art 39 confirms it took effect on issue. Articles are taken from the complete copy near the end of the source."
})
