/**
 * sh-digital-cert arts 6-8:
 * 第六条(数字证书在电子政务活动中的使用)在下列电子政务活动中,需要解决身份认证,授权管理,责任认定的,
 * 应当按照国家和本市有关规定使用数字证书:(一)利用电子政务系统开展内部办公或者协同办公,公文流转,公文归档
 * 以及归档公文向档案馆移交等活动;(二)网上政府采购,招投标等活动;(三)网上申报,年检,备案,审批,缴费,资质认定,
 * 统计等社会管理活动;(四)利用网络向社会提供信息公开服务的活动;(五)其他利用网络开展电子政务的活动.
 * 第七条(数字证书在社会公共服务活动中的使用)在下列社会公共服务活动中,需要解决身份认证,授权管理,责任认定的,
 * 应当按照国家和本市有关规定使用数字证书:(一)法律,法规授权的具有管理公共事务职能的组织利用网络开展的社会
 * 公共服务活动;(二)银行,证券,保险,期货等行业的机构利用网络开展的金融服务活动;(三)教育,医疗卫生,供水,供电,
 * 供气,供热,公共交通,环保等领域的企事业单位,利用网络开展的社会公共服务活动;(四)其他利用网络开展的社会公共
 * 服务活动.
 * 第八条(数字证书在电子商务活动中的使用)在下列电子商务活动中,需要解决身份认证,授权管理,责任认定的,
 * 鼓励使用数字证书:(一)设立各类网络交易平台,信息服务平台和娱乐平台的活动;(二)利用网络签订电子合同,进行电子
 * 支付,交付数字产品的活动;(三)电子商务活动中交易各方认为需要使用数字证书的活动;(四)其他利用网络开展的电子
 * 商务活动.
 *
 * Where an e-government (art 6) or public-service (art 7) activity needs
 * identity authentication, authorisation management or accountability, a
 * certificate must be used; in e-commerce (art 8) it is only encouraged, so
 * that rule is a warning. An activity that needs none of the three is outside
 * these articles. The activities listed are data (`activities.ts`).
 */
import * as Rule from "../decision/Rule.ts"
import { type ActivityDomain, activities } from "./activities.ts"
import type { RequirementQuery } from "./model.ts"
import * as Terms from "./terms.ts"

const facts = (q: RequirementQuery) => {
  const a = activities[q.activity]
  return {
    activity: q.activity,
    domain: a.domain,
    listedIn: `${a.article} item ${a.item}`,
    needs: [...q.needs],
    usesCertificate: q.usesCertificate
  }
}

const requirement = (domain: ActivityDomain, mandatory: boolean) => (q: RequirementQuery) => {
  const a = activities[q.activity]
  const f = facts(q)
  if (a.domain !== domain)
    return Rule.notApplicable(
      `${a.name.en} is ${Terms.a(Terms.domain[a.domain].en)} activity, not ${Terms.domain[domain].en}`,
      `「${a.name.zh}」不属于本条所列活动`,
      f
    )
  if (q.needs.length === 0)
    return Rule.notApplicable(
      `${a.name.en} needs no identity authentication, authorisation management or accountability`,
      `「${a.name.zh}」无需解决身份认证、授权管理、责任认定`,
      f
    )
  if (q.usesCertificate)
    return Rule.satisfied(`${a.name.en} uses a digital certificate`, `「${a.name.zh}」使用数字证书`, f)
  return mandatory
    ? Rule.violated(
        `${a.name.en} needs ${q.needs.map((n) => Terms.need[n].en).join(", ")} and must use a digital certificate`,
        `「${a.name.zh}」需要解决身份认证、授权管理或责任认定，应当使用数字证书`,
        f
      )
    : Rule.violated(
        `${a.name.en} needs ${q.needs.map((n) => Terms.need[n].en).join(", ")}: a digital certificate is encouraged`,
        `「${a.name.zh}」需要解决身份认证、授权管理或责任认定，鼓励使用数字证书`,
        f
      )
}

export const requiredInEGovernment = Rule.make<RequirementQuery>({
  id: "certificates/required-in-e-government",
  title: {
    zh: "电子政务活动需要解决身份认证、授权管理、责任认定的，应当使用数字证书",
    en: "e-government activities that need identity, authorisation or accountability use a certificate"
  },
  citations: ["sh-digital-cert/6"],
  check: requirement("e-government", true)
})

export const requiredInPublicService = Rule.make<RequirementQuery>({
  id: "certificates/required-in-public-service",
  title: {
    zh: "社会公共服务活动需要解决身份认证、授权管理、责任认定的，应当使用数字证书",
    en: "public-service activities that need identity, authorisation or accountability use a certificate"
  },
  citations: ["sh-digital-cert/7"],
  check: requirement("public-service", true)
})

export const encouragedInECommerce = Rule.make<RequirementQuery>({
  id: "certificates/encouraged-in-e-commerce",
  title: {
    zh: "电子商务活动需要解决身份认证、授权管理、责任认定的，鼓励使用数字证书",
    en: "e-commerce activities that need identity, authorisation or accountability are encouraged to use a certificate"
  },
  citations: ["sh-digital-cert/8"],
  severity: "warning",
  check: requirement("e-commerce", false)
})

/**
 * What arts 6-8 ask of an activity: a certificate is `required` (arts 6-7),
 * `encouraged` (art 8), or `not-asked` when the activity needs none of
 * identity authentication, authorisation management and accountability.
 */
export const certificateExpectation = (
  q: Pick<RequirementQuery, "activity" | "needs">
): "required" | "encouraged" | "not-asked" =>
  q.needs.length === 0 ? "not-asked" : activities[q.activity].domain === "e-commerce" ? "encouraged" : "required"
