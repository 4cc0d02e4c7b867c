/**
 * sh-digital-cert art 11:
 * 第十一条(数字证书的收费标准)用于电子政务和社会公共服务活动的数字证书的收费标准,应当经市价格主管部门
 * 会同有关部门批准.用于电子商务活动的数字证书的收费标准,由电子认证服务机构明码标示或者由数字证书使用
 * 服务协议约定.
 *
 * The fee standard for an e-government or public-service certificate is
 * approved by the municipal price authority with the departments concerned;
 * for an e-commerce certificate the service posts its price or the service
 * agreement sets it. When no fee is charged the article has nothing to check.
 */
import * as Rule from "../decision/Rule.ts"
import type { FeeQuery } from "./model.ts"
import * as Terms from "./terms.ts"

const factsOf = ({ domain, fee }: FeeQuery) => ({
  domain,
  charged: fee !== null,
  approvedByPriceAuthority: fee?.approvedByPriceAuthority ?? null,
  postedByService: fee?.postedByService ?? null,
  agreedInServiceAgreement: fee?.agreedInServiceAgreement ?? null
})

export const feeApprovedByPriceAuthority = Rule.make<FeeQuery>({
  id: "certificates/fee-approved-by-price-authority",
  title: {
    zh: "用于电子政务和社会公共服务活动的数字证书的收费标准经市价格主管部门会同有关部门批准",
    en: "e-government and public-service certificate fees are approved by the municipal price authority"
  },
  citations: ["sh-digital-cert/11"],
  check: (q) => {
    const facts = factsOf(q)
    if (q.domain === "e-commerce")
      return Rule.notApplicable(
        "an e-commerce fee needs no price-authority approval",
        "电子商务活动的数字证书收费标准无需价格主管部门批准",
        facts
      )
    if (q.fee === null) return Rule.notApplicable("no fee is charged", "未收取费用", facts)
    return q.fee.approvedByPriceAuthority
      ? Rule.satisfied(
          `the ${Terms.domain[q.domain].en} fee standard is approved by the price authority`,
          "收费标准已经市价格主管部门会同有关部门批准",
          facts
        )
      : Rule.violated(
          `${Terms.a(Terms.domain[q.domain].en)} certificate fee needs the municipal price authority's approval`,
          "用于电子政务和社会公共服务活动的数字证书的收费标准未经市价格主管部门会同有关部门批准",
          facts
        )
  }
})

export const eCommerceFeePostedOrAgreed = Rule.make<FeeQuery>({
  id: "certificates/e-commerce-fee-posted-or-agreed",
  title: {
    zh: "用于电子商务活动的数字证书的收费标准明码标示或者由服务协议约定",
    en: "an e-commerce certificate fee is posted by the service or set in the service agreement"
  },
  citations: ["sh-digital-cert/11"],
  check: (q) => {
    const facts = factsOf(q)
    if (q.domain !== "e-commerce")
      return Rule.notApplicable(
        `${Terms.a(Terms.domain[q.domain].en)} fee is governed by price-authority approval`,
        "非电子商务活动的数字证书收费标准由价格主管部门批准",
        facts
      )
    if (q.fee === null) return Rule.notApplicable("no fee is charged", "未收取费用", facts)
    return q.fee.postedByService || q.fee.agreedInServiceAgreement
      ? Rule.satisfied(
          q.fee.postedByService ? "the fee is posted by the service" : "the fee is set in the service agreement",
          q.fee.postedByService ? "收费标准由电子认证服务机构明码标示" : "收费标准由数字证书使用服务协议约定",
          facts
        )
      : Rule.violated(
          "an e-commerce certificate fee is neither posted by the service nor set in the service agreement",
          "用于电子商务活动的数字证书的收费标准既未明码标示，也未由服务协议约定",
          facts
        )
  }
})

export const feeRules = [feeApprovedByPriceAuthority, eCommerceFeePostedOrAgreed]
