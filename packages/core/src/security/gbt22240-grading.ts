/**
 * GB/T 22240-2020, the grading table (cited as a reference, from
 * sources/reference/gbt22240-2020-grading-summary.txt):
 *                                         一般损害   严重损害   特别严重损害
 *   公民、法人和其他组织的合法权益          第一级     第二级     第二级
 *   社会秩序、公共利益                      第二级     第三级     第四级
 *   国家安全                                第三级     第四级     第五级
 * Assess 业务信息安全 and 系统服务安全 separately, each through the matrix above;
 * the object's level = the HIGHER of the two.
 *
 * A system's protection level is the object harmed × the degree of harm,
 * graded separately for its business information and its service; the higher
 * of the two is the system's level. Where one aspect harms several objects, the
 * highest of their levels counts: each level of the five definitions
 * (gbt-22240-2020/2) excludes harms of a higher one ("但不危害国家安全"). Graded
 * protection is for non-classified systems: a classified one comes under the
 * secrecy rules instead (sh-egov-2012 arts 32, 34), which the scope rule says.
 * A declared level below the graded one is refused; a higher one is allowed
 * (the reference does not forbid protecting more).
 */
import type { ArticleId } from "../catalogue/Article.ts"
import * as Rule from "../decision/Rule.ts"
import type { DegreeOfHarm, GradingRequest, Harm, HarmedObject, ProtectionLevel } from "./model.ts"

/** 表1: the object harmed × the degree of harm → the protection level. */
export const gradingTable: Readonly<Record<HarmedObject, Readonly<Record<DegreeOfHarm, ProtectionLevel>>>> = {
  "citizens-and-organisations": { general: 1, serious: 2, "especially-serious": 2 },
  "social-order-and-public-interest": { general: 2, serious: 3, "especially-serious": 4 },
  "national-security": { general: 3, serious: 4, "especially-serious": 5 }
}

/** The level one harm gives. */
export const levelOf = (harm: Harm): ProtectionLevel => gradingTable[harm.object][harm.degree]

const max = (levels: ReadonlyArray<ProtectionLevel>): ProtectionLevel => Math.max(1, ...levels) as ProtectionLevel

export interface Grading {
  readonly businessInformation: ProtectionLevel
  readonly systemService: ProtectionLevel
  /** The higher of the two. */
  readonly level: ProtectionLevel
  readonly citations: readonly [ArticleId, ...Array<ArticleId>]
}

/** Grades a system: each aspect through the table (the highest of its harms), then the higher of the two. */
export const grade = (input: {
  readonly businessInformation: ReadonlyArray<Harm>
  readonly systemService: ReadonlyArray<Harm>
}): Grading => {
  const businessInformation = max(input.businessInformation.map(levelOf))
  const systemService = max(input.systemService.map(levelOf))
  return {
    businessInformation,
    systemService,
    level: max([businessInformation, systemService]),
    citations: ["gbt-22240-2020/1", "gbt-22240-2020/2"] as unknown as Grading["citations"]
  }
}

export const gradedProtectionScope = Rule.make<GradingRequest>({
  id: "security/graded-protection-scope",
  title: {
    zh: "等级保护适用于非涉密系统，涉密系统按保密规定实行分级保护",
    en: "graded protection is for non-classified systems; classified ones follow the secrecy rules"
  },
  citations: ["sh-egov-2012/32", "sh-egov-2012/34"],
  check: ({ system, secrecy }) =>
    secrecy === "non-classified"
      ? Rule.satisfied(
          `“${system}” is non-classified: graded protection applies`,
          `「${system}」为非涉密系统，适用等级保护`,
          {
            system,
            secrecy
          }
        )
      : Rule.violated(
          `“${system}” is classified: it comes under classified protection and the secrecy rules, not this grading`,
          `「${system}」为涉密系统，按照保密规定实行分级保护，不适用本定级`,
          { system, secrecy }
        )
})

export const declaredLevelMeetsGrading = Rule.make<GradingRequest>({
  id: "security/declared-level-meets-grading",
  title: {
    zh: "定级不低于按定级要素确定的安全保护等级",
    en: "the declared protection level is not below the level the grading table gives"
  },
  citations: ["gbt-22240-2020/1", "gbt-22240-2020/2"],
  check: (r) => {
    const g = grade(r)
    const facts = {
      system: r.system,
      businessInformation: r.businessInformation.map((h) => ({ ...h, level: levelOf(h) })),
      systemService: r.systemService.map((h) => ({ ...h, level: levelOf(h) })),
      businessInformationLevel: g.businessInformation,
      systemServiceLevel: g.systemService,
      graded: g.level,
      declared: r.declaredLevel
    }
    return r.declaredLevel >= g.level
      ? Rule.satisfied(
          `“${r.system}” is declared level ${r.declaredLevel}; the grading table gives level ${g.level}`,
          `「${r.system}」定为第${r.declaredLevel}级，按定级要素应为第${g.level}级`,
          facts
        )
      : Rule.violated(
          `“${r.system}” is declared level ${r.declaredLevel}, below level ${g.level} that the grading table gives (business information ${g.businessInformation}, system service ${g.systemService})`,
          `「${r.system}」定为第${r.declaredLevel}级，低于按定级要素确定的第${g.level}级（业务信息安全第${g.businessInformation}级，系统服务安全第${g.systemService}级）`,
          facts
        )
  }
})
