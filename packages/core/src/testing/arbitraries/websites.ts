/**
 * fast-check arbitraries for the website naming model, shipped for users' own
 * property tests: proposed names of every kind of site, with well-formed
 * names (上海 + the short name, 中国上海) as often as arbitrary ones.
 */
import fc from "fast-check"
import type { ProposedSiteName, SiteKind } from "../../websites/model.ts"

export const siteKind: fc.Arbitrary<SiteKind> = fc.constantFrom(
  "portal",
  "municipal-department",
  "district-county-government",
  "other"
)

export const shortName: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("教育", "发展改革", "经济信息化", "市教委", "公安"),
  fc.string({ maxLength: 6 }),
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 4 })
)

export const proposedSiteName: fc.Arbitrary<ProposedSiteName> = fc
  .record({
    kind: siteKind,
    short: fc.option(shortName, { nil: null, freq: 5 }),
    shape: fc.constantFrom("well-formed", "well-formed", "other"),
    other: fc.oneof(
      fc.string({ minLength: 1, maxLength: 8 }),
      fc.constantFrom("中国上海", "上海", "上海 教育", "上海市政府")
    )
  })
  .map(({ kind, short, shape, other }) => ({
    kind,
    departmentShortName: short,
    name:
      shape === "other"
        ? other
        : kind === "portal"
          ? "中国上海"
          : `上海${short === null || short.length === 0 ? "教育" : short}`
  }))
