/**
 * GB/T 22240-2020《信息安全技术 网络安全等级保护定级指南》 (the national graded-protection grading guide),
 * cited as a reference. Text: sources/reference/gbt22240-2020-grading-summary.txt, a summary of the
 * standard as reproduced by secondary sites (the standard itself is not freely copyable). The
 * "articles" are pieces of that summary, not clauses of the standard: the summary says its clause
 * numbers were not verified, so the SDK cites "the grading table" and "the five levels" only.
 */
import { defineDocument } from "../define.ts"

export default defineDocument({
  id: "gbt-22240-2020",
  titleZh: "信息安全技术 网络安全等级保护定级指南",
  titleEn: "Information Security Technology — Classification Guide for Classified Protection of Cybersecurity",
  issuerZh: null,
  number: "GB/T 22240-2020",
  published: null,
  inForceFrom: "2020-11-01",
  inForceUntil: null,
  startBound: null,
  level: "unknown",
  status: "unknown",
  coverage: "partial",
  notes:
    "National standard, cited as a reference: not Shanghai text and not in the primary corpus. The reference file records it as 2020-11-01实施 replacing GB/T 22240-2008 (whose grading matrix it says is identical); it gives no issuer or publication date, and its text is a cross-checked secondary summary, not the standard. Articles are pieces of that summary numbered by the SDK: 1 the grading table (the two grading factors, 表1 and the rule that business-information and system-service security are graded separately and the higher wins), 2 the five protection levels. They are not the standard's clause numbers.",
  source: "reference/gbt22240-2020-grading-summary.txt"
})
