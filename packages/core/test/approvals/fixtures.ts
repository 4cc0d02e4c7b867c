import * as Result from "effect/Result"
import type { ProjectApplication } from "../../src/approvals/model.ts"
import * as LocalDate from "../../src/date/LocalDate.ts"
import type { Actor, AgencyId } from "../../src/machine/Actor.ts"
import type { AnyMachine, Snapshot } from "../../src/machine/Machine.ts"
import * as Transition from "../../src/machine/transition.ts"

export const d = LocalDate.make
export const agency = (s: string) => s as AgencyId
export const as = (agencyId: string, role: string): Actor => ({ agency: agency(agencyId), role })

/** A municipal government-investment project of the health commission that meets every submission rule. */
export const municipal: ProjectApplication = {
  name: "健康云",
  projectUnit: agency("sh-health-commission"),
  funding: "municipal-government-investment",
  system: {
    publicFacing: true,
    builtOn: "extranet",
    servedOverInternet: true,
    classified: false,
    isolatedSingleDepartment: false
  },
  newBusinessNetwork: null,
  software: [{ name: "数据库", licensed: true }],
  securityProducts: [{ name: "防火墙", certified: true }],
  protection: { gradedLevel: 3, classifiedGrade: null },
  district: null
}

export const budget: ProjectApplication = { ...municipal, funding: "municipal-annual-it-budget" }

/** A Minhang district-level construction project. */
export const minhang: ProjectApplication = {
  ...municipal,
  name: "闵行城运平台",
  projectUnit: agency("mh-office"),
  funding: "district-level",
  district: {
    district: "minhang",
    kind: "construction",
    work: "new-build",
    investmentYuan: 1_200_000,
    level3CostsInConstructionCost: false
  }
}

/** A Yangpu district-level construction project of 500,000 yuan at protection level 3. */
export const yangpu: ProjectApplication = {
  ...municipal,
  name: "杨浦政务服务系统",
  projectUnit: agency("yp-office"),
  funding: "district-level",
  district: {
    district: "yangpu",
    kind: "construction",
    work: "upgrade",
    investmentYuan: 500_000,
    level3CostsInConstructionCost: false
  }
}

/** Starts a case, throwing when the start is refused. */
export const started = <S extends string, C>(m: AnyMachine, context: C, asOf = d("2026-03-02")) => {
  const r = Transition.start(m, context, asOf)
  if (Result.isFailure(r)) throw new Error(`start refused: ${JSON.stringify(r.failure.reasons)}`)
  return r.success as Snapshot<S, C>
}

export const accepted = <S extends string, C>(r: Transition.TransitionResult<S, C>): Snapshot<S, C> => {
  if (r._tag !== "Accepted") throw new Error(`refused: ${JSON.stringify(r.decision.reasons)}`)
  return r.snapshot
}

export const refused = <S extends string, C>(r: Transition.TransitionResult<S, C>) => {
  if (r._tag !== "Refused") throw new Error(`expected a refusal, got ${r.to}`)
  return r.decision
}

export const reasonRules = (x: { reasons: ReadonlyArray<{ rule: string }> }) => x.reasons.map((f) => f.rule)
