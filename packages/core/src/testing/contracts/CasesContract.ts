/**
 * The Cases contract over a storage: retries are exact (a retried command
 * answers what it answered and writes nothing; the same key with another
 * request is refused; concurrent duplicates have one effect), reads are
 * authorised (a principal who is no party finds no case), and what cannot be
 * stored is refused with its path before anything is written. Run it with the
 * Cases service over the adapter's ports, for the registry's machines.
 */
import * as Effect from "effect/Effect"
import type * as Layer from "effect/Layer"
import { describe, expect, it } from "vitest"
import { Cases } from "../../cases/Cases.ts"
import type { Actor } from "../../machine/Actor.ts"
import { AuditLog } from "../../ports/AuditLog.ts"
import { CaseIndex } from "../../ports/CaseIndex.ts"
import { EventStore, type StreamId } from "../../ports/EventStore.ts"
import * as Registry from "../../registry.ts"

type Ports = Cases | EventStore | AuditLog | CaseIndex

const example = (() => {
  const e = Registry.examples.find((x) => x.machine === "seals/signing")
  if (e === undefined) throw new Error("no seals/signing example")
  return e
})()

/** The seal example with its own unit renamed, so that each test has parties of its own. */
const sealCase = (unit: string) =>
  JSON.parse(JSON.stringify(example.input).replaceAll(`"${example.unitAgency}"`, `"${unit}"`)) as unknown

const as = (agency: string, role: string): Actor => ({ agency: agency as Actor["agency"], role })

