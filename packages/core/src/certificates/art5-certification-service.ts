/**
 * sh-digital-cert art 5:
 * 第五条(电子认证服务)本市电子政务活动中涉及数字证书使用的电子认证服务,应当由依法设立并经市信息委,
 * 市国密办,市国家保密局共同认可的电子认证服务机构统一提供,其系统建设应当符合本市统一的电子认证服务体系
 * 的建设要求.本市社会公共服务活动中涉及数字证书使用的电子认证服务,应当由依法设立的电子认证服务机构提供,
 * 其系统建设应当符合本市统一的电子认证服务体系的建设要求.本市电子商务活动中涉及数字证书使用的电子认证服务,
 * 应当由依法设立的电子认证服务机构提供.
 *
 * Which certification service may serve which domain. Every domain needs a
 * lawfully established service; e-government and public services also need a
 * system built to the city's unified requirements; e-government also needs the
 * joint recognition of 市信息委, 市国密办 and 市国家保密局 (the bodies of art 4).
 */
import * as Rule from "../decision/Rule.ts"
import { recognisingAuthorities } from "./agencies.ts"
import type { Domain, ServiceQuery } from "./model.ts"
import * as Terms from "./terms.ts"

const domainZh: Record<Domain, string> = {
  "e-government": "电子政务活动",
  "public-service": "社会公共服务活动",
  "e-commerce": "电子商务活动"
}

export const serviceLawfullyEstablished = Rule.make<ServiceQuery>({
  id: "certificates/service-lawfully-established",
  title: { zh: "电子认证服务机构依法设立", en: "the certification service is lawfully established" },
  citations: ["sh-digital-cert/5"],
  check: ({ domain, service }) => {
    const facts = { domain, service: service.id, lawfullyEstablished: service.lawfullyEstablished }
    return service.lawfullyEstablished
      ? Rule.satisfied(
          `“${service.id}” is a lawfully established certification service`,
          `「${service.id}」为依法设立的电子认证服务机构`,
          facts
        )
      : Rule.violated(
          `“${service.id}” is not lawfully established and may not serve ${Terms.domain[domain].en}`,
          `「${service.id}」非依法设立，不得为${domainZh[domain]}提供电子认证服务`,
          facts
        )
  }
})

export const serviceJointlyRecognised = Rule.make<ServiceQuery>({
  id: "certificates/service-jointly-recognised",
  title: {
    zh: "电子政务的电子认证服务机构经市信息委、市国密办、市国家保密局共同认可",
    en: "an e-government certification service is recognised jointly by the informatization commission, the cryptography office and the state secrets bureau"
  },
  citations: ["sh-digital-cert/5"],
  check: ({ domain, service }) => {
    const recognised: ReadonlyArray<string> = service.recognisedBy
    const missing = recognisingAuthorities.filter((a) => !recognised.includes(a.id))
    const facts = {
      domain,
      service: service.id,
      recognisedBy: [...service.recognisedBy],
      missing: missing.map((a) => a.id)
    }
    if (domain !== "e-government")
      return Rule.notApplicable(
        `joint recognition is asked of e-government services only, not ${Terms.domain[domain].en}`,
        `共同认可仅对电子政务活动的电子认证服务有要求`,
        facts
      )
    return missing.length === 0
      ? Rule.satisfied(
          `“${service.id}” is recognised jointly by all three bodies`,
          `「${service.id}」已经市信息委、市国密办、市国家保密局共同认可`,
          facts
        )
      : Rule.violated(
          `“${service.id}” lacks the recognition of ${missing.map((a) => a.name.en).join(", ")} and may not serve e-government`,
          `「${service.id}」未经${missing.map((a) => a.shortZh ?? a.name.zh).join("、")}认可，不得为电子政务活动提供电子认证服务`,
          facts
        )
  }
})

export const serviceMeetsUnifiedRequirements = Rule.make<ServiceQuery>({
  id: "certificates/service-meets-unified-requirements",
  title: {
    zh: "电子政务和社会公共服务的电子认证服务系统建设符合本市统一的电子认证服务体系的建设要求",
    en: "an e-government or public-service certification system is built to the city's unified requirements"
  },
  citations: ["sh-digital-cert/5"],
  check: ({ domain, service }) => {
    const facts = { domain, service: service.id, meetsUnifiedRequirements: service.meetsUnifiedRequirements }
    if (domain === "e-commerce")
      return Rule.notApplicable(
        "the unified requirements are not asked of e-commerce services",
        "电子商务活动的电子认证服务无此要求",
        facts
      )
    return service.meetsUnifiedRequirements
      ? Rule.satisfied(
          `“${service.id}”'s system meets the city's unified requirements`,
          `「${service.id}」的系统建设符合本市统一的电子认证服务体系的建设要求`,
          facts
        )
      : Rule.violated(
          `“${service.id}”'s system does not meet the city's unified requirements and may not serve ${Terms.domain[domain].en}`,
          `「${service.id}」的系统建设不符合本市统一的电子认证服务体系的建设要求，不得为${domainZh[domain]}提供电子认证服务`,
          facts
        )
  }
})

/** The art 5 rules, in the order a service is asked about them. */
export const serviceRules = [serviceLawfullyEstablished, serviceJointlyRecognised, serviceMeetsUnifiedRequirements]
