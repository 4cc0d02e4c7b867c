/**
 * The e-licence model (电子证照), sh-e-license: a proposed system as the plan's
 * overall goal (总体目标, section 二, catalogued as sh-e-license/2) asks about
 * it — whether it builds a licence library, whether the licences it issues
 * are collected into the unified e-licence library by the standards, and
 * whether the services that use licences rely on that library.
 */
import * as Schema from "effect/Schema"
import { AgencyId } from "../machine/Actor.ts"

/**
 * Who proposes the system: the city-level body that builds the unified library
 * (市级统建), a district (各区) or a department (各部门).
 */
export const ProposerKind = Schema.Literals(["city-level", "district", "department"])
export type ProposerKind = typeof ProposerKind.Type

/** Which licence library the system builds: none, the unified city library (统一电子证照库), or one of its own. */
export const LicenceLibrary = Schema.Literals(["none", "unified", "own"])
export type LicenceLibrary = typeof LicenceLibrary.Type

/**
 * Whose licences the unified library covers (建设范围, "主要包括"): the city's
 * administrative organs at every level (各级行政机关), public institutions
 * performing public management and service functions (履行公共管理与服务职能的
 * 事业单位) and people's organisations (人民团体); `other` for any other issuer.
 */
export const IssuerKind = Schema.Literals([
  "administrative-organ",
  "public-institution-with-public-functions",
  "peoples-organisation",
  "other"
])
export type IssuerKind = typeof IssuerKind.Type

/**
 * What the library collects: certificates (证件), licences and plates (执(牌)照),
 * approval documents (批文), appraisal reports (鉴定报告), supporting documents
 * (证明材料) and the like (等, `other-licence`).
 */
export const LicenceKind = Schema.Literals([
  "certificate",
  "licence-or-plate",
  "approval-document",
  "appraisal-report",
  "supporting-document",
  "other-licence"
])
export type LicenceKind = typeof LicenceKind.Type

/** The licences a system issues in performing its owner's duties, and how their data reaches the unified library. */
export const IssuedLicences = Schema.Struct({
  issuer: IssuerKind,
  kinds: Schema.NonEmptyArray(LicenceKind),
  /** Data is collected into the unified library (向统一电子证照库归集数据). */
  collectedIntoUnifiedLibrary: Schema.Boolean,
  /** Collection follows the standards and norms (根据标准规范). */
  followsStandards: Schema.Boolean
})
export type IssuedLicences = typeof IssuedLicences.Type

export const ProposedSystem = Schema.Struct({
  name: Schema.NonEmptyString,
  proposer: Schema.Struct({ id: AgencyId, kind: ProposerKind }),
  licenceLibrary: LicenceLibrary,
  /** The licences the system issues, or null when it issues none. */
  issuesLicences: Schema.NullOr(IssuedLicences),
  /** For a system that uses licences in government services: whether it relies on the unified library. Null when it uses none. */
  usesLicencesInServices: Schema.NullOr(Schema.Struct({ viaUnifiedLibrary: Schema.Boolean }))
})
export type ProposedSystem = typeof ProposedSystem.Type
