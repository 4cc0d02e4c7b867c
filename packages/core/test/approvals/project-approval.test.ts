import { describe, expect, it } from "vitest"
import type * as Approvals from "../../src/approvals/index.ts"
import type { Actor } from "../../src/machine/Actor.ts"
import * as Transition from "../../src/machine/transition.ts"
import { accepted, construction, municipal, reasonRules, refused } from "./fixtures.ts"

const { m, unit, eitc, office, ndrc, fire, start, submitted, reviewed, approve } = construction

describe("approvals/municipal-construction-project — sh-egov-2012 arts 10, 12", () => {
  it("a draft can be amended without checks, then submitted once it meets them", () => {
    const bad = { ...municipal, software: [{ name: "盗版", licensed: false }] }
    const s0 = start(bad)
    expect(reasonRules(refused(fire(s0, { type: "submit", payload: {} }, unit)))).toEqual([
      "security/licensed-software"
    ])
    const fixed = accepted(fire(s0, { type: "amend", payload: { application: municipal } }, unit))
    expect(accepted(fire(fixed, { type: "submit", payload: {} }, unit)).state).toBe("under-review")
  })

  it("the unit may withdraw before a decision, never after approval", () => {
    expect(accepted(fire(submitted(), { type: "withdraw", payload: {} }, unit)).state).toBe("withdrawn")
    const approved = accepted(fire(reviewed(submitted()), approve(), ndrc))
    expect(fire(approved, { type: "withdraw", payload: {} }, unit)._tag).toBe("Refused")
  })

  it("roll-out before completion acceptance is not possible (art 12's order)", () => {
    const approved = accepted(fire(reviewed(submitted()), approve(), ndrc))
    expect(refused(fire(approved, { type: "record-roll-out", payload: {} }, unit)).reasons[0]?.rule).toBe(
      "approvals/municipal-construction-project/event-possible"
    )
  })

  it("replaying the accepted events from the initial snapshot gives the same snapshot", () => {
    const steps: Array<[Approvals.ProjectEvent, Actor]> = [
      [{ type: "submit", payload: {} }, unit],
      [{ type: "review-by-eitc", payload: {} }, eitc],
      [{ type: "amend", payload: { application: { ...municipal, name: "二期" } } }, unit],
      [{ type: "review-by-eitc", payload: {} }, eitc],
      [{ type: "review-by-gov-office", payload: {} }, office],
      [approve(), ndrc],
      [{ type: "record-procurement", payload: { reference: "p" } }, unit]
    ]
    let live = start()
    const log: Array<[Approvals.ProjectEvent, Approvals.ProjectState]> = []
    for (const [e, a] of steps) {
      const r = fire(live, e, a)
      live = accepted(r)
      if (r._tag === "Accepted") log.push([e, r.to])
    }
    expect(log.reduce((s, [e, to]) => Transition.replay(m, s, e, to), start())).toEqual(live)
  })
})
