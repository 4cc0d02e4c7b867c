/**
 * 上海市政府网站安全保障指南(试行) (Shanghai Government Website Security Assurance Guide (Trial)).
 * Text: sources/000_5dfbf7890559298e.txt. Generated from the source by slicing; glosses written by hand.
 */
import { defineDocument } from "../define.ts"

export default defineDocument({
  id: "sh-website-security-2012",
  titleZh: "上海市政府网站安全保障指南(试行)",
  titleEn: "Shanghai Government Website Security Assurance Guide (Trial)",
  issuerZh: "上海市网络与信息安全协调小组",
  number: "沪网安办[2012]2号",
  published: "2012-03-02",
  inForceFrom: "2012-03-02",
  inForceUntil: null,
  startBound: null,
  level: "normative-document",
  status: "in-force",
  coverage: "partial",
  notes:
    "Issuer (制定机关; the issuing notice is from its 办公室), number, dates, level (地方规范性文件) and status (现行有效) come from the source's 文章属性 block. The guide has no articles: only section 一(一) items 1-3 are in the source, catalogued as 1.1.1-1.1.3 with chapter holding the enclosing section labels as printed; the three introductory paragraphs (purpose, basis, scope) are not catalogued."
})
