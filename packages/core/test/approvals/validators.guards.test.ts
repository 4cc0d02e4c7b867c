import { describe, expect, it } from "vitest"
import * as Approvals from "../../src/approvals/index.ts"
import type { AnyMachine, Snapshot } from "../../src/machine/Machine.ts"
import * as Transition from "../../src/machine/transition.ts"
import { agency, as, budget, d, minhang, municipal, started } from "./fixtures.ts"

type App = Approvals.ProjectApplication

/** For each submission guard: an application that breaks it, the day, and the rules that then refuse. */
const breaking: ReadonlyArray<{ guard: string; day: string; app: (a: App) => App; refusedBy: ReadonlyArray<string> }> =
  [
    {
      guard: "publicFacingOnExtranet",
      day: "2026-03-02",
      app: (a) => ({ ...a, system: { ...a.system, builtOn: "internal-network" } }),
      refusedBy: ["networks/public-facing-system-on-extranet"]
    },
    {
      guard: "noNewNonClassifiedBusinessNetwork",
      day: "2024-06-01",
      app: (a) => ({ ...a, newBusinessNetwork: { classified: false, stateProvision: null } }),
      refusedBy: ["networks/no-new-non-classified-business-network"]
    },
    {
      guard: "licensedSoftware",
      day: "2026-03-02",
      app: (a) => ({ ...a, software: [{ name: "盗版", licensed: false }] }),
      refusedBy: ["security/licensed-software"]
    },
    {
      guard: "certifiedSecurityProducts",
      day: "2026-03-02",
      app: (a) => ({ ...a, securityProducts: [{ name: "未认证防火墙", certified: false }] }),
      refusedBy: ["security/certified-security-products"]
    },
    {
      guard: "protectionLevelDetermined",
      day: "2026-03-02",
      app: (a) => ({ ...a, protection: { gradedLevel: null, classifiedGrade: null } }),
      refusedBy: ["approvals/protection-level-determined"]
    }
  ]

const submitters: ReadonlyArray<{
  machine: AnyMachine
  context: (a: App) => unknown
  good: App
  unit: string
}> = [
  {
    machine: Approvals.constructionProject,
    context: Approvals.newProjectContext,
    good: municipal,
    unit: "sh-health-commission"
  },
  {
    machine: Approvals.budgetProject,
    context: Approvals.newProjectContext,
    good: budget,
    unit: "sh-health-commission"
  },
  {
    machine: Approvals.districtProject,
    context: (a) => Approvals.newDistrictContext(a, agency("mh-big-data-centre")),
    good: minhang,
    unit: "mh-office"
  }
]

const submit = (machine: AnyMachine, context: unknown, unit: string, day: string) =>
  Transition.transition(
    machine,
    started<string, unknown>(machine, context, d(day)) as Snapshot<string, unknown>,
    { type: "submit", payload: {} },
    as(unit, "project-unit"),
    d(day)
  )

describe("approvals: every submission guard of every project machine, both ways", () => {
  for (const s of submitters) {
    const day2023 = (day: string) => (s.machine === Approvals.districtProject && day < "2023-09-08" ? null : day)
    for (const b of breaking) {
      const day = day2023(b.day)
      if (day === null) continue
      it(`${s.machine.id}: a ${day.slice(0, 4)} submission breaking \`${b.guard}\` is refused, and the same submission without the breach is accepted`, () => {
        const bad = submit(s.machine, s.context(b.app(s.good)), s.unit, day)
        if (bad._tag !== "Refused") throw new Error("expected a refusal")
        expect(bad.decision.reasons.map((f) => f.rule)).toEqual(b.refusedBy)
        const good = submit(s.machine, s.context(s.good), s.unit, day)
        expect(good._tag).toBe("Accepted")
        expect(good.decision.findings.map((f) => f.rule)).toContain(
          Approvals.submissionRules[b.guard as keyof typeof Approvals.submissionRules].id
        )
      })
    }

    it(`${s.machine.id}: a 2024 submission with a new classified business network is accepted with the art 15 warning (原则上); with a state provision without it`, () => {
      const network = (stateProvision: string | null): App => ({
        ...s.good,
        newBusinessNetwork: { classified: true, stateProvision }
      })
      const warned = submit(s.machine, s.context(network(null)), s.unit, "2024-06-01")
      expect(warned._tag).toBe("Accepted")
      expect(warned.decision.findings.find((f) => f.rule === "networks/no-new-business-network")).toMatchObject({
        status: "violated",
        severity: "warning"
      })
      const exempt = submit(s.machine, s.context(network("国家规定")), s.unit, "2024-06-01")
      expect(exempt.decision.findings.find((f) => f.rule === "networks/no-new-business-network")?.status).toBe(
        "satisfied"
      )
    })

    it(`${s.machine.id}: a closed single-department system is accepted with the art 28 warning; an integrated one without`, () => {
      const closed = submit(
        s.machine,
        s.context({ ...s.good, system: { ...s.good.system, isolatedSingleDepartment: true } }),
        s.unit,
        "2026-03-02"
      )
      expect(closed._tag).toBe("Accepted")
      expect(
        closed.decision.findings.find((f) => f.rule === "approvals/no-isolated-single-department-system")
      ).toMatchObject({
        status: "violated",
        severity: "warning"
      })
      const open = submit(s.machine, s.context(s.good), s.unit, "2026-03-02")
      expect(
        open.decision.findings.find((f) => f.rule === "approvals/no-isolated-single-department-system")?.status
      ).toBe("satisfied")
    })
  }
})
