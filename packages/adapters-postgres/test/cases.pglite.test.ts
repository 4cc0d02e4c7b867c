import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { AuditLog, CaseIndex, Cases, Clock, Ids, Registry } from "@zhengwu/core"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import { afterAll, describe, expect, it } from "vitest"
import * as Storage from "../src/Storage.ts"

const dir = mkdtempSync(join(tmpdir(), "zhengwu-pglite-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Cases on PGlite persisted to `dir`; the layer opens PGlite and closes it when released. */
const layer = () =>
  Cases.layer(Registry.getMachine).pipe(
    Layer.provideMerge(Storage.layerPglite({ dataDir: dir })),
    Layer.provideMerge(Layer.mergeAll(Clock.layerFixed(1_772_416_800_000), Ids.layerSequential))
  )

const who = (role: string) => ({ agency: "xh-office" as never, role })
const certificate = { serial: "5A3F00C1", status: "active", validFrom: "2024-01-01", validUntil: "2027-12-31" }
const request = {
  documentKind: "notice",
  channel: "internal-office-platform",
  secrecy: "none",
  sealOwner: { id: "xh-office", xuhuiDistrictUnit: true },
  issuers: { lead: "xh-office", coIssuers: [] },
  certificate
}

describe("cases on PGlite persisted to a directory", () => {
  it("a 2026 seal signing case survives closing and reopening the database, rebuilt from its events", async () => {
    const first = await Effect.runPromise(
      Effect.gen(function* () {
        const cases = yield* Cases.Cases
        const c = yield* cases.start({
          machine: "seals/signing",
          input: { request },
          actor: who("drafter")
        })
        yield* cases.fire({ caseId: c.id, event: { type: "submit", payload: {} }, actor: who("drafter") })
        return yield* cases.fire({ caseId: c.id, event: { type: "approve", payload: {} }, actor: who("seal-approver") })
      }).pipe(Effect.provide(layer()))
    )
    expect(first).toMatchObject({ state: "approved", version: 3 })

    const reopened = await Effect.runPromise(
      Effect.gen(function* () {
        const cases = yield* Cases.Cases
        const before = yield* cases.get(first.id)
        const sealed = yield* cases.fire({
          caseId: first.id,
          event: { type: "apply-seal", payload: { certificate } },
          actor: who("seal-keeper"),
          expectedVersion: 3
        })
        const index = yield* CaseIndex.CaseIndex
        const listed = yield* index.list({ state: "sealed" })
        const verify = yield* Effect.flatMap(Effect.service(AuditLog.AuditLog), (a) => a.verify())
        return { before, sealed, listed, verify }
      }).pipe(Effect.provide(layer()))
    )
    expect(reopened.before).toEqual(first)
    expect(reopened.sealed).toMatchObject({ state: "sealed", version: 4, final: true })
    expect(reopened.listed.items.map((c) => c.id)).toEqual([first.id])
    expect(reopened.verify).toEqual({ ok: true, count: 4 })
  }, 60_000)
})
