import * as PgClient from "@effect/sql-pg/PgClient"
import { PGlite } from "@electric-sql/pglite"
import { AuditLog, CaseIndex, Cases, Clock, EventStore, Ids, Integrity, Registry, UnitOfWork } from "@zhengwu/core"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { PgliteStream } from "../src/PgliteStream.ts"
import * as Storage from "../src/Storage.ts"

/**
 * Counts round trips on the client side: every Query ('Q') or Sync ('S')
 * message the client sends ends a request the server answers with
 * ReadyForQuery, which the client waits for before its next statement.
 */
class CountingStream extends PgliteStream {
  static trips = 0
  override _write(chunk: Buffer, encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    for (let at = 0; at + 5 <= chunk.length; ) {
      const type = chunk[at]
      if (type === 0x51 || type === 0x53) CountingStream.trips++
      at += 1 + chunk.readInt32BE(at + 1)
    }
    super._write(chunk, encoding, callback)
  }
}

let db: PGlite
beforeAll(async () => {
  db = new PGlite()
  await db.waitReady
}, 60_000)
afterAll(async () => {
  await db.close()
})

const layer = (schema: string) =>
  Cases.layer(Registry.getMachine).pipe(
    Layer.provideMerge(
      Layer.provideMerge(
        Storage.ports(schema),
        PgClient.layerFrom(
          PgClient.makeClient({ stream: () => new CountingStream(db), username: "postgres", database: "postgres" })
        )
      )
    ),
    Layer.provideMerge(Layer.mergeAll(Clock.layerFixed(1_772_416_800_000), Ids.layerSequential))
  )

const who = (role: string) => ({ agency: "demo-unit" as never, role })

/**
 * A transition's transaction is `BEGIN`, one statement and `COMMIT`: the
 * store's `appendAudited` computes the event's position (from the transaction
 * id), the event's hash and the audit record's hash in SQL (`sha256` over the
 * core's canonical texts with the position, seq and previous hash filled in) and
 * writes the event, the record with its case's head moved, the findings by rule
 * and the case index row. `@effect/sql-pg` speaks only the extended protocol
 * (one statement per Parse, a Sync after each) and runs a transaction's
 * statements one at a time, so `BEGIN` and `COMMIT` cost a round trip each.
 * The ports one by one (the same writes without `appendAudited`) still take 4.
 */
