/**
 * XXX密码使用管理制度 (Password Use Management Rules for an E-Government Cloud Platform (template)).
 * Text: sources/000_5dfbf7890559298e.txt. Generated from the source by slicing; glosses written by hand.
 */
import { defineDocument } from "../define.ts"

export default defineDocument({
  id: "egov-cloud-password",
  titleZh: "XXX密码使用管理制度",
  titleEn: "Password Use Management Rules for an E-Government Cloud Platform (template)",
  issuerZh: null,
  number: null,
  published: null,
  inForceFrom: null,
  inForceUntil: null,
  startBound: {
    notBefore: null,
    evidence: null,
    because: {
      zh: "该制度为未填写单位名称的模板，未载明施行日期；所依据的《信息安全建设总体策略规定》未注明日期，无法推定最早施行日",
      en: "a template with the organisation left blank and no date it took effect; the policy it is based on (《信息安全建设总体策略规定》) carries no date, so its text implies no earliest day"
    }
  },
  level: "unknown",
  status: "unknown",
  coverage: "partial",
  notes:
    "A template with the organisation left as XXX (上海市XXX电子政务云平台); the title as printed is XXX密码使用管理制度, and no issuer, number, dates, level or status are given. Its table of contents lists seven chapters; the source holds chapters 1-2 and chapter 3 up to 第九条, whose sub-heading 3.1用户安全管理 is recorded as the article's heading."
})
