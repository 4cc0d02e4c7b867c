/**
 * The certificate validators, one per question a CA vendor, an e-seal
 * platform or a unit asks: may this service serve this domain (art 5); must
 * this activity use a certificate (arts 6-8); may this application go ahead
 * (arts 5, 9); may this certificate be issued (arts 9, 11, 12); is this fee
 * lawful (art 11); may this person use this certificate for this activity
 * today (arts 10, 12); are this unit's custody rules complete (art 12); is this
 * handover made by the custodian (art 12); may this be disclosed (art 13); does
 * this service agreement set what art 10 gives it to set.
 */
import * as Rule from "../decision/Rule.ts"
import * as Validator from "../decision/Validator.ts"
import { serviceRules } from "./art5-certification-service.ts"
import { encouragedInECommerce, requiredInEGovernment, requiredInPublicService } from "./art6-8-when-required.ts"
import {
  appliedCentrallyByUnit,
  issuedAfterReviewAndAgreement,
  validDocumentsProvided
} from "./art9-application-and-issue.ts"
import { certificateValid } from "./art10-certificate-valid.ts"
import { agreementSetsLifecycleTerms } from "./art10-service-agreement.ts"
import { feeRules } from "./art11-fees.ts"
import {
  carrierCompliant,
  custodianNamed,
  handoverFromCustodian,
  internalRulesComplete,
  useAuthorised
} from "./art12-custody.ts"
import { noDisclosureWithoutLegalBasis } from "./art13-confidentiality.ts"
import {
  Application,
  type CertificateRecord,
  CustodyRegister,
  DisclosureRequest,
  FeeQuery,
  HandoverQuery,
  Issuance,
  RequirementQuery,
  ServiceAgreement,
  ServiceQuery,
  UseQuery
} from "./model.ts"
import { findCertificate } from "./register.ts"

export const serviceEligibility = Validator.make<ServiceQuery>({
  id: "certificates/service-eligibility",
  title: {
    zh: "该电子认证服务机构能否为该领域提供电子认证服务",
    en: "may this certification service serve this domain"
  },
  input: ServiceQuery,
  rules: serviceRules
})

export const requirement = Validator.make<RequirementQuery>({
  id: "certificates/requirement",
  title: { zh: "该活动是否应当使用数字证书", en: "must this activity use a digital certificate" },
  input: RequirementQuery,
  rules: [requiredInEGovernment, requiredInPublicService, encouragedInECommerce]
})

const onService = (rule: Rule.Rule<ServiceQuery>) =>
  Rule.contramap(rule, (a: Application): ServiceQuery => ({ domain: a.domain, service: a.service }))

export const application = Validator.make<Application>({
  id: "certificates/application",
  title: { zh: "该数字证书申请能否受理", en: "may this certificate application go ahead" },
  input: Application,
  rules: [validDocumentsProvided, appliedCentrallyByUnit, ...serviceRules.map(onService)]
})

export const issuance = Validator.make<Issuance>({
  id: "certificates/issuance",
  title: { zh: "该数字证书能否发放", en: "may this certificate be issued" },
  input: Issuance,
  rules: [
    issuedAfterReviewAndAgreement,
    carrierCompliant,
    ...feeRules.map((r) => Rule.contramap(r, (i: Issuance): FeeQuery => ({ domain: i.domain, fee: i.fee })))
  ]
})

export const fee = Validator.make<FeeQuery>({
  id: "certificates/fee",
  title: { zh: "该数字证书收费标准是否合规", en: "is this certificate fee standard lawful" },
  input: FeeQuery,
  rules: feeRules
})

/** A rule about the certificate a use names; not applicable when the register has no such certificate. */
const onRegistered = <I>(rule: Rule.Rule<I>, f: (c: CertificateRecord) => I): Rule.Rule<UseQuery> => ({
  ...rule,
  check: (q, asOf) => {
    const c = findCertificate(q.register, q.serial)
    return c === undefined
      ? Rule.notApplicable(`certificate “${q.serial}” is not in the register`, `数字证书「${q.serial}」未在登记中`, {
          serial: q.serial
        })
      : rule.check(f(c), asOf)
  }
})

export const use = Validator.make<UseQuery>({
  id: "certificates/use",
  title: {
    zh: "此人能否于当日将该数字证书用于该活动",
    en: "may this person use this certificate for this activity on this day"
  },
  input: UseQuery,
  rules: [
    onRegistered(certificateValid, (certificate) => ({ certificate })),
    onRegistered(carrierCompliant, (c) => ({ serial: c.serial, carrier: c.carrier })),
    useAuthorised
  ]
})

export const unitCustody = Validator.make<CustodyRegister>({
  id: "certificates/unit-custody",
  title: {
    zh: "使用2个及以上数字证书的单位是否建立了完整的内部规章制度",
    en: "does a unit with two or more certificates have complete internal custody rules"
  },
  input: CustodyRegister,
  rules: [internalRulesComplete, custodianNamed]
})

export const handover = Validator.make<HandoverQuery>({
  id: "certificates/handover",
  title: { zh: "该数字证书移交是否由实际保管人进行", en: "is this handover made by the actual custodian" },
  input: HandoverQuery,
  rules: [handoverFromCustodian]
})

export const disclosure = Validator.make<DisclosureRequest>({
  id: "certificates/disclosure",
  title: {
    zh: "电子认证服务机构能否提供该信息",
    en: "may the certification service disclose this information"
  },
  input: DisclosureRequest,
  rules: [noDisclosureWithoutLegalBasis]
})

/** Does this service agreement set renewal, loss reporting, revocation and the parties' rights and duties (art 10)? */
export const serviceAgreement = Validator.make<ServiceAgreement>({
  id: "certificates/service-agreement",
  title: {
    zh: "数字证书使用服务协议是否约定更新、挂失、撤销等事项和各方的权利义务",
    en: "does this service agreement set renewal, loss reporting, revocation and the parties' rights and duties"
  },
  input: ServiceAgreement,
  rules: [agreementSetsLifecycleTerms]
})