describe("round trips of a persisted transition, counted at the client", () => {
  it("through appendAudited: begin, one statement (event, audit record and head, findings by rule, case index) and commit — 3", async () => {
    const counted = await Effect.runPromise(
      Effect.gen(function* () {
        const store = yield* EventStore.EventStore
        const audit = yield* AuditLog.AuditLog
        const index = yield* CaseIndex.CaseIndex
        const unit = yield* UnitOfWork.UnitOfWork
        const appendAudited = store.appendAudited
        if (appendAudited === undefined) throw new Error("the store offers no appendAudited")
        const stream = "trips-case-0" as EventStore.StreamId
        const summary = (version: number) => ({
          id: stream,
          machine: "m",
          state: "noted",
          agency: "demo-unit",
          version,
          final: false,
          parties: [],
          createdAt: 1_772_416_800_000,
          updatedAt: 1_772_416_800_000
        })
        const request = (version: number) => ({
          append: {
            stream,
            expectedVersion: version - 1,
            events: [
              { type: "noted", payload: { n: version, text: '备注 "quoted" \u2028' }, actor: who("clerk") }
            ] as const
          },
          audit: {
            kind: "event" as const,
            subject: stream,
            actor: who("clerk"),
            outcome: "noted",
            citations: ["sh-egov-2012/10"],
            data: { command: "fire", note: "记录" },
            recordedAt: 1_772_416_800_000
          },
          findings: [
            { rule: "r1", status: "satisfied" as const },
            { rule: "r2", status: "satisfied" as const }
          ],
          summary: summary(version)
        })
        const before = CountingStream.trips
        const first = yield* unit.atomically(appendAudited(request(1)))
        const trips = CountingStream.trips - before
        const second = yield* unit.atomically(appendAudited(request(2)))
        // a stale version is refused and writes nothing
        const stale = yield* Effect.flip(unit.atomically(appendAudited(request(2))))
        // everything the transactions wrote is there, and the hashes computed in SQL are the core's
        const events = yield* store.read(stream)
        const records = yield* audit.list({ subject: stream })
        const decisions = yield* index.decisionsByRule("r2")
        const got = yield* index.get(stream)
        const verified = yield* audit.verify()
        const integrity = yield* Integrity.verify
        const rehashed = yield* Effect.forEach(records, (r) => AuditLog.hashRecord(r))
        return {
          trips,
          first,
          second,
          stale: stale.reason,
          events: events.length,
          records,
          rehashed,
          decisions: decisions.length,
          got,
          verified,
          integrity
        }
      }).pipe(Effect.provide(layer("trips_audited")))
    )
    expect(counted).toMatchObject({
      events: 2,
      decisions: 2,
      stale: "version-conflict",
      got: { state: "noted", version: 2 }
    })
    expect(counted.records.map((r) => r.hash)).toEqual(counted.rehashed)
    expect(counted.records.map((r) => r.hash)).toEqual([counted.first?.record?.hash, counted.second?.record?.hash])
    expect(counted.records[1]?.prevHash).toBe(counted.records[0]?.hash)
    expect(counted.verified).toEqual({ ok: true, count: 2 })
    expect(counted.integrity).toEqual({ ok: true, auditRecords: 2, events: 2 })
    expect(counted.trips).toBeLessThanOrEqual(3)
    expect(counted.trips).toBe(3)
  }, 60_000)

  it("through the ports one by one: begin, the append (with the audit head and a seq), one batch (audit record, its head, findings by rule, case index) and commit — 4", async () => {
    const counted = await Effect.runPromise(
      Effect.gen(function* () {
        const store = yield* EventStore.EventStore
        const audit = yield* AuditLog.AuditLog
        const index = yield* CaseIndex.CaseIndex
        const unit = yield* UnitOfWork.UnitOfWork
        const stream = "trips-case-1" as EventStore.StreamId
        const before = CountingStream.trips
        yield* unit.atomically(
          Effect.gen(function* () {
            const a = yield* store.append({
              stream,
              expectedVersion: 0,
              events: [{ type: "noted", payload: { n: 1 }, actor: who("clerk") }]
            })
            const r = yield* audit.append({
              kind: "event",
              subject: stream,
              actor: who("clerk"),
              outcome: "noted",
              citations: ["sh-egov-2012/10"],
              data: { version: a.toVersion, position: a.positions[0] ?? 0 },
              recordedAt: 1_772_416_800_000
            })
            yield* index.putDecisions([
              { auditSeq: r.seq, rule: "r1", status: "satisfied", subject: stream, outcome: "noted", at: r.recordedAt },
              { auditSeq: r.seq, rule: "r2", status: "satisfied", subject: stream, outcome: "noted", at: r.recordedAt }
            ])
            yield* index.put({
              id: stream,
              machine: "m",
              state: "noted",
              agency: "demo-unit",
              version: a.toVersion,
              final: false,
              parties: [],
              createdAt: r.recordedAt,
              updatedAt: r.recordedAt
            })
          })
        )
        const trips = CountingStream.trips - before
        // everything the transaction wrote is there
        const events = yield* store.read(stream)
        const records = yield* audit.list({ subject: stream })
        const decisions = yield* index.decisionsByRule("r2")
        const summary = yield* index.get(stream)
        const verified = yield* audit.verify()
        return { trips, events: events.length, records: records.length, decisions: decisions.length, summary, verified }
      }).pipe(Effect.provide(layer("trips_unit")))
    )
    expect(counted).toMatchObject({ events: 1, records: 1, decisions: 1, summary: { state: "noted", version: 1 } })
    expect(counted.verified).toEqual({ ok: true, count: 1 })
    expect(counted.trips).toBe(4)
  }, 60_000)

  it("a fired event: 1 round trip to load the case, then the 3 of its transaction — 4 in all", async () => {
    const example = Registry.examples.find((e) => e.machine === "seals/signing")
    if (example === undefined) throw new Error("no example")
    const counted = await Effect.runPromise(
      Effect.gen(function* () {
        const cases = yield* Cases.Cases
        const started = yield* cases.start({ machine: "seals/signing", input: example.input, actor: who("drafter") })
        const before = CountingStream.trips
        const fired = yield* cases.fire({
          caseId: started.id,
          event: { type: "submit", payload: {} },
          actor: who("drafter")
        })
        return {
          trips: CountingStream.trips - before,
          state: fired.state,
          history: (yield* cases.history(started.id)).length,
          integrity: yield* Integrity.verify
        }
      }).pipe(Effect.provide(layer("trips_fire")))
    )
    expect(counted.state).toBe("awaiting-approval")
    expect(counted.history).toBe(2)
    expect(counted.integrity).toEqual({ ok: true, auditRecords: 2, events: 2 })
    expect(counted.trips).toBe(4)
  }, 60_000)
})
