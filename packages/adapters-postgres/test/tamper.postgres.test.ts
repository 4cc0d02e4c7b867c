import { AuditLog, Clock } from "@zhengwu/core"
import * as Effect from "effect/Effect"
import * as SqlClient from "effect/sql/SqlClient"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as Engines from "./engines.ts"

const rows = 12

type Tamper =
  | { readonly kind: "edit-outcome"; readonly seq: number }
  | { readonly kind: "edit-data"; readonly seq: number }
  | { readonly kind: "delete"; readonly seq: number }
  | { readonly kind: "swap"; readonly a: number; readonly b: number }
  | { readonly kind: "insert"; readonly seq: number }

const seq = fc.integer({ min: 1, max: rows })
const tamper: fc.Arbitrary<Tamper> = fc.oneof(
  seq.map((s) => ({ kind: "edit-outcome" as const, seq: s })),
  seq.map((s) => ({ kind: "edit-data" as const, seq: s })),
  seq.map((s) => ({ kind: "delete" as const, seq: s })),
  fc
    .tuple(seq, seq)
    .filter(([a, b]) => a !== b)
    .map(([a, b]) => ({ kind: "swap" as const, a: Math.min(a, b), b: Math.max(a, b) })),
  seq.map((s) => ({ kind: "insert" as const, seq: s }))
)

/** The first seq a tampering breaks, whatever the kind of break reported. */
const firstBroken = (t: Tamper): number => (t.kind === "swap" ? t.a : t.seq)

describe("tampering with the audit table directly in SQL on PostgreSQL 15", () => {
  it("any edited, deleted, reordered or inserted row is reported by verification at the first broken link", async () => {
    const pg = Engines.postgres
    let detected = 0
    await fc.assert(
      fc.asyncProperty(tamper, async (t) => {
        const schema = Engines.freshSchema()
        const program = Effect.gen(function* () {
          const log = yield* AuditLog.AuditLog
          for (let i = 1; i <= rows; i++) {
            yield* log.append({
              kind: i % 2 === 0 ? "decision" : "event",
              subject: `case-${i % 3}`,
              actor: { agency: "xh-office" as never, role: "clerk" },
              outcome: i % 2 === 0 ? "refused" : "submitted",
              citations: ["xuhui-eseal-2015/4"],
              data: { i },
              recordedAt: 1_772_416_800_000 + i
            })
          }
          expect(yield* log.verify()).toEqual({ ok: true, count: rows })
          const sql = yield* SqlClient.SqlClient
          const audit = sql(`${schema}.audit`)
          switch (t.kind) {
            case "edit-outcome":
              yield* sql`update ${audit} set outcome = 'allowed' where seq = ${t.seq}`
              break
            case "edit-data":
              yield* sql`update ${audit} set data = ${JSON.stringify({ i: -1 })}::jsonb where seq = ${t.seq}`
              break
            case "delete":
              yield* sql`delete from ${audit} where seq = ${t.seq}`
              break
            case "swap":
              yield* sql`update ${audit} set seq = -seq where seq in (${t.a}, ${t.b})`
              yield* sql`update ${audit} set seq = case when seq = ${-t.a} then ${t.b} else ${t.a} end where seq < 0`
              break
            case "insert":
              yield* sql`update ${audit} set seq = -(seq + 1) where seq >= ${t.seq}`
              yield* sql`update ${audit} set seq = -seq where seq < 0`
              yield* sql`insert into ${audit} (seq, kind, subject, actor, outcome, citations, data, recorded_at, prev_hash, hash, prev_seq)
                select ${t.seq}, kind, subject, actor, 'allowed', citations, data, recorded_at, prev_hash, hash, prev_seq
                from ${audit} where seq = ${t.seq + 1}`
              break
          }
          const result = yield* log.verify()
          yield* sql`drop schema ${sql(schema)} cascade`
          return result
        })
        const result = await Effect.runPromise(
          program.pipe(Effect.provide(Engines.storage(pg, schema)), Effect.provide(Clock.layerSystem))
        )
        expect(result.ok).toBe(false)
        if (!result.ok) expect(result.brokenAt).toBe(firstBroken(t))
        detected++
      }),
      { numRuns: 40 }
    )
    process.stdout.write(`tamper (audit table): ${detected} of ${detected} tamperings detected\n`)
  }, 120_000)
})