export const casesContract = <E>(name: string, layer: () => Layer.Layer<Ports, E>): void => {
  const run = <A, E2>(program: Effect.Effect<A, E2, Ports>): Promise<A> =>
    Effect.runPromise(Effect.scoped(program.pipe(Effect.provide(layer()))) as Effect.Effect<A, E2 | E>)

  const counts = (stream: string) =>
    Effect.gen(function* () {
      const events = yield* Effect.flatMap(Effect.service(EventStore), (s) => s.read(stream as StreamId))
      const audit = yield* Effect.flatMap(Effect.service(AuditLog), (a) => a.list({}))
      return { events: events.length, audit: audit.filter((r) => r.subject === stream).length }
    })

  describe(`${name}: retries are exact`, () => {
    it("a keyed start without an id, retried, answers the same case and is written once", () =>
      run(
        Effect.gen(function* () {
          const cases = yield* Cases
          const drafter = as("unit-a1", "drafter")
          const command = {
            machine: "seals/signing",
            input: sealCase("unit-a1"),
            actor: drafter,
            idempotencyKey: "k1"
          }
          const first = yield* cases.start(command)
          yield* cases.fire({ caseId: first.id, event: { type: "submit", payload: {} }, actor: drafter })
          const again = yield* cases.start(command)
          expect(again).toEqual(first)
          expect(yield* counts(first.id)).toEqual({ events: 2, audit: 2 })
        })
      ))

    it("a key reused with another context, or by another principal, is not a retry of the first start", () =>
      run(
        Effect.gen(function* () {
          const cases = yield* Cases
          const drafter = as("unit-a2", "drafter")
          const first = yield* cases.start({
            machine: "seals/signing",
            input: sealCase("unit-a2"),
            actor: drafter,
            idempotencyKey: "k2"
          })
          const base = sealCase("unit-a2") as { request: object }
          const other = { request: { ...base.request, documentKind: "report" } }
          const mismatch = yield* Effect.flip(
            cases.start({ machine: "seals/signing", input: other, actor: drafter, idempotencyKey: "k2" })
          )
          expect(mismatch.reason).toBe("idempotency-mismatch")
          expect(yield* counts(first.id)).toEqual({ events: 1, audit: 1 })
          const someoneElse = yield* cases.start({
            machine: "seals/signing",
            input: sealCase("unit-a2"),
            actor: as("unit-a2", "seal-keeper"),
            idempotencyKey: "k2"
          })
          expect(someoneElse.id).not.toBe(first.id)
        })
      ))

    it("eight concurrent keyed starts have one effect: one case, one event, one audit record", () =>
      run(
        Effect.gen(function* () {
          const cases = yield* Cases
          const command = {
            machine: "seals/signing",
            input: sealCase("unit-a3"),
            actor: as("unit-a3", "drafter"),
            idempotencyKey: "k3"
          }
          const views = yield* Effect.all(
            Array.from({ length: 8 }, () => cases.start(command)),
            { concurrency: "unbounded" }
          )
          expect(new Set(views.map((v) => v.id)).size).toBe(1)
          const id = views[0]?.id ?? ""
          expect(yield* counts(id)).toEqual({ events: 1, audit: 1 })
          const listed = yield* Effect.flatMap(Effect.service(CaseIndex), (i) => i.list({ agency: "unit-a3" }))
          expect(listed.items.map((s) => s.id)).toEqual([id])
        })
      ))

    it("a keyed event retried after later events answers the case as of that event and is written once", () =>
      run(
        Effect.gen(function* () {
          const cases = yield* Cases
          const drafter = as("unit-a4", "drafter")
          const c = yield* cases.start({ machine: "seals/signing", input: sealCase("unit-a4"), actor: drafter })
          const submit = { caseId: c.id, event: { type: "submit", payload: {} }, actor: drafter, idempotencyKey: "s1" }
          const submitted = yield* cases.fire(submit)
          yield* cases.fire({
            caseId: c.id,
            event: { type: "approve", payload: {} },
            actor: as("unit-a4", "seal-approver")
          })
          const again = yield* cases.fire(submit)
          expect(again).toEqual(submitted)
          expect(yield* counts(c.id)).toEqual({ events: 3, audit: 3 })
        })
      ))

    it("a key reused with another event, payload or actor is idempotency-mismatch and writes nothing", () =>
      run(
        Effect.gen(function* () {
          const cases = yield* Cases
          const drafter = as("unit-a5", "drafter")
          const approver = as("unit-a5", "seal-approver")
          const c = yield* cases.start({ machine: "seals/signing", input: sealCase("unit-a5"), actor: drafter })
          yield* cases.fire({ caseId: c.id, event: { type: "submit", payload: {} }, actor: drafter })
          yield* cases.fire({
            caseId: c.id,
            event: { type: "reject", payload: { reason: "wrong date" } },
            actor: approver,
            idempotencyKey: "r1"
          })
          for (const retry of [
            { event: { type: "reject", payload: { reason: "another reason" } }, actor: approver },
            { event: { type: "approve", payload: {} }, actor: approver },
            { event: { type: "reject", payload: { reason: "wrong date" } }, actor: as("unit-a5", "seal-keeper") }
          ]) {
            const e = yield* Effect.flip(cases.fire({ caseId: c.id, ...retry, idempotencyKey: "r1" }))
            expect(e.reason, JSON.stringify(retry)).toBe("idempotency-mismatch")
          }
          expect(yield* counts(c.id)).toEqual({ events: 3, audit: 3 })
        })
      ))

    it("eight concurrent keyed events have one effect", () =>
      run(
        Effect.gen(function* () {
          const cases = yield* Cases
          const drafter = as("unit-a6", "drafter")
          const c = yield* cases.start({ machine: "seals/signing", input: sealCase("unit-a6"), actor: drafter })
          const fire = cases.fire({
            caseId: c.id,
            event: { type: "submit", payload: {} },
            actor: drafter,
            idempotencyKey: "once"
          })
          const views = yield* Effect.all(
            Array.from({ length: 8 }, () => fire),
            { concurrency: "unbounded" }
          )
          // a duplicate that lost the race is answered as a retry of the first: the same case, written once
          for (const v of views) expect(v).toEqual(views[0])
          expect(views[0]).toMatchObject({ state: "awaiting-approval", version: 2 })
          expect(yield* counts(c.id)).toEqual({ events: 2, audit: 2 })
        })
      ))
  })

  describe(`${name}: reads are authorised`, () => {
    it("a principal who is no party to a case finds none, by get, history or fire; the parties read it", () =>
      run(
        Effect.gen(function* () {
          const cases = yield* Cases
          const drafter = as("unit-b1", "drafter")
          const c = yield* cases.start({ machine: "seals/signing", input: sealCase("unit-b1"), actor: drafter })
          const stranger = as("unit-b2", "seal-approver")
          expect((yield* Effect.flip(cases.get(c.id, stranger))).reason).toBe("not-readable")
          expect((yield* Effect.flip(cases.history(c.id, stranger))).reason).toBe("not-readable")
          const fired = yield* Effect.flip(
            cases.fire({ caseId: c.id, event: { type: "submit", payload: {} }, actor: stranger })
          )
          expect(fired.reason).toBe("not-readable")
          expect((yield* cases.get(c.id, as("unit-b1", "seal-keeper"))).id).toBe(c.id)
          expect(yield* cases.history(c.id, drafter)).toHaveLength(1)
          const index = yield* CaseIndex
          const mine = yield* index.list({ readableBy: { agency: "unit-b1", machines: [] } })
          expect(mine.items.map((s) => s.id)).toContain(c.id)
          const theirs = yield* index.list({ readableBy: { agency: "unit-b2", machines: [] } })
          expect(theirs.items.map((s) => s.id)).not.toContain(c.id)
        })
      ))
  })

  describe(`${name}: what cannot be stored is refused before anything is written`, () => {
    it("NUL, a lone surrogate or an infinite number in an input or a payload is invalid input with its path", () =>
      run(
        Effect.gen(function* () {
          const cases = yield* Cases
          const drafter = as("unit-c1", "drafter")
          const input = sealCase("unit-c1") as { request: { sealOwner: { id: string } } }
          for (const bad of ["unit\u0000c1", "unit\uD800c1"]) {
            const e = yield* Effect.flip(
              cases.start({
                machine: "seals/signing",
                input: { ...input, request: { ...input.request, sealOwner: { ...input.request.sealOwner, id: bad } } },
                actor: drafter,
                id: `bad-${bad.length}`
              })
            )
            expect(e.reason).toBe("invalid-input")
            expect(e.problems[0]?.path).toEqual(["request", "sealOwner", "id"])
          }
          const c = yield* cases.start({ machine: "seals/signing", input, actor: drafter })
          yield* cases.fire({ caseId: c.id, event: { type: "submit", payload: {} }, actor: drafter })
          const badEvent = yield* Effect.flip(
            cases.fire({
              caseId: c.id,
              event: { type: "reject", payload: { reason: "x\u0000y" } },
              actor: as("unit-c1", "seal-approver")
            })
          )
          expect(badEvent).toMatchObject({ reason: "invalid-input", problems: [{ path: ["payload", "reason"] }] })
          const badId = yield* Effect.flip(cases.get("case-\u0000"))
          expect(badId.reason).toBe("not-found")
          expect(yield* counts(c.id)).toEqual({ events: 2, audit: 2 })
        })
      ))
  })
}
