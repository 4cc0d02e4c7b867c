/**
 * The process the crash test kills: it runs seal-signing cases on PostgreSQL
 * through the real Cases service and prints `ack <case> <version>` after each
 * acknowledged command. Each event append waits a few milliseconds inside its
 * transaction before the audit record is written, so a kill usually lands
 * mid-transaction. Usage: node crash-child.ts <url> <schema> [<replica url>]
 * (with a replica, its reads — the load of each case — go there once it has
 * replayed this process's writes).
 */
import { Cases, Clock, EventStore, Ids, Registry } from "@zhengwu/core"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Storage from "../src/Storage.ts"

const [url, schema, readUrl] = process.argv.slice(2) as [string, string, string | undefined]

const slowAppends = Layer.effect(
  EventStore.EventStore,
  Effect.map(Effect.service(EventStore.EventStore), (store) => {
    const audited = store.appendAudited
    return EventStore.EventStore.of({
      ...store,
      append: (request) => Effect.tap(store.append(request), () => Effect.sleep("3 millis")),
      appendAudited:
        audited === undefined ? undefined : (request) => Effect.tap(audited(request), () => Effect.sleep("3 millis"))
    })
  })
)

const storage = Storage.layerPostgres({ url, readUrl, schema, maxConnections: 4 })
const ports = Layer.mergeAll(slowAppends.pipe(Layer.provide(storage)), storage)
const layer = Cases.layer(Registry.getMachine).pipe(
  Layer.provide(ports),
  Layer.provide(Layer.mergeAll(Clock.layerSystem, Ids.layerRandom))
)

const who = (role: string) => ({ agency: "xh-office" as never, role })
const certificate = { serial: "5A3F00C1", status: "active", validFrom: "2020-01-01", validUntil: "2099-12-31" }
const request = {
  documentKind: "notice",
  channel: "internal-office-platform",
  secrecy: "none",
  sealOwner: { id: "xh-office", xuhuiDistrictUnit: true },
  issuers: { lead: "xh-office", coIssuers: [] },
  certificate
}

const program = Effect.gen(function* () {
  const cases = yield* Cases.Cases
  for (;;) {
    const c = yield* cases.start({
      machine: "seals/signing",
      input: { request },
      actor: who("drafter")
    })
    process.stdout.write(`ack ${c.id} ${c.version}\n`)
    const steps: Array<[unknown, string]> = [
      [{ type: "submit", payload: {} }, "drafter"],
      [{ type: "approve", payload: {} }, "seal-approver"],
      [{ type: "apply-seal", payload: { certificate } }, "seal-keeper"]
    ]
    for (const [event, role] of steps) {
      const v = yield* cases.fire({ caseId: c.id, event, actor: who(role) })
      process.stdout.write(`ack ${c.id} ${v.version}\n`)
    }
  }
})

Effect.runPromise(program.pipe(Effect.provide(layer))).catch((e) => {
  process.stderr.write(`${String(e)}\n`)
  process.exit(1)
})
