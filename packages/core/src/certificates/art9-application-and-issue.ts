/**
 * sh-digital-cert art 9:
 * 第九条(数字证书的申请和发放)申请使用数字证书的政府机构,法律法规授权的具有管理公共事务职能的组织,
 * 企事业单位,民办非企业单位(以下简称单位)或者个人,应当向电子认证服务机构提供合法,有效的证件或者证明材料.
 * 经审查符合申请条件的,双方签订数字证书使用服务协议,由电子认证服务机构发放数字证书并收取相关费用.
 * 因开展电子政务活动或者社会公共服务活动申请数字证书的,应当由单位集中办理.
 *
 * A unit or an individual applies to a certification service with lawful,
 * valid documents; the service reviews the application; once it meets the
 * conditions both sides sign the service agreement, then the service issues
 * the certificate and charges the fee. Certificates for e-government or public
 * services are applied for centrally by the unit, never by an individual on
 * their own.
 */
import * as Rule from "../decision/Rule.ts"
import type { Application, Issuance } from "./model.ts"
import * as Terms from "./terms.ts"

export const validDocumentsProvided = Rule.make<Application>({
  id: "certificates/valid-documents-provided",
  title: {
    zh: "申请人向电子认证服务机构提供合法、有效的证件或者证明材料",
    en: "the applicant gives the certification service lawful, valid documents or proof"
  },
  citations: ["sh-digital-cert/9"],
  check: ({ applicant, documentsValid }) => {
    const facts = { applicant: applicant.id, applicantKind: applicant.kind, documentsValid }
    return documentsValid
      ? Rule.satisfied(
          `“${applicant.id}” gave lawful, valid documents`,
          `「${applicant.id}」已提供合法、有效的证件或者证明材料`,
          facts
        )
      : Rule.violated(
          `“${applicant.id}” gave no lawful, valid documents or proof`,
          `「${applicant.id}」未提供合法、有效的证件或者证明材料`,
          facts
        )
  }
})

export const appliedCentrallyByUnit = Rule.make<Application>({
  id: "certificates/applied-centrally-by-unit",
  title: {
    zh: "因开展电子政务活动或者社会公共服务活动申请数字证书的，由单位集中办理",
    en: "certificates for e-government or public services are applied for centrally by the unit"
  },
  citations: ["sh-digital-cert/9"],
  check: ({ applicant, holder, domain }) => {
    const facts = { applicant: applicant.id, applicantKind: applicant.kind, holder: holder.id, domain }
    if (domain === "e-commerce")
      return Rule.notApplicable(
        "an e-commerce certificate may be applied for by a unit or an individual",
        "电子商务活动的数字证书可由单位或者个人申请",
        facts
      )
    return applicant.kind !== "individual"
      ? Rule.satisfied(
          `the unit “${applicant.id}” applies centrally for ${Terms.a(Terms.domain[domain].en)} certificate`,
          `由单位「${applicant.id}」集中办理`,
          facts
        )
      : Rule.violated(
          `${Terms.a(Terms.domain[domain].en)} certificate is applied for centrally by the unit, not by the individual “${applicant.id}”`,
          `因开展电子政务活动或者社会公共服务活动申请数字证书的，应当由单位集中办理，个人「${applicant.id}」不得自行申请`,
          facts
        )
  }
})

export const issuedAfterReviewAndAgreement = Rule.make<Pick<Issuance, "reviewPassed" | "agreementSigned">>({
  id: "certificates/issued-after-review-and-agreement",
  title: {
    zh: "经审查符合申请条件并签订数字证书使用服务协议后发放数字证书",
    en: "a certificate is issued only after a passed review and a signed service agreement"
  },
  citations: ["sh-digital-cert/9"],
  check: ({ reviewPassed, agreementSigned }) => {
    const facts = { reviewPassed, agreementSigned }
    if (!reviewPassed)
      return Rule.violated(
        "the application has not passed review: no certificate may be issued",
        "申请未经审查符合申请条件，不得发放数字证书",
        facts
      )
    if (!agreementSigned)
      return Rule.violated(
        "no service agreement is signed: no certificate may be issued",
        "双方未签订数字证书使用服务协议，不得发放数字证书",
        facts
      )
    return Rule.satisfied(
      "the application passed review and the service agreement is signed",
      "申请经审查符合条件，且已签订数字证书使用服务协议",
      facts
    )
  }
})
