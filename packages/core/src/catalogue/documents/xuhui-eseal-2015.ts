/**
 * 徐汇区政府电子政务系统公文印章使用管理办法(暂行) (Xuhui District Measures for the Use and Management of Official-Document Seals in the Government E-Government System (Interim)).
 * Text: sources/000_5dfbf7890559298e.txt. Generated from the source by slicing; glosses written by hand.
 */
import { defineDocument } from "../define.ts"

export default defineDocument({
  id: "xuhui-eseal-2015",
  titleZh: "徐汇区政府电子政务系统公文印章使用管理办法(暂行)",
  titleEn:
    "Xuhui District Measures for the Use and Management of Official-Document Seals in the Government E-Government System (Interim)",
  issuerZh: "上海市徐汇区人民政府及其他机构",
  number: "徐府办发〔2015〕4号",
  published: "2015-01-28",
  inForceFrom: "2015-01-28",
  inForceUntil: null,
  startBound: null,
  level: "normative-document",
  status: "in-force",
  coverage: "partial",
  notes:
    "Issuer (as the 制定机关 field words it; the issuing notice is from 上海市徐汇区人民政府办公室), number, dates, level (地方规范性文件) and status (现行有效) come from the source's 文章属性 block. The source stops after 第七条 in chapter 2 with no closing provisions, so later articles are presumably missing."
})
