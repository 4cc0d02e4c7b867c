/**
 * 上海市电子公文归档管理实施办法(暂行) (Shanghai Implementing Measures for Archiving Electronic Official Documents (Interim)).
 * Text: sources/000_5dfbf7890559298e.txt. Generated from the source by slicing; glosses written by hand.
 */
import { defineDocument } from "../define.ts"

export default defineDocument({
  id: "sh-archive-2005",
  titleZh: "上海市电子公文归档管理实施办法(暂行)",
  titleEn: "Shanghai Implementing Measures for Archiving Electronic Official Documents (Interim)",
  issuerZh: "上海市档案局",
  number: "沪档发〔2005〕220号",
  published: "2005-12-26",
  inForceFrom: "2006-04-01",
  inForceUntil: null,
  startBound: null,
  level: "normative-document",
  status: "in-force",
  coverage: "partial",
  notes:
    "Issuer (发布部门), dates (发布日期 2005.12.26, 实施日期 2006.04.01), level (地方规范性文件) and status (现行有效) come from the source's header; the number is as printed under the title (the header prints 沪档发[2005]220号). The source cuts off mid-sentence in 第六条; later articles are missing."
})
