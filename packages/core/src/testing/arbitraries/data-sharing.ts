/**
 * fast-check arbitraries for the data-sharing model, shipped for users' own
 * property tests: bodies of every kind (around the 2018 and 2021
 * definitions), databases and their sharing, deferral requests, public-data
 * matters, and days on both sides of 2018-11-01 and 2022-01-01.
 */
import fc from "fast-check"
import type {
  Body,
  BodyKind,
  Database,
  DatabaseKind,
  DatabaseSharing,
  DeferralRequest,
  DefiningInstrument,
  ManagementActivity,
  PublicBodyQuestion,
  PublicDataMatter,
  PublicServiceSector
} from "../../data-sharing/model.ts"
import type { LocalDate } from "../../date/LocalDate.ts"
import type { AgencyId } from "../../machine/Actor.ts"
import { localDate } from "./seals.ts"

export { localDate } from "./seals.ts"

/** Days around the two definitions' start dates, so that each side of each boundary occurs often. */
export const aroundBoundaries: fc.Arbitrary<LocalDate> = fc.oneof(
  localDate,
  fc.constantFrom("2018-10-31", "2018-11-01", "2021-12-31", "2022-01-01").map((s) => s as LocalDate)
)

export const agencyId: fc.Arbitrary<AgencyId> = fc
  .constantFrom("sh-gov-office", "sh-big-data-center", "sh-water", "sh-high-court", "pd-office", "sh-red-cross")
  .map((s) => s as AgencyId)

export const bodyKind: fc.Arbitrary<BodyKind> = fc.constantFrom(
  "administrative-organ",
  "other-state-organ",
  "public-institution",
  "authorised-organisation",
  "public-service-provider",
  "other"
)

export const sector: fc.Arbitrary<PublicServiceSector> = fc.constantFrom(
  "water",
  "power",
  "gas",
  "public-transport",
  "other-public-service"
)

export const body: fc.Arbitrary<Body> = fc
  .record({ id: agencyId, kind: bodyKind, performsPublicFunctions: fc.boolean(), sector })
  .map((b) => ({ ...b, sector: b.kind === "public-service-provider" ? b.sector : null }))

/** A question whether a body is a public management and service body, under one of the two instruments. */
export const publicBodyQuestion: fc.Arbitrary<PublicBodyQuestion> = fc
  .record({ body, under: fc.constantFrom<DefiningInstrument>("sh-public-data-2018", "sh-data-2021") })
  .map(({ body, under }) => ({ ...body, under }))

export const databaseKind: fc.Arbitrary<DatabaseKind> = fc.constantFrom(
  "population",
  "legal-person",
  "spatial-geography",
  "macro-economy",
  "other-basic-or-public",
  "other"
)

export const database: fc.Arbitrary<Database> = fc.record({
  name: fc.constantFrom("人口库", "法人库", "地理信息库", "宏观经济库", "信用库", "内部通讯录"),
  kind: databaseKind
})

export const databaseSharing: fc.Arbitrary<DatabaseSharing> = fc.record({
  holder: fc.record({ id: agencyId, administrativeOrgan: fc.boolean() }),
  database,
  shared: fc.boolean(),
  exception: fc.option(
    fc.record({
      basis: fc.constantFrom("law" as const, "regulation" as const, "rule" as const),
      provision: fc.constantFrom("中华人民共和国保守国家秘密法", "上海市某条例第十条")
    }),
    { nil: null, freq: 2 }
  ),
  deferral: fc.option(fc.record({ reference: fc.constantFrom("暂缓-1", "暂缓-2"), approvedBy: agencyId }), {
    nil: null,
    freq: 2
  })
})

export const deferralRequest: fc.Arbitrary<DeferralRequest> = fc.record({
  organ: agencyId,
  database,
  reason: fc.constantFrom("接口改造中", "数据质量待核实")
})

export const publicDataMatter: fc.Arbitrary<PublicDataMatter> = fc.record({
  activity: fc.constantFrom<ManagementActivity>(
    "planning",
    "building",
    "operation",
    "use",
    "security",
    "supervision-and-evaluation",
    "other-management-activity"
  ),
  inShanghai: fc.boolean(),
  involvesStateSecrets: fc.boolean()
})
