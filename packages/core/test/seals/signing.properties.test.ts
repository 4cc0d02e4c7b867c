import * as Result from "effect/Result"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import type { Actor } from "../../src/machine/Actor.ts"
import type { Snapshot } from "../../src/machine/Machine.ts"
import * as Transition from "../../src/machine/transition.ts"
import * as Seals from "../../src/seals/index.ts"
import * as Arb from "../../src/testing/arbitraries/seals.ts"

type S = Snapshot<Seals.SigningState, Seals.SigningContext>
type Ev = Parameters<typeof Transition.transition<Seals.SigningState, Seals.SigningContext, Seals.SigningEvents>>[2]
const m = Seals.signing
const roles = ["drafter", "seal-approver", "seal-keeper", "clerk"]
const event: fc.Arbitrary<Ev> = fc.oneof(
  fc.constant<Ev>({ type: "submit", payload: {} }),
  fc.constant<Ev>({ type: "approve", payload: {} }),
  fc.constant<Ev>({ type: "reject", payload: { reason: "no" } }),
  fc.constant<Ev>({ type: "withdraw", payload: {} }),
  Arb.certificate.map<Ev>((certificate) => ({ type: "apply-seal", payload: { certificate } }))
)
const step = fc.record({
  event,
  actor: fc.record({ agency: Arb.agencyId, role: fc.constantFrom(...roles) }) as fc.Arbitrary<Actor>,
  asOf: Arb.localDate
})

/** Requests and steps biased towards the owning unit and in-scope requests, so that cases do reach `sealed`. */
const scenario = Arb.sealUseRequest.chain((req) => {
  const by = (role: string) => ({ agency: req.sealOwner.id, role }) as Actor
  const sealWith = fc.oneof(fc.constant(req.certificate), Arb.certificate)
  const owned = fc
    .record({
      pair: fc.oneof(
        fc.constant({ event: { type: "submit", payload: {} } as Ev, actor: by("drafter") }),
        fc.constant({ event: { type: "approve", payload: {} } as Ev, actor: by("seal-approver") }),
        fc.constant({ event: { type: "reject", payload: { reason: "no" } } as Ev, actor: by("seal-approver") }),
        fc.constant({ event: { type: "withdraw", payload: {} } as Ev, actor: by("drafter") }),
        sealWith.map((certificate) => ({
          event: { type: "apply-seal", payload: { certificate } } as Ev,
          actor: by("seal-keeper")
        }))
      ),
      asOf: fc.oneof(
        Arb.localDate,
        fc
          .constantFrom(req.certificate.validFrom, req.certificate.validUntil)
          .map((x) => (x < "2015-01-28" ? ("2015-01-28" as typeof x) : x))
      )
    })
    .map(({ pair, asOf }) => ({ ...pair, asOf }))
  const request = fc.oneof(
    fc.constant(req),
    fc.constant({
      ...req,
      certificate: { ...req.certificate, status: "active" as const },
      issuers: { ...req.issuers, lead: req.sealOwner.id },
      sealOwner: { ...req.sealOwner, xuhuiDistrictUnit: true },
      documentKind: "notice" as const,
      channel: "internal-office-platform" as const,
      secrecy: "none" as const
    })
  )
  return fc.tuple(
    request,
    fc.array(fc.oneof({ arbitrary: owned, weight: 4 }, { arbitrary: step, weight: 1 }), { minLength: 4, maxLength: 16 })
  )
})

const run = (request: Seals.SealUseRequest, steps: ReadonlyArray<{ event: Ev; actor: Actor; asOf: string }>) => {
  const r = Transition.start(m, Seals.initialContext(request), "2015-06-01" as never)
  if (Result.isFailure(r)) throw new Error("start refused")
  const trace: Array<{
    before: S
    result: ReturnType<typeof Transition.transition<Seals.SigningState, Seals.SigningContext, Seals.SigningEvents>>
    asOf: string
    actor: Actor
    event: Ev
  }> = []
  let s: S = r.success
  for (const x of steps) {
    const before = structuredClone(s)
    const result = Transition.transition(m, s, x.event, x.actor, x.asOf as never)
    trace.push({ before, result, asOf: x.asOf, actor: x.actor, event: x.event })
    if (result._tag === "Accepted") s = result.snapshot
    else expect(s).toEqual(before)
  }
  return { final: s, trace }
}

describe("seals/signing invariants", () => {
  let sealedCases = 0

  it("no case reaches `sealed` unless its document passed art 4, its seal fits art 7, and the certificate was valid on the day of sealing (art 2)", () => {
    fc.assert(
      fc.property(scenario, ([req, steps]) => {
        const { final, trace } = run(req, steps)
        if (final.state !== "sealed") return
        sealedCases++
        expect(Seals.permittedKinds).toContain(req.documentKind)
        expect(req.channel).toBe("internal-office-platform")
        expect(req.secrecy).toBe("none")
        expect(req.sealOwner.xuhuiDistrictUnit).toBe(true)
        if (req.issuers.coIssuers.length > 0) expect(req.sealOwner.id).toBe(req.issuers.lead)
        const sealing = trace.find((t) => t.result._tag === "Accepted" && t.event.type === "apply-seal")
        const c = final.context.certificateAtSealing
        expect(c).not.toBeNull()
        if (c === null || sealing === undefined) throw new Error("unreachable")
        expect(c.status).toBe("active")
        expect(c.validFrom <= sealing.asOf && sealing.asOf <= c.validUntil).toBe(true)
      }),
      { numRuns: 3000 }
    )
    // the property must not hold vacuously: generated cases do reach `sealed`
    expect(sealedCases).toBeGreaterThan(5)
  })

  it("every accepted event was fired by the owning unit in a role the actor table names", () => {
    fc.assert(
      fc.property(scenario, ([req, steps]) => {
        for (const t of run(req, steps).trace) {
          if (t.result._tag !== "Accepted") continue
          expect(t.actor.agency).toBe(req.sealOwner.id)
          const node = m.transitions.find((x) => x.from === t.before.state && x.event === t.event.type)
          expect(node?.actors.map((a) => a.role)).toContain(t.actor.role)
        }
      }),
      { numRuns: 2000 }
    )
  })

  it("versions count accepted events exactly, and a refused event leaves the snapshot unchanged", () => {
    fc.assert(
      fc.property(Arb.sealUseRequest, fc.array(step, { maxLength: 12 }), (req, steps) => {
        const { final, trace } = run(req, steps)
        expect(final.version).toBe(trace.filter((t) => t.result._tag === "Accepted").length)
        for (const t of trace) if (t.result._tag === "Refused") expect(t.result.decision.outcome).not.toBe("allowed")
      }),
      { numRuns: 1000 }
    )
  })
})
