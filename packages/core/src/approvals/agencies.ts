/**
 * The municipal agencies sh-egov-2012 names in its planning and project
 * articles, with stable ids (vendors store them) and the articles that name
 * them. Project units, districts and departments are not listed: they are
 * recorded on each case.
 */
import type { ArticleId } from "../catalogue/Article.ts"
import type { Message } from "../decision/Finding.ts"
import type { Oversight } from "../machine/Access.ts"
import type { AgencyId, AgencyMatcher } from "../machine/Actor.ts"

export interface Agency {
  readonly id: AgencyId
  readonly name: Message
  /** The articles that name the agency and give it an act in these procedures. */
  readonly namedIn: readonly [ArticleId, ...Array<ArticleId>]
}

const agency = (id: string, zh: string, en: string, namedIn: readonly [string, ...Array<string>]): Agency => ({
  id: id as AgencyId,
  name: { zh, en },
  namedIn: namedIn as Agency["namedIn"]
})

/** 市发展改革委: leads and approves municipal government-investment projects (art 10), co-drafts the city plan (art 7). */
export const ndrc = agency("sh-ndrc", "市发展改革委", "Municipal Development and Reform Commission", [
  "sh-egov-2012/10",
  "sh-egov-2012/12",
  "sh-egov-2012/7"
])

/** 市经济信息化委: reviews both kinds of municipal project (arts 10, 11), co-drafts the city plan (art 7). */
export const eitc = agency("sh-eitc", "市经济信息化委", "Municipal Commission of Economy and Informatization", [
  "sh-egov-2012/10",
  "sh-egov-2012/11",
  "sh-egov-2012/7"
])

/**
 * 市政府办公厅: reviews both kinds of municipal project (arts 10, 11) and receives
 * the copy of their approval (art 12); drafts and publishes the city plan
 * (art 7); receives the filings of plans and annual work plans (arts 8, 9).
 */
export const govOffice = agency("sh-gov-office", "市政府办公厅", "Municipal Government General Office", [
  "sh-egov-2012/10",
  "sh-egov-2012/11",
  "sh-egov-2012/12",
  "sh-egov-2012/7",
  "sh-egov-2012/8",
  "sh-egov-2012/9"
])

/** 市财政局: leads and approves annual municipal e-government budget projects (art 11). */
export const finance = agency("sh-finance", "市财政局", "Municipal Finance Bureau", [
  "sh-egov-2012/11",
  "sh-egov-2012/12"
])

/** 市政府: approves the city's e-government development plan (art 7). */
export const municipalGovernment = agency("sh-gov", "市政府", "Municipal People's Government", ["sh-egov-2012/7"])

/**
 * The General Office's oversight of the city's e-government work: it
 * 推进、指导、协调、监督全市电子政务工作 (art 5) and supervises the implementation of
 * these measures (art 38), so it reads every case of the approval procedures.
 */
export const generalOfficeOversight: Oversight = {
  agency: govOffice.id,
  name: govOffice.name,
  citations: ["sh-egov-2012/5", "sh-egov-2012/38"] as unknown as Oversight["citations"]
}

export const agencies: ReadonlyArray<Agency> = [ndrc, eitc, govOffice, finance, municipalGovernment]

/** The actor-table matcher for a named agency. */
export const named = (a: Agency): AgencyMatcher => ({ kind: "named", agency: a.id, name: a.name })

/** Article ids for actor tables and machine citations (checked against the catalogue by the citation tests). */
export const cite = (...ids: readonly [string, ...Array<string>]): readonly [ArticleId, ...Array<ArticleId>] =>
  ids as unknown as readonly [ArticleId, ...Array<ArticleId>]
