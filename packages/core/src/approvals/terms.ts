/**
 * The words clerks read for the approvals model's codes, in Chinese and
 * English, and the names of the agencies its machines name: messages use
 * these, never the codes or ids.
 */
import type { Message } from "../decision/Finding.ts"
import { agencies } from "./agencies.ts"
import type { ClassifiedGrade, Funding, Network, ProjectKind, ProjectWork } from "./model.ts"

/** "a construction", "an operation and maintenance": the English article before a term. */
export const a = (en: string): string => (/^[aeiou]/u.test(en) ? `an ${en}` : `a ${en}`)

export const funding: Record<Funding, Message> = {
  "municipal-government-investment": { zh: "市级政府投资", en: "municipal government investment" },
  "municipal-annual-it-budget": { zh: "年度市本级信息化预算", en: "the annual municipal it budget" },
  "district-level": { zh: "区本级", en: "district-level money" },
  "town-level": { zh: "镇级", en: "town-level money" },
  other: { zh: "其他", en: "other money" }
}

export const network: Record<Network, Message> = {
  extranet: { zh: "政务外网", en: "the extranet" },
  "internal-network": { zh: "政务内网", en: "the internal network" },
  "trunked-radio-network": { zh: "800兆数字集群政务共网", en: "the 800 MHz trunked radio network" },
  "business-private-network": { zh: "业务专网", en: "a business private network" },
  other: { zh: "其他网络", en: "another network" }
}

export const classifiedGrade: Record<ClassifiedGrade, Message> = {
  secret: { zh: "秘密级", en: "secret" },
  confidential: { zh: "机密级", en: "confidential" },
  "top-secret": { zh: "绝密级", en: "top secret" }
}

export const projectKind: Record<ProjectKind, Message> = {
  construction: { zh: "建设类", en: "construction" },
  "operation-maintenance": { zh: "运维类", en: "operation and maintenance" }
}

export const projectWork: Record<ProjectWork, Message> = {
  "new-build": { zh: "新建", en: "a new build" },
  upgrade: { zh: "升级改造", en: "an upgrade" },
  maintenance: { zh: "运行维护", en: "maintenance" }
}

/** An agency of the approvals table by its name; an id the table does not hold is quoted as given. */
export const agencyName = (id: string): Message => {
  const a = agencies.find((x) => x.id === id)
  return a === undefined ? { zh: `「${id}」`, en: `“${id}”` } : a.name
}
