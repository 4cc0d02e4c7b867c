/**
 * 上海市数字证书使用管理办法 (Shanghai Municipal Measures for the Administration of the Use of Digital Certificates).
 * Text: sources/000_5dfbf7890559298e.txt. Generated from the source by slicing; glosses written by hand.
 */
import { defineDocument } from "../define.ts"

export default defineDocument({
  id: "sh-digital-cert",
  titleZh: "上海市数字证书使用管理办法",
  titleEn: "Shanghai Municipal Measures for the Administration of the Use of Digital Certificates",
  issuerZh: null,
  number: null,
  published: null,
  inForceFrom: null,
  inForceUntil: null,
  startBound: {
    notBefore: null,
    evidence: null,
    because: {
      zh: "原文未载明施行日期，所引用的《中华人民共和国电子签名法》等法律法规在来源中均未注明日期，无法据以推定最早施行日；徐汇区2015年1月28日印发的电子印章办法以同名办法为依据，可见同名文件至迟当时已存在，但无法确认即为本文本",
      en: "the source gives no date it took effect, and the laws it cites (the Electronic Signature Law and others) carry no dates in the source, so its text implies no earliest day; the Xuhui seal measures of 2015-01-28 cite measures of this title as their basis, so a text of that title existed by then, but not necessarily this one"
    }
  },
  level: "unknown",
  status: "unknown",
  coverage: "partial",
  notes:
    "The source gives only the text of arts 1-15, so issuer, number, dates, level of force and status are unknown; it ends with legal liability (art 15) and no commencement article, so the closing article(s) are probably missing. The copy has stray commas (e.g. 中华,人民共和国), full stops written as '.', and page numbers (1-4) inside arts 5, 7, 9 and 13, all kept verbatim."
})
