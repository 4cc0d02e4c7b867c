/**
 * 政府网站管理办法 (Government Public Website Administration Measures).
 * Text: sources/000_5dfbf7890559298e.txt. Generated from the source by slicing; glosses written by hand.
 */
import { defineDocument } from "../define.ts"

export default defineDocument({
  id: "sh-gov-website",
  titleZh: "政府网站管理办法",
  titleEn: "Government Public Website Administration Measures",
  issuerZh: null,
  number: null,
  published: null,
  inForceFrom: null,
  inForceUntil: null,
  startBound: {
    notBefore: null,
    evidence: null,
    because: {
      zh: "原文未载明施行日期，也未引用任何注明日期的文件或事件，无法推定最早施行日",
      en: "the source gives no date it took effect and cites no dated document or event, so its text implies no earliest day"
    }
  },
  level: "unknown",
  status: "unknown",
  coverage: "partial",
  notes:
    "The source gives only the text of arts 1-6 with no issuer, number, dates, level or status (the text itself names the portal 中国上海 and Shanghai bodies such as 市政府办公厅 and 市信息委). Catalogued from the readable copy (a garbled machine-rewritten duplicate is excluded); that copy has stray fragments (第二章 right after 第一章总则, 构成) before 第二条), and art 6 is cut off after item (一)."
})
