/**
 * 上海市电子政务外网管理办法 (Shanghai Municipal Measures for the Administration of the E-Government Extranet).
 * Text: sources/000_5dfbf7890559298e.txt. Generated from the source by slicing; glosses written by hand.
 */
import { defineDocument } from "../define.ts"

export default defineDocument({
  id: "sh-extranet-2020",
  titleZh: "上海市电子政务外网管理办法",
  titleEn: "Shanghai Municipal Measures for the Administration of the E-Government Extranet",
  issuerZh: "上海市人民政府办公厅",
  number: "沪府办〔2020〕33号",
  published: "2020-05-29",
  inForceFrom: "2020-06-15",
  inForceUntil: null,
  startBound: null,
  level: "normative-document",
  status: "in-force",
  coverage: "partial",
  notes:
    "Issuer, number, dates (公布日期 2020.05.29, 施行日期 2020.06.15), level (地方规范性文件) and status (现行有效) come from the source's 文章属性 block. The source breaks off after 第七条 (unrelated transport news follows), so later articles are missing and art 7 may itself continue."
})
