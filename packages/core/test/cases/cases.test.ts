import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import { describe, expect, it } from "vitest"
import type { CaseError } from "../../src/cases/CaseError.ts"
import * as Cases from "../../src/cases/Cases.ts"
import * as Integrity from "../../src/cases/Integrity.ts"
import type { AgencyId } from "../../src/machine/Actor.ts"
import { AuditLog } from "../../src/ports/AuditLog.ts"
import { CaseIndex } from "../../src/ports/CaseIndex.ts"
import * as Clock from "../../src/ports/Clock.ts"
import { EventStore, type StreamId } from "../../src/ports/EventStore.ts"
import * as Memory from "../../src/ports/memory/layer.ts"
import * as Registry from "../../src/registry.ts"
import { notice } from "../seals/fixtures.ts"

/** 2026-03-02T02:00:00Z, i.e. 10:00 in Shanghai. */
const march2 = 1_772_416_800_000
const layerAt = (millis: number) => {
  const ports = Memory.layer(Clock.layerFixed(millis))
  return Layer.merge(Cases.layer(Registry.getMachine).pipe(Layer.provide(ports)), ports)
}

const run = <A, E>(program: Effect.Effect<A, E, Cases.Cases | EventStore | AuditLog | CaseIndex>, millis = march2) =>
  Effect.runPromise(program.pipe(Effect.provide(layerAt(millis))))

const drafter = { agency: "xh-office" as AgencyId, role: "drafter" }
const approver = { agency: "xh-office" as AgencyId, role: "seal-approver" }
const keeper = { agency: "xh-office" as AgencyId, role: "seal-keeper" }
const json = <T>(x: T): T => JSON.parse(JSON.stringify(x))

const startCase = (request: unknown = json({ request: notice })) =>
  Effect.flatMap(Effect.service(Cases.Cases), (cases) =>
    cases.start({ machine: "seals/signing", input: request, actor: drafter })
  )

const fire = (
  caseId: string,
  event: unknown,
  actor = drafter,
  extra: { expectedVersion?: number; idempotencyKey?: string } = {}
) => Effect.flatMap(Effect.service(Cases.Cases), (cases) => cases.fire({ caseId, event, actor, ...extra }))

const failure = <A>(e: Effect.Effect<A, CaseError, Cases.Cases | EventStore | AuditLog>) => Effect.flip(e)

