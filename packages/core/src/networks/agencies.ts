/**
 * The municipal bodies sh-extranet-2020 names for the extranet, with stable ids
 * (vendors store them). `sh-gov-office` is the id the approvals procedure gives
 * the same General Office.
 */
import type { Message } from "../decision/Finding.ts"
import type { Oversight } from "../machine/Access.ts"
import { type AgencyId, type AgencyMatcher, agencyId } from "../machine/Actor.ts"

export interface Agency {
  readonly id: AgencyId
  readonly name: Message
}

/** 市政府办公厅: the extranet's competent department (主管部门), sh-extranet-2020 art 6. */
export const govOffice: Agency = {
  id: agencyId("sh-gov-office"),
  name: { zh: "市政府办公厅", en: "Municipal Government General Office" }
}

/**
 * 市大数据中心: sets extranet standards, guides district extranets, and manages
 * the municipal extranet (building, connection, operation, security, and its
 * link to the national extranet), sh-extranet-2020 art 7.
 */
export const bigDataCenter: Agency = {
  id: agencyId("sh-big-data-center"),
  name: { zh: "市大数据中心", en: "Municipal Big Data Center" }
}

export const agencies: ReadonlyArray<Agency> = [govOffice, bigDataCenter]

/** 市政府办公厅 协调推进和指导监督本市政务外网工作 (sh-extranet-2020 art 6): it reads every extranet case. */
export const generalOfficeOversight: Oversight = {
  agency: govOffice.id,
  name: govOffice.name,
  citations: ["sh-extranet-2020/6"] as unknown as Oversight["citations"]
}

/** The actor-table matcher for a named agency. */
export const named = (a: Agency): AgencyMatcher => ({ kind: "named", agency: a.id, name: a.name })
