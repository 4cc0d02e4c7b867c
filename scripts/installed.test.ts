/**
 * The published packages as a user installs them: each package is packed
 * (`pnpm pack`, which turns `workspace:*` into versions), the tarballs are
 * installed with npm into an empty folder outside the workspace with their
 * declared dependencies only (no dev dependencies, no optional peers: no
 * vitest, no fast-check), and a smoke program runs there, from ESM and from
 * CommonJS: a validator decides; a case runs on PGlite through the Postgres
 * adapter; the HTTP handler answers requests, also through the typed client.
 */
import { execFile } from "node:child_process"
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { promisify } from "node:util"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

const run = promisify(execFile)
const root = join(new URL(".", import.meta.url).pathname, "..")
const tmp = mkdtempSync(join(tmpdir(), "zhengwu-installed-"))
const app = join(tmp, "app")
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

const packages = ["core", "adapters-postgres", "adapters-http", "client"]

/** pnpm as the workspace runs it (the `pnpm test` that runs this file), else through npx. */
const pnpm = (args: ReadonlyArray<string>, cwd: string) => {
  const execPath = process.env.npm_execpath
  return execPath !== undefined && /pnpm/u.test(execPath)
    ? run(process.execPath, [execPath, ...args], { cwd })
    : run("npx", ["--yes", "pnpm@10.34.8", ...args], { cwd })
}

beforeAll(async () => {
  const tarballs = join(tmp, "tarballs")
  mkdirSync(tarballs)
  for (const p of packages) await pnpm(["pack", "--pack-destination", tarballs], join(root, "packages", p))
  const files = readdirSync(tarballs)
  const tarball = (p: string) => {
    const f = files.find((x) => x.startsWith(`zhengwu-${p}-`))
    if (f === undefined) throw new Error(`no tarball for ${p}: ${files.join(", ")}`)
    return `file:${join(tarballs, f)}`
  }
  mkdirSync(app)
  writeFileSync(
    join(app, "package.json"),
    JSON.stringify({
      name: "zhengwu-installed-smoke",
      private: true,
      type: "module",
      dependencies: Object.fromEntries(packages.map((p) => [`@zhengwu/${p}`, tarball(p)]))
    })
  )
  await run("npm", ["install", "--omit=dev", "--no-audit", "--no-fund", "--loglevel=error"], {
    cwd: app,
    maxBuffer: 64 * 1024 * 1024
  })
}, 300_000)

const smokeEsm = `
import { Cases, Clock, Ids, Memory, Registry, Validator } from "@zhengwu/core"
import { Storage } from "@zhengwu/adapters-postgres"
import { App } from "@zhengwu/adapters-http"
import { createClient } from "@zhengwu/client"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"

const out = {}
const seal = Registry.examples.find((e) => e.machine === "seals/signing")
const use = Registry.getValidator("seals/use")
const decided = Validator.decideUnknown(use, { ...seal.input.request, documentKind: "contract" }, "2026-03-02")
out.validator = decided._tag === "Success" ? decided.success.outcome + " " + decided.success.reasons[0].rule : "decode error"

const clock = Clock.layerFixed(1772416800000)
const cases = Cases.layer(Registry.getMachine).pipe(
  Layer.provideMerge(Storage.layerPglite({})),
  Layer.provideMerge(Layer.mergeAll(clock, Ids.layerSequential))
)
out.pglite = await Effect.runPromise(
  Effect.gen(function* () {
    const s = yield* Cases.Cases
    const actor = { agency: seal.unitAgency, role: "drafter" }
    const c = yield* s.start({ machine: "seals/signing", input: seal.input, actor })
    const fired = yield* s.fire({ caseId: c.id, event: { type: "submit", payload: {} }, actor })
    return fired.state + " " + fired.version
  }).pipe(Effect.provide(cases))
)

const web = App.makeWebHandler(Memory.layer(clock))
const health = await web.handler(new Request("http://x/healthz"))
const decision = await web.handler(
  new Request("http://x/v1/decisions/seals/use?asOf=2026-03-02", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ ...seal.input.request, documentKind: "contract" })
  })
)
out.http = health.status + " " + decision.status + " " + (await decision.json()).outcome
const client = createClient({ baseUrl: "http://x", fetch: (r) => web.handler(r) })
const typed = await client.POST("/v1/decisions/seals/use", { params: { query: { asOf: "2026-03-02" } }, body: seal.input.request })
out.client = typed.data.outcome
await web.dispose()
console.log(JSON.stringify(out))
`

const smokeCjs = `
const core = require("@zhengwu/core")
const pg = require("@zhengwu/adapters-postgres")
const http = require("@zhengwu/adapters-http")
const client = require("@zhengwu/client")
console.log(JSON.stringify({
  client: typeof client.createClient,
  validators: core.Registry.validators.length,
  storage: typeof pg.Storage.layerPglite,
  app: typeof http.App.makeWebHandler
}))
`

describe("the packed packages installed outside the workspace with their declared dependencies only", () => {
  it("installs no test library: vitest and fast-check are not needed at run time", () => {
    expect(existsSync(join(app, "node_modules/@zhengwu/core/package.json"))).toBe(true)
    expect(existsSync(join(app, "node_modules/effect/package.json"))).toBe(true)
    expect(existsSync(join(app, "node_modules/vitest"))).toBe(false)
    expect(existsSync(join(app, "node_modules/fast-check"))).toBe(false)
  })

  it("from ESM: a validator decides, a case runs on PGlite through the Postgres adapter, the HTTP handler answers", async () => {
    writeFileSync(join(app, "smoke.mjs"), smokeEsm)
    const r = await run(process.execPath, ["smoke.mjs"], { cwd: app, timeout: 120_000 })
    expect(JSON.parse(r.stdout)).toEqual({
      validator: "refused seals/document-kind-permitted",
      pglite: "awaiting-approval 2",
      http: "200 200 refused",
      client: "allowed"
    })
  }, 180_000)

  it("from CommonJS: every package loads with require()", async () => {
    writeFileSync(join(app, "smoke.cjs"), smokeCjs)
    const r = await run(process.execPath, ["smoke.cjs"], { cwd: app, timeout: 60_000 })
    const out = JSON.parse(r.stdout)
    expect(out.validators).toBeGreaterThan(10)
    expect([out.storage, out.app, out.client]).toEqual(["function", "function", "function"])
  }, 120_000)
})
