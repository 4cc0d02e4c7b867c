/**
 * 闵行区政务信息化项目管理办法 (Minhang District Measures for the Administration of Government IT Projects).
 * Text: sources/000_5dfbf7890559298e.txt. Generated from the source by slicing; glosses written by hand.
 */
import { defineDocument } from "../define.ts"

export default defineDocument({
  id: "minhang-it-2023",
  titleZh: "闵行区政务信息化项目管理办法",
  titleEn: "Minhang District Measures for the Administration of Government IT Projects",
  issuerZh: "上海市闵行区人民政府办公室",
  number: "闵府办发〔2023〕29号",
  published: "2023-09-08",
  inForceFrom: "2023-09-08",
  inForceUntil: null,
  startBound: null,
  level: "normative-document",
  status: "in-force",
  coverage: "partial",
  notes:
    "Issuer, number, dates, level (地方规范性文件) and status (现行有效) come from the source's 文章属性 block. Only arts 1-3 of chapter 1 are in the source, although its table of contents lists eight chapters (application, review, implementation, acceptance, operation and evaluation, supervision, supplementary)."
})
