import { Cases, Clock, EventStore, Ids, Integrity, Registry } from "@zhengwu/core"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as SqlClient from "effect/sql/SqlClient"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as Engines from "./engines.ts"

type Tamper =
  | { readonly kind: "edit-payload" | "edit-actor" | "edit-type" | "delete"; readonly position: number }
  | { readonly kind: "swap"; readonly a: number; readonly b: number }
  | { readonly kind: "insert"; readonly position: number }

const events = 8 // two seal cases: start, submit, approve, apply-seal
const position = fc.integer({ min: 1, max: events })
const tamper: fc.Arbitrary<Tamper> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom("edit-payload", "edit-actor", "edit-type", "delete") as fc.Arbitrary<"edit-payload">,
      position
    )
    .map(([kind, p]) => ({ kind, position: p })),
  fc
    .tuple(position, position)
    .filter(([a, b]) => a !== b)
    .map(([a, b]) => ({ kind: "swap" as const, a: Math.min(a, b), b: Math.max(a, b) })),
  position.map((p) => ({ kind: "insert" as const, position: p }))
)

const firstBroken = (t: Tamper) => (t.kind === "swap" ? t.a : t.position)

describe("tampering with the event table directly in SQL on PostgreSQL 15", () => {
  it("any edited, deleted, reordered or inserted event row is reported by whole-store verification at the first broken position", async () => {
    const example = Registry.examples.find((e) => e.machine === "seals/signing")
    if (example === undefined) throw new Error("no example")
    let detected = 0
    await fc.assert(
      fc.asyncProperty(tamper, async (t) => {
        const schema = Engines.freshSchema()
        const layer = Cases.layer(Registry.getMachine).pipe(
          Layer.provideMerge(Engines.storage(Engines.postgres, schema)),
          Layer.provideMerge(Layer.mergeAll(Clock.layerFixed(1_772_416_800_000), Ids.layerSequential))
        )
        const { after: result, brokenAt } = await Effect.runPromise(
          Effect.gen(function* () {
            const cases = yield* Cases.Cases
            const who = (role: string) => ({ agency: "demo-unit" as never, role })
            for (let i = 0; i < 2; i++) {
              const c = yield* cases.start({
                machine: "seals/signing",
                input: example.input,
                actor: who("drafter")
              })
              yield* cases.fire({ caseId: c.id, event: { type: "submit", payload: {} }, actor: who("drafter") })
              yield* cases.fire({ caseId: c.id, event: { type: "approve", payload: {} }, actor: who("seal-approver") })
              yield* cases.fire({
                caseId: c.id,
                event: { type: "apply-seal", payload: example.payloads["apply-seal"] },
                actor: who("seal-keeper")
              })
            }
            expect(yield* Integrity.verify).toEqual({ ok: true, auditRecords: events, events })
            const sql = yield* SqlClient.SqlClient
            const ev = sql(`${schema}.events`)
            // positions have gaps: the tampering picks the n-th event, first to last
            const stored = (yield* (yield* EventStore.EventStore).readAll()).map((e) => e.position)
            const at = (n: number) => stored[n - 1] as number
            const tampered = {
              ...t,
              ...("position" in t ? { position: at(t.position) } : { a: at(t.a), b: at(t.b) })
            } as Tamper
            switch (tampered.kind) {
              case "edit-payload":
                yield* sql`update ${ev} set payload = jsonb_set(payload, '{forged}', 'true') where position = ${tampered.position}`
                break
              case "edit-actor":
                yield* sql`update ${ev} set actor_role = 'seal-approver' || actor_role where position = ${tampered.position}`
                break
              case "edit-type":
                yield* sql`update ${ev} set type = type || '-forged' where position = ${tampered.position}`
                break
              case "delete":
                yield* sql`delete from ${ev} where position = ${tampered.position}`
                break
              case "swap":
                yield* sql`update ${ev} set position = -position where position in (${tampered.a}, ${tampered.b})`
                yield* sql`update ${ev} set position = case when position = ${-tampered.a} then ${tampered.b} else ${tampered.a} end where position < 0`
                break
              case "insert":
                yield* sql`update ${ev} set position = -(position + 1) where position >= ${tampered.position}`
                yield* sql`update ${ev} set position = -position where position < 0`
                yield* sql`insert into ${ev} (position, stream_id, version, type, payload, actor_agency, actor_role, occurred_at)
                  values (${tampered.position}, 'forged-case', 1, 'case-started', '{}'::jsonb, 'demo-unit', 'drafter', 0)`
                break
            }
            const after = yield* Integrity.verify
            yield* sql`drop schema ${sql(schema)} cascade`
            return { after, brokenAt: firstBroken(tampered) }
          }).pipe(Effect.provide(layer))
        )
        expect(result).toMatchObject({ ok: false, scope: "events", brokenAt })
        detected++
      }),
      { numRuns: 30 }
    )
    process.stdout.write(`tamper (events table): ${detected} of ${detected} tamperings detected\n`)
  }, 180_000)
})
