/**
 * The data-sharing model (资源共享), sh-egov-2012 arts 26-29, sh-public-data-2018
 * arts 2-3 and sh-data-2021 art 2: the databases an administrative organ holds
 * and whether they are shared, a request to defer sharing, the bodies whose
 * data is public data, and the management activities the 2018 measures cover.
 */
import * as Schema from "effect/Schema"
import { AgencyId } from "../machine/Actor.ts"

/**
 * A database an administrative organ holds in performing its duties (sh-egov-2012
 * art 27). The four base resource databases (基础信息资源库) the article names:
 * population (人口), legal persons (法人), spatial geography (空间地理) and the
 * macro-economy (宏观经济); its list is open (等), so `other-basic-or-public` is
 * any other database with a basic, public character (具有基础性、公共性特点) and
 * `other` one without (the caller classifies).
 */
export const DatabaseKind = Schema.Literals([
  "population",
  "legal-person",
  "spatial-geography",
  "macro-economy",
  "other-basic-or-public",
  "other"
])
export type DatabaseKind = typeof DatabaseKind.Type

export const baseResourceKinds: ReadonlyArray<DatabaseKind> = [
  "population",
  "legal-person",
  "spatial-geography",
  "macro-economy"
]
/** The kinds art 27 puts within sharing and exchange. */
export const sharedKinds: ReadonlyArray<DatabaseKind> = [...baseResourceKinds, "other-basic-or-public"]

export const Database = Schema.Struct({ name: Schema.NonEmptyString, kind: DatabaseKind })
export type Database = typeof Database.Type

/** The kind of provision that may say otherwise (法律、法规、规章另有特殊规定). */
export const ExceptionBasis = Schema.Literals(["law", "regulation", "rule"])
export type ExceptionBasis = typeof ExceptionBasis.Type

/** A law, regulation or rule that provides otherwise, by its title or article as the caller cites it. */
export const SharingException = Schema.Struct({ basis: ExceptionBasis, provision: Schema.NonEmptyString })
export type SharingException = typeof SharingException.Type

/** An approved deferral (暂缓实施) from a `data-sharing/deferral` case. */
export const ApprovedDeferral = Schema.Struct({ reference: Schema.NonEmptyString, approvedBy: AgencyId })
export type ApprovedDeferral = typeof ApprovedDeferral.Type

/** The organ holding the database; art 27 speaks of administrative organs (行政机关). */
export const Holder = Schema.Struct({ id: AgencyId, administrativeOrgan: Schema.Boolean })
export type Holder = typeof Holder.Type

/** Is this database shared as art 27 requires? */
export const DatabaseSharing = Schema.Struct({
  holder: Holder,
  database: Database,
  /** Within information sharing and data exchange (纳入信息共享和数据交换范围). */
  shared: Schema.Boolean,
  exception: Schema.NullOr(SharingException),
  deferral: Schema.NullOr(ApprovedDeferral)
})
export type DatabaseSharing = typeof DatabaseSharing.Type

/** A request to defer sharing a database (暂缓实施, art 27 para 2). */
export const DeferralRequest = Schema.Struct({
  organ: AgencyId,
  database: Database,
  /** Why it cannot be shared for now (暂不能共享和交换的). */
  reason: Schema.NonEmptyString
})
export type DeferralRequest = typeof DeferralRequest.Type

/**
 * The kinds of body the two definitions of 公共管理和服务机构 name:
 * - `administrative-organ` 行政机关 (2018 and 2021, the latter as part of 国家机关);
 * - `other-state-organ` 其他国家机关, e.g. the people's congress, courts, procuratorates (2021);
 * - `public-institution` 事业单位 (2018 only when it performs public management
 *   and service functions; 2021 every one);
 * - `authorised-organisation` 经依法授权具有管理公共事务职能的组织 (2021);
 * - `public-service-provider` 供水、供电、供气、公共交通等提供公共服务的组织 (2021);
 * - `other` anything else.
 * Both definitions speak of the city's own bodies (本市); the caller asks about those.
 */
export const BodyKind = Schema.Literals([
  "administrative-organ",
  "other-state-organ",
  "public-institution",
  "authorised-organisation",
  "public-service-provider",
  "other"
])
export type BodyKind = typeof BodyKind.Type

/** The public services 2021 art 2 item 4 names; its list is open (等). */
export const PublicServiceSector = Schema.Literals([
  "water",
  "power",
  "gas",
  "public-transport",
  "other-public-service"
])
export type PublicServiceSector = typeof PublicServiceSector.Type

export const Body = Schema.Struct({
  id: AgencyId,
  kind: BodyKind,
  /** 履行公共管理和服务职能 (what the 2018 definition asks of a public institution). */
  performsPublicFunctions: Schema.Boolean,
  /** For a public-service provider, the service it provides. */
  sector: Schema.NullOr(PublicServiceSector)
})
export type Body = typeof Body.Type

/**
 * The instrument whose term 公共管理和服务机构 a question asks about. Each
 * definition is scoped to its own instrument — sh-public-data-2018 art 3
 * (本办法所称, "as used in these measures") and sh-data-2021 art 2 (本条例中,
 * "in these regulations") — so both hold, each for the questions its own
 * document governs: the caller says which document's question it asks.
 */
export const DefiningInstrument = Schema.Literals(["sh-public-data-2018", "sh-data-2021"])
export type DefiningInstrument = typeof DefiningInstrument.Type

/** Is this body a public management and service body within the meaning of the instrument named? */
export const PublicBodyQuestion = Schema.Struct({ ...Body.fields, under: DefiningInstrument })
export type PublicBodyQuestion = typeof PublicBodyQuestion.Type

/**
 * The management activities sh-public-data-2018 art 2 lists: planning (规划),
 * building (建设), operation and maintenance (运维), use (应用), security (安全保障)
 * and supervision and evaluation (监督考核); the list is open (等).
 */
export const ManagementActivity = Schema.Literals([
  "planning",
  "building",
  "operation",
  "use",
  "security",
  "supervision-and-evaluation",
  "other-management-activity"
])
export type ManagementActivity = typeof ManagementActivity.Type

/** Do the 2018 measures govern this public-data activity? */
export const PublicDataMatter = Schema.Struct({
  activity: ManagementActivity,
  /** Within the city's administrative area (本市行政区域内). */
  inShanghai: Schema.Boolean,
  /** Public data involving state secrets (涉及国家秘密). */
  involvesStateSecrets: Schema.Boolean
})
export type PublicDataMatter = typeof PublicDataMatter.Type