describe("cases over the in-memory ports", () => {
  it("a 2026 seal signing case runs to `sealed`, its state rebuilt from the stream, and the audit chain verifies", async () => {
    const out = await run(
      Effect.gen(function* () {
        const c = yield* startCase()
        yield* fire(c.id, { type: "submit", payload: {} })
        yield* fire(c.id, { type: "approve", payload: {} }, approver)
        const sealed = yield* fire(
          c.id,
          { type: "apply-seal", payload: { certificate: json(notice.certificate) } },
          keeper
        )
        const again = yield* Effect.flatMap(Effect.service(Cases.Cases), (s) => s.get(c.id))
        const verify = yield* Effect.flatMap(Effect.service(AuditLog), (a) => a.verify())
        const history = yield* Effect.flatMap(Effect.service(Cases.Cases), (s) => s.history(c.id))
        return { c, sealed, again, verify, history }
      })
    )
    expect(out.c).toMatchObject({ state: "drafted", version: 1, final: false })
    expect(out.sealed).toMatchObject({ state: "sealed", version: 4, final: true })
    expect(out.again).toEqual(out.sealed)
    expect(out.verify).toEqual({ ok: true, count: 4 })
    expect(out.history.map((e) => e.type)).toEqual(["case-started", "submit", "approve", "apply-seal"])
    expect(out.history[1]?.occurredAt).toBe(march2)
  })

  it("a 2026 contract is refused at submission under art 4: nothing is appended, the refusal is audited", async () => {
    const out = await run(
      Effect.gen(function* () {
        const c = yield* startCase(json({ request: { ...notice, documentKind: "contract" } }))
        const err = yield* failure(fire(c.id, { type: "submit", payload: {} }))
        const events = yield* Effect.flatMap(Effect.service(EventStore), (s) => s.read(c.id as StreamId))
        const audit = yield* Effect.flatMap(Effect.service(AuditLog), (a) => a.list({}))
        return { err, events, audit }
      })
    )
    expect(out.err.reason).toBe("refused")
    expect(out.err.decision?.reasons.map((f) => f.rule)).toEqual(["seals/document-kind-permitted"])
    expect(out.events).toHaveLength(1)
    expect(out.audit.map((r) => [r.kind, r.outcome, r.citations])).toEqual([
      ["event", "drafted", ["xuhui-eseal-2015/7"]],
      ["decision", "refused", ["xuhui-eseal-2015/4"]]
    ])
  })

  it("a stale expected version is a conflict and changes nothing", async () => {
    const out = await run(
      Effect.gen(function* () {
        const c = yield* startCase()
        yield* fire(c.id, { type: "submit", payload: {} })
        const err = yield* failure(fire(c.id, { type: "withdraw", payload: {} }, drafter, { expectedVersion: 1 }))
        const now = yield* Effect.flatMap(Effect.service(Cases.Cases), (s) => s.get(c.id))
        return { err, now }
      })
    )
    expect(out.err).toMatchObject({ reason: "version-conflict", expectedVersion: 1, actualVersion: 2 })
    expect(out.now).toMatchObject({ state: "awaiting-approval", version: 2 })
  })

  it("the same command sent twice with one idempotency key is applied once and answered the same", async () => {
    const out = await run(
      Effect.gen(function* () {
        const c = yield* startCase()
        const first = yield* fire(c.id, { type: "submit", payload: {} }, drafter, { idempotencyKey: "k-1" })
        const second = yield* fire(c.id, { type: "submit", payload: {} }, drafter, { idempotencyKey: "k-1" })
        const history = yield* Effect.flatMap(Effect.service(Cases.Cases), (s) => s.history(c.id))
        return { first, second, history }
      })
    )
    expect(out.second).toEqual(out.first)
    expect(out.history).toHaveLength(2)
  })

  it("bad input names the path and writes nothing; an unknown case is not found", async () => {
    const out = await run(
      Effect.gen(function* () {
        const bad = yield* failure(startCase({ request: { ...json(notice), channel: "fax" } }))
        const c = yield* startCase()
        const badEvent = yield* failure(fire(c.id, { type: "reject", payload: { reason: 7 } }, approver))
        const missing = yield* failure(fire("nope", { type: "submit", payload: {} }))
        const events = yield* Effect.flatMap(Effect.service(EventStore), (s) => s.readAll({}))
        return { bad, badEvent, missing, events }
      })
    )
    expect(out.bad).toMatchObject({ reason: "invalid-input", problems: [{ path: ["request", "channel"] }] })
    expect(out.badEvent).toMatchObject({ reason: "invalid-input", problems: [{ path: ["payload", "reason"] }] })
    expect(out.missing.reason).toBe("not-found")
    expect(out.events).toHaveLength(1)
  })

  it("a case cannot be started on 2014-12-31 (Shanghai time): the measures took effect on 2015-01-28", async () => {
    const dec31 = 1_420_000_000_000 // 2014-12-31T04:26:40Z
    const err = await run(failure(startCase()), dec31)
    expect(err.reason).toBe("refused")
    expect(err.decision?.reasons[0]?.rule).toBe("seals/signing/in-force")
  })

  it("the case index finds cases by procedure, state and agency, and refusals by the rule that refused them", async () => {
    const out = await run(
      Effect.gen(function* () {
        const a = yield* startCase()
        yield* startCase()
        yield* fire(a.id, { type: "submit", payload: {} })
        const contract = yield* startCase(json({ request: { ...notice, documentKind: "contract" } }))
        yield* failure(fire(contract.id, { type: "submit", payload: {} }))
        const index = yield* CaseIndex
        const drafted = yield* index.list({ machine: "seals/signing", state: "drafted", agency: "xh-office" })
        const awaiting = yield* index.list({ state: "awaiting-approval" })
        const refusals = yield* index.decisionsByRule("seals/document-kind-permitted")
        return { a, contract, drafted, awaiting, refusals }
      })
    )
    expect(out.drafted.items).toHaveLength(2)
    expect(out.awaiting.items.map((c) => [c.id, c.version, c.createdAt])).toEqual([[out.a.id, 2, march2]])
    expect(out.refusals.map((d) => [d.subject, d.status, d.outcome])).toEqual([
      [out.a.id, "satisfied", "awaiting-approval"],
      [out.contract.id, "violated", "refused"]
    ])
  })

  it("whole-store verification holds after a case, and reports an event edited behind the service's back", async () => {
    const out = await run(
      Effect.gen(function* () {
        const c = yield* startCase()
        yield* fire(c.id, { type: "submit", payload: {} })
        yield* fire(c.id, { type: "withdraw", payload: {} })
        const intact = yield* Integrity.verify
        // an event store that returns the second event with another actor
        const store = yield* EventStore
        const forged = EventStore.of({
          ...store,
          readAll: (o) =>
            Effect.map(store.readAll(o), (events) =>
              events.map((e) => (e.position === 2 ? { ...e, actor: { ...e.actor, role: "seal-approver" } } : e))
            )
        })
        const altered = yield* Effect.provideService(Integrity.verify, EventStore, forged)
        const dropped = yield* Effect.provideService(
          Integrity.verify,
          EventStore,
          EventStore.of({
            ...store,
            readAll: (o) => Effect.map(store.readAll(o), (es) => es.filter((e) => e.position !== 3))
          })
        )
        return { intact, altered, dropped }
      })
    )
    expect(out.intact).toEqual({ ok: true, auditRecords: 3, events: 3 })
    expect(out.altered).toEqual({ ok: false, scope: "events", brokenAt: 2, reason: "event-altered" })
    expect(out.dropped).toEqual({ ok: false, scope: "events", brokenAt: 3, reason: "event-missing" })
  })
})
