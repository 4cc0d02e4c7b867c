/**
 * Concurrency and crashes through the real server: clients fire conflicting
 * and non-conflicting events on shared cases (each with the version it last
 * read), across two server processes on one PostgreSQL, and across kill -9 of
 * a server mid-load (PostgreSQL, and PGlite's data directory).
 */
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Registry } from "@zhengwu/core"
import { describe, expect, inject, it } from "vitest"
import { demoAuditor, demoKeyOf, demoUnit } from "../demoKeys.ts"
import { type ServerProcess, startServer } from "./server-process.ts"

const example = Registry.examples.find((e) => e.machine === "seals/signing")
if (example === undefined) throw new Error("no seal example")
const next: Record<string, { event: string; role: string } | undefined> = {
  drafted: { event: "submit", role: "drafter" },
  "awaiting-approval": { event: "approve", role: "seal-approver" },
  approved: { event: "apply-seal", role: "seal-keeper" }
}

interface Figures {
  tried: number
  acknowledged: Array<{ id: string; version: number }>
  conflicts: number
  unreachable: number
  other: Record<string, number>
}

const post = (url: string, path: string, key: string, body: unknown) =>
  fetch(`${url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-api-key": key },
    body: JSON.stringify(body)
  })

/** Runs `clients` loops of `steps` commands each against whichever servers `urls()` lists. */
const load = async (
  urls: () => ReadonlyArray<string>,
  clients: number,
  steps: number,
  onStep?: (n: number) => Promise<void>
) => {
  const f: Figures = { tried: 0, acknowledged: [], conflicts: 0, unreachable: 0, other: {} }
  const pick = <T>(xs: ReadonlyArray<T>) => xs[Math.floor(Math.random() * xs.length)] as T
  const cases: string[] = []
  const drafter = demoKeyOf(demoUnit, "drafter")
  const start = async () => {
    const r = await post(pick(urls()), "/v1/cases", drafter, { machine: "seals/signing", input: example.input })
    if (r.status === 200) {
      const c = (await r.json()) as { id: string; version: number }
      cases.push(c.id)
      f.acknowledged.push({ id: c.id, version: c.version })
    }
  }
  for (let i = 0; i < 6; i++) await start()
  let done = 0
  const client = async () => {
    for (let i = 0; i < steps; i++) {
      f.tried++
      done++
      if (onStep !== undefined) await onStep(done)
      try {
        const url = pick(urls())
        const id = pick(cases)
        const seen = (await (await fetch(`${url}/v1/cases/${id}`, { headers: { "x-api-key": drafter } })).json()) as {
          state: string
          version: number
        }
        const step = next[seen.state]
        if (step === undefined) {
          await start()
          continue
        }
        const r = await post(url, `/v1/cases/${id}/events`, demoKeyOf(demoUnit, step.role), {
          type: step.event,
          payload: example.payloads[step.event] ?? {},
          expectedVersion: seen.version
        })
        if (r.status === 200) f.acknowledged.push({ id, version: ((await r.json()) as { version: number }).version })
        else {
          if (r.status === 409) f.conflicts++
          else f.other[r.status] = (f.other[r.status] ?? 0) + 1
          await r.arrayBuffer()
        }
      } catch {
        f.unreachable++
      }
    }
  }
  await Promise.all(Array.from({ length: clients }, client))
  return f
}

/** Every acknowledged event is stored once; versions gap-free; whole-store verification passes. */
const check = async (url: string, f: Figures) => {
  const key = demoKeyOf(demoUnit, "drafter")
  const byCase = new Map<string, number[]>()
  for (const a of f.acknowledged) byCase.set(a.id, [...(byCase.get(a.id) ?? []), a.version])
  let stored = 0
  for (const [id, acked] of byCase) {
    const history = (await (
      await fetch(`${url}/v1/cases/${id}/history`, { headers: { "x-api-key": key } })
    ).json()) as Array<{
      version: number
    }>
    const versions = history.map((e) => e.version)
    expect(versions, id).toEqual(Array.from({ length: versions.length }, (_, i) => i + 1))
    for (const v of acked) expect(versions, `${id}@${v}`).toContain(v)
    // no version acknowledged twice: one winner per conflicting command
    expect(new Set(acked).size, id).toBe(acked.length)
    stored += versions.length
  }
  const integrity = await (await fetch(`${url}/v1/audit/verify`, { headers: { "x-api-key": demoAuditor.key } })).json()
  expect(integrity).toMatchObject({ ok: true })
  return { stored, integrity }
}

const report = (name: string, f: Figures, stored: number, extra = "") =>
  process.stdout.write(
    `${name}: ${f.tried} commands tried, ${f.acknowledged.length} acknowledged, ${stored} stored, ${f.conflicts} conflicts (409), ${f.unreachable} unreachable, other ${JSON.stringify(f.other)}${extra}\n`
  )

const env = (extra: Record<string, string>) => ({
  ZHENGWU_DEMO: "1",
  ZHENGWU_RATE_LIMIT_PER_MINUTE: "100000",
  ...extra
})

describe("load, conflicts and crashes through the reference server", () => {
  it("two server processes on one PostgreSQL, 8 clients on shared cases: acknowledged events stored once, versions gap-free, conflicts answered 409, the audit verifies", async () => {
    const schema = `load_${process.pid}_${Date.now().toString(36)}`
    const e = env({ DATABASE_URL: inject("pgUrl"), ZHENGWU_DB_SCHEMA: schema })
    const a = await startServer(e)
    const b = await startServer(e)
    const f = await load(() => [a.url, b.url], 8, 60)
    const { stored } = await check(a.url, f)
    report("two processes on PostgreSQL", f, stored)
    expect(f.conflicts).toBeGreaterThan(0)
    expect(f.other).toEqual({})
    expect(f.unreachable).toBe(0)
    await Promise.all([a.stop(), b.stop()])
  }, 180_000)

  it("kill -9 of one of two servers mid-load on PostgreSQL, then a restart: every acknowledged event present, no partial case, the audit verifies", async () => {
    const schema = `crash_${process.pid}_${Date.now().toString(36)}`
    const e = env({ DATABASE_URL: inject("pgUrl"), ZHENGWU_DB_SCHEMA: schema })
    const a = await startServer(e)
    let b: ServerProcess | null = await startServer(e)
    let restarted = 0
    const f = await load(
      () => (b === null ? [a.url] : [a.url, b.url]),
      8,
      60,
      async (n) => {
        if (n === 160 && b !== null) {
          const dying = b
          b = null
          await dying.kill9()
          b = await startServer(e)
          restarted++
        }
      }
    )
    const { stored } = await check(a.url, f)
    report("kill -9 on PostgreSQL", f, stored, `, ${restarted} crash restart(s) survived`)
    expect(restarted).toBe(1)
    await Promise.all([a.stop(), b?.stop()])
  }, 180_000)

  it("kill -9 of the server on PGlite's data directory mid-load, then a restart on the same directory: every acknowledged event present, the audit verifies", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zhengwu-crash-"))
    const e = env({ ZHENGWU_DATA_DIR: dir, DATABASE_URL: "" })
    let s: ServerProcess | null = await startServer(e)
    let restarted = 0
    const f = await load(
      () => (s === null ? [] : [s.url]),
      4,
      40,
      async (n) => {
        if (n === 70 && s !== null) {
          const dying = s
          s = null
          await dying.kill9()
          s = await startServer(e)
          restarted++
        }
      }
    )
    const current = s as ServerProcess | null
    if (current === null) throw new Error("no server")
    const { stored } = await check(current.url, f)
    report("kill -9 on PGlite", f, stored, `, ${restarted} crash restart(s) survived`)
    await current.stop()
    rmSync(dir, { recursive: true, force: true })
  }, 180_000)
})
