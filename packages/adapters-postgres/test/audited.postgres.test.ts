/**
 * `appendAudited` against other writers on the same case, on PostgreSQL 15:
 * transitions race each other for versions, and audit records about the same
 * case (refusals, written outside any transition) race them for the case's
 * audit head. Every acknowledged transition is stored once with its record,
 * and the chain and every event check out.
 */
import { AuditLog, Clock, EventStore, Integrity, UnitOfWork } from "@zhengwu/core"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as SqlClient from "effect/sql/SqlClient"
import { describe, expect, inject, it } from "vitest"
import * as Storage from "../src/Storage.ts"
import * as Engines from "./engines.ts"

const stream = "case-raced" as EventStore.StreamId
const who = (role: string) => ({ agency: "demo-unit" as never, role })

describe("appendAudited on PostgreSQL 15 under writers on the same case", () => {
  it("4 transition writers × 25 and 2 refusal writers × 50 on one case: each acknowledged event stored once with its record, the chain and the events verified", async () => {
    const schema = Engines.freshSchema()
    const layer = Layer.provideMerge(
      Storage.ports(schema),
      Storage.sqlPostgres({ url: inject("pgUrl"), maxConnections: 6 })
    ).pipe(Layer.provide(Clock.layerSystem))
    const result = await Effect.runPromise(
      Effect.gen(function* () {
        const store = yield* EventStore.EventStore
        const audit = yield* AuditLog.AuditLog
        const unit = yield* UnitOfWork.UnitOfWork
        const appendAudited = store.appendAudited
        if (appendAudited === undefined) throw new Error("the store offers no appendAudited")
        const acknowledged: Array<{ id: string; version: number; seq: number }> = []
        let conflicts = 0
        const transitions = (w: number) =>
          Effect.gen(function* () {
            for (let i = 0; i < 25; i++) {
              const id = `w${w}-${i}`
              for (;;) {
                const version = (yield* store.version(stream)) + 1
                const r = yield* Effect.result(
                  unit.atomically(
                    appendAudited({
                      append: {
                        stream,
                        expectedVersion: version - 1,
                        events: [
                          { type: "noted", payload: { id, note: '盖章申请 "急"' }, actor: who("clerk") }
                        ] as const
                      },
                      audit: {
                        kind: "event",
                        subject: stream,
                        actor: who("clerk"),
                        outcome: "noted",
                        citations: [],
                        data: { command: "fire", id, note: "审批 ✓" },
                        recordedAt: Date.now()
                      },
                      findings: [{ rule: "r1", status: "satisfied" }],
                      summary: {
                        id: stream,
                        machine: "m",
                        state: "noted",
                        agency: "demo-unit",
                        version,
                        final: false,
                        parties: [],
                        createdAt: 0,
                        updatedAt: 0
                      }
                    })
                  )
                )
                if (r._tag === "Success") {
                  const seq = r.success?.record?.seq
                  if (seq === undefined) throw new Error("declined inside a unit of work")
                  acknowledged.push({ id, version, seq })
                  break
                }
                expect(r.failure.reason).toBe("version-conflict")
                conflicts++
              }
            }
          })
        const refusals = (w: number) =>
          Effect.forEach(
            Array.from({ length: 50 }, (_, i) => i),
            (i) =>
              audit.append({
                kind: "decision",
                subject: stream,
                actor: who("clerk"),
                outcome: "refused",
                citations: [],
                data: { refusal: `r${w}-${i}` },
                recordedAt: Date.now()
              }),
            { discard: true }
          )
        yield* Effect.all([...[0, 1, 2, 3].map(transitions), ...[0, 1].map(refusals)], {
          concurrency: "unbounded",
          discard: true
        })
        const events = yield* store.read(stream)
        const records = yield* audit.list({ subject: stream })
        const verified = yield* audit.verify()
        const integrity = yield* Integrity.verify
        const sql = yield* SqlClient.SqlClient
        yield* sql`drop schema ${sql(schema)} cascade`
        return { acknowledged, conflicts, events, records, verified, integrity }
      }).pipe(Effect.provide(layer))
    )
    expect(result.acknowledged).toHaveLength(100)
    expect(result.events.map((e) => e.version)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1))
    const byId = new Map(result.events.map((e) => [(e.payload as { id: string }).id, e]))
    for (const a of result.acknowledged) expect(byId.get(a.id)?.version).toBe(a.version)
    // one record per event and per refusal, the event records the ones acknowledged
    expect(result.records).toHaveLength(200)
    const eventRecords = result.records.filter((r) => r.kind === "event").map((r) => r.seq)
    expect(eventRecords.sort((a, b) => a - b)).toEqual(result.acknowledged.map((a) => a.seq).sort((a, b) => a - b))
    expect(result.conflicts).toBeGreaterThan(0)
    expect(result.verified).toEqual({ ok: true, count: 200 })
    expect(result.integrity).toEqual({ ok: true, auditRecords: 200, events: 100 })
  }, 120_000)
})
