/**
 * 上海市数据条例 (Shanghai Municipal Data Regulations).
 * Text: sources/000_5dfbf7890559298e.txt. Generated from the source by slicing; glosses written by hand.
 */
import { defineDocument } from "../define.ts"

export default defineDocument({
  id: "sh-data-2021",
  titleZh: "上海市数据条例",
  titleEn: "Shanghai Municipal Data Regulations",
  issuerZh: "上海市人大及其常委会",
  number: "上海市人民代表大会常务委员会公告〔十五届〕第九十四号",
  published: "2021-11-25",
  inForceFrom: "2022-01-01",
  inForceUntil: null,
  startBound: null,
  level: "local-statute",
  status: "in-force",
  coverage: "partial",
  notes:
    "Issuer, number, dates, level (省级地方性法规) and status (现行有效) come from the source's 文章属性 block and the announcement. Only arts 1-4 of chapter 1 are in the source."
})
