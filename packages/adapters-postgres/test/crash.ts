/**
 * A child process running cases is killed with SIGKILL, twice, on the
 * PostgreSQL a test file gives (alone, or with its reads on a replica); then
 * every acknowledged event is stored, every stored event has its audit record,
 * the chain verifies and every case rebuilds.
 */
import { spawn } from "node:child_process"
import { AuditLog, Cases, Clock, EventStore, Ids, Registry } from "@zhengwu/core"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import { expect, it } from "vitest"
import { migrate } from "../src/Migrations.ts"
import * as Replica from "../src/Replica.ts"
import * as Storage from "../src/Storage.ts"
import * as Engines from "./engines.ts"

const child = new URL("./crash-child.ts", import.meta.url).pathname

/** Runs the child until it has acknowledged `acks` commands, then kills it with SIGKILL. */
const runAndKill = (args: ReadonlyArray<string>, acks: number) =>
  new Promise<Array<{ id: string; version: number }>>((resolve, reject) => {
    const p = spawn(process.execPath, [child, ...args], { stdio: ["ignore", "pipe", "pipe"] })
    const seen: Array<{ id: string; version: number }> = []
    let buffer = ""
    let stderr = ""
    p.stderr.on("data", (d) => {
      stderr += String(d)
    })
    p.stdout.on("data", (d) => {
      buffer += String(d)
      const lines = buffer.split("\n")
      buffer = lines.pop() ?? ""
      for (const line of lines) {
        const [, id, version] = line.split(" ")
        if (id !== undefined) seen.push({ id, version: Number(version) })
      }
      if (seen.length >= acks && !p.killed) p.kill("SIGKILL")
    })
    p.on("exit", (code, signal) =>
      signal === "SIGKILL" ? resolve(seen) : reject(new Error(`child exited ${code}: ${stderr}`))
    )
  })

export interface Setup {
  readonly url: () => string
  /** A streaming replica of `url`: the child and the checks read there. */
  readonly readUrl?: () => string
  /** Waits until the replica has replayed everything the primary has. */
  readonly caughtUp?: () => Promise<void>
}

export const killedMidTransaction = (setup: Setup) =>
  it("leaves no partial case: every acknowledged event is stored, every stored event has its audit record, the chain verifies", async () => {
    const url = setup.url()
    const readUrl = setup.readUrl?.()
    const schema = Engines.freshSchema()
    await Effect.runPromise(Effect.provide(migrate(schema), Storage.sqlPostgres({ url, maxConnections: 1 })))
    const args = readUrl === undefined ? [url, schema] : [url, schema, readUrl]
    const acknowledged = [
      ...(await runAndKill(args, 150)),
      // a second run after the first crash: the store is usable again
      ...(await runAndKill(args, 60))
    ]
    if (setup.caughtUp !== undefined) await setup.caughtUp()

    const layer = Cases.layer(Registry.getMachine).pipe(
      Layer.provideMerge(Storage.layerPostgres({ url, readUrl, schema, maxConnections: 2 })),
      Layer.provideMerge(Layer.mergeAll(Clock.layerSystem, Ids.layerRandom))
    )
    const out = await Effect.runPromise(
      Effect.gen(function* () {
        const store = yield* EventStore.EventStore
        const audit = yield* AuditLog.AuditLog
        const cases = yield* Cases.Cases
        const events = yield* store.readAll()
        const records = yield* audit.list({})
        const ids = [...new Set(events.map((e) => e.stream))]
        const views = yield* Effect.forEach(ids, (id) => cases.get(id))
        const served = (yield* Replica.Reads)?.served ?? 0
        const verify = yield* audit.verify()
        return { events, records, verify, views, served }
      }).pipe(Effect.provide(layer))
    )
    expect(acknowledged.length).toBeGreaterThanOrEqual(210)
    const stored = new Set(out.events.map((e) => `${e.stream}@${e.version}`))
    for (const a of acknowledged) expect(stored.has(`${a.id}@${a.version}`), `${a.id}@${a.version}`).toBe(true)
    // one audit record per stored event (written in the same transaction), none for events that never committed
    const audited = out.records
      .filter((r) => r.kind === "event")
      .map((r) => `${r.subject}@${(r.data as { version: number }).version}`)
    expect(audited.sort()).toEqual([...stored].sort())
    expect(out.verify).toEqual({ ok: true, count: out.records.length })
    // every case rebuilds from its stream
    for (const v of out.views) expect(["drafted", "awaiting-approval", "approved", "sealed"]).toContain(v.state)
    // with a replica, reads were served there (the audit listing and the loads, once it had replayed)
    if (readUrl !== undefined) expect(out.served).toBeGreaterThan(0)
  }, 180_000)
