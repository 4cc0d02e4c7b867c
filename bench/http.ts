/**
 * Section: HTTP. The reference server's decision endpoint
 * (`POST /v1/decisions/seals/use`) against a bare `node:http` server doing the
 * same decode + decide, each in its own process on loopback, loaded by
 * autocannon from this process (50 connections, bounded in time). Responses
 * are checked identical first.
 */
import { type ChildProcess, spawn } from "node:child_process"
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { isDeepStrictEqual } from "node:util"
import autocannon from "autocannon"
import { subjects } from "./decisions.ts"
import { corrupt, generate, rng } from "./lib/fixtures.ts"
import { type CpuProfile, summarise, toMarkdown } from "./lib/profile.ts"
import { finish, log, newResult, parseArgs } from "./lib/report.ts"
import { fmt } from "./lib/timing.ts"

const serverFile = new URL("./http-server.ts", import.meta.url).pathname
const path = "/v1/decisions/seals/use?asOf=2026-03-02"

interface Server {
  readonly child: ChildProcess
  readonly url: string
}

const start = (kind: string, nodeArgs: ReadonlyArray<string> = [], serverArgs: ReadonlyArray<string> = []) =>
  new Promise<Server>((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, serverFile, kind, ...serverArgs], {
      stdio: ["ignore", "pipe", "inherit"]
    })
    let out = ""
    const timer = setTimeout(() => reject(new Error(`${kind} server did not start`)), 30_000)
    child.stdout?.on("data", (b: Buffer) => {
      out += b.toString()
      const m = /READY (\d+)/u.exec(out)
      if (m !== null) {
        clearTimeout(timer)
        resolve({ child, url: `http://127.0.0.1:${m[1]}` })
      }
    })
    child.once("exit", (code) => reject(new Error(`${kind} server exited (${code})`)))
  })

const stop = (s: Server) =>
  new Promise<void>((resolve) => {
    if (s.child.exitCode !== null) return resolve()
    s.child.once("exit", () => resolve())
    s.child.kill("SIGTERM")
  })

/** The reference server answers the id under which it logged the decision; the decision itself is compared. */
const withoutLogId = (body: unknown) => {
  if (typeof body !== "object" || body === null) return body
  const { decisionId: _, ...rest } = body as Record<string, unknown>
  return rest
}

const post = async (base: string, body: string) => {
  const r = await fetch(`${base}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body })
  return { status: r.status, body: (await r.json()) as unknown }
}

const load = async (url: string, bodies: ReadonlyArray<string>, seconds: number) => {
  const r = await autocannon({
    url,
    connections: 50,
    duration: seconds,
    requests: bodies.map((body) => ({
      method: "POST" as const,
      path,
      headers: { "content-type": "application/json" },
      body
    }))
  })
  return {
    rps: r.requests.average,
    total: r.requests.total,
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts
  }
}

const main = async () => {
  const args = parseArgs()
  const started = performance.now()
  const result = newResult(
    "http",
    "HTTP: the reference server's decision endpoint vs bare node:http",
    "`POST /v1/decisions/seals/use?asOf=2026-03-02` with JSON seal requests (8 different bodies in turn). Zhengwu: the reference server's web handler (`App.makeWebHandler`: front door, HttpApi router, Schema decoding of the body and the query, the decision encoded by its schema) on `NodeServer.serve`, over the in-memory ports (each decision logged; the `decisionId` it answers is left out of the equivalence check), with its per-request log line discarded. Bare: `node:http`, `JSON.parse`, `Validator.decideUnknown(Seals.use, …)`, `JSON.stringify`. Each server runs alone in a child process; autocannon runs in the parent, 50 connections, on loopback."
  )
  const seconds = args.quick ? 2 : 10
  const seal = subjects[0] as (typeof subjects)[number]
  const bodies = generate(8, 77, seal.generate).map((x) => JSON.stringify(x))

  // equivalence: the same answers from every server
  const kinds = ["bare", "node-server", "front-door", "zhengwu"] as const
  type Kind = (typeof kinds)[number]
  const names: Record<Kind, string> = {
    bare: "bare node:http + `decideUnknown`",
    "node-server": "`NodeServer.serve` + a plain web handler (`decideUnknown`)",
    "front-door": "`NodeServer.serve` + `App.guard` (the front door) + the plain web handler",
    zhengwu: "Zhengwu reference server (`App.makeWebHandler` + `NodeServer.serve`)"
  }
  const checks = generate(args.quick ? 60 : 300, 78, seal.generate).map((x) => JSON.stringify(x))
  const r = rng(79)
  const bad = generate(args.quick ? 10 : 40, 80, seal.generate).map((x) => JSON.stringify(corrupt(r, x, seal.id)))
  log("http: starting the servers")
  const servers = {} as Record<Kind, Server>
  for (const k of kinds) servers[k] = await start(k)
  type Load = Awaited<ReturnType<typeof load>>
  const best: Record<Kind, Load | null> = { bare: null, "node-server": null, "front-door": null, zhengwu: null }
  try {
    let mismatches = 0
    let first = ""
    for (const [i, body] of [...checks, ...bad].entries()) {
      const reference = await post(servers.zhengwu.url, body)
      for (const k of kinds.slice(0, 3)) {
        const other = await post(servers[k].url, body)
        const same =
          reference.status === other.status &&
          (reference.status !== 200 || isDeepStrictEqual(withoutLogId(reference.body), withoutLogId(other.body)))
        if (!same) {
          mismatches++
          if (first === "") first = `request ${i}: zhengwu ${reference.status}, ${k} ${other.status}`
        }
      }
    }
    result.equivalence.push({
      name: "seals/use over HTTP",
      cases: checks.length + bad.length,
      ok: mismatches === 0,
      detail:
        mismatches === 0
          ? `same status and same decision JSON from all four servers; ${bad.length} corrupted bodies answered 400 by all`
          : `${mismatches} differ; first: ${first}`
    })
    if (mismatches > 0) return finish(args, result, started)

    // all servers up at once (an idle one costs nothing), warmed up, then loaded in turns; each keeps its best round
    log("http: load")
    if (!args.quick) for (const k of kinds) await load(servers[k].url, bodies, 2)
    for (let round = 0; round < 2; round++)
      for (const k of kinds) {
        const m = await load(servers[k].url, bodies, seconds / 2)
        const b = best[k]
        if (b === null || m.rps > b.rps) best[k] = m
      }
  } finally {
    for (const k of kinds) await stop(servers[k])
  }
  const bare = best.bare as Load
  const zhengwu = best.zhengwu as Load
  const ratio = zhengwu.rps / bare.rps
  const row = (name: string, m: Load) => [
    name,
    fmt.rate(m.rps),
    `${m.p50} ms`,
    `${m.p99} ms`,
    String(m.non2xx + m.errors),
    fmt.ratio(m.rps / bare.rps)
  ]
  result.tables.push({
    title: `50 connections; best of 2 rounds of ${seconds / 2} s per server, taken in turns. The two middle rows split the difference: the same decision behind the layers of the reference server, one at a time.`,
    columns: ["server", "req/s", "p50", "p99", "errors / non-2xx", "vs bare"],
    rows: [...kinds].reverse().map((k) => row(names[k], best[k] as Load))
  })
  const share = (from: Load, to: Load) => 1 / to.rps - 1 / from.rps
  const nodeServer = best["node-server"] as Load
  const frontDoor = best["front-door"] as Load
  const perRequest = 1 / zhengwu.rps - 1 / bare.rps
  const pct = (x: number) => `${Math.round((x / perRequest) * 100)}%`
  const split = `Of the extra ${fmt.ns(perRequest * 1e9)} per request (at this load, server time per request = 1 / req/s): \`NodeServer\`'s web-standard round trip ${pct(share(bare, nodeServer))}, the front door ${pct(share(nodeServer, frontDoor))}, the Effect HttpApi stack (router, Schema decoding of body and query, encoding of the decision, fibers) ${pct(share(frontDoor, zhengwu))}.`
  const met = ratio >= 0.6
  result.goals.push({
    goal: "HTTP ≥ 0.6× a bare `node:http` server doing the same decode + decide, p99 reported",
    measured: `${fmt.rate(zhengwu.rps)} vs ${fmt.rate(bare.rps)} req/s = ${fmt.ratio(ratio)}; p99 ${zhengwu.p99} vs ${bare.p99} ms`,
    met,
    ...(met
      ? {}
      : {
          because:
            "the layers between the socket and the validator (Node↔web conversion, front door, HttpApi router and Schema codecs) cost more than the decision, see the profile",
          next: "serve the router on Node's server without the web-standard round trip"
        })
  })
  result.notes.push(
    "Every server decides with the same core validator, so the differences are the HTTP stack: the bare server does no routing beyond one path check and answers errors without problem details.",
    split,
    "On 2 cores the load generator and the server share the machine: the absolute figures are bounded by autocannon's own cost; the ratio is the figure that matters."
  )

  if (args.profile && !args.quick && !met) {
    const dir = mkdtempSync(join(tmpdir(), "zhengwu-bench-prof-"))
    const file = join(dir, "server.cpuprofile")
    try {
      const s = await start("zhengwu", [], [`--profile-out=${file}`])
      try {
        await load(s.url, bodies, 2)
        await load(s.url, bodies, 4)
      } finally {
        await stop(s)
      }
      if (existsSync(file))
        result.profiles.push({
          title: "the reference server under load (server process)",
          body: toMarkdown(
            summarise(JSON.parse(readFileSync(file, "utf8")) as CpuProfile, 15),
            `${split} ` +
              "A CPU profile of the Zhengwu server process under the same load (6 s, from the moment it listens) shows the same: the decision itself (`@zhengwu/core`) is a small share; the time goes to the layers between the socket and the validator: `NodeServer` converts every Node request into a web `Request` (undici's `Request`/`Headers`, `URL`; a body of declared length is read into one buffer, others stream through `Readable.toWeb`) and every web `Response` back (`arrayBuffer()`), the front door (`App.guard`) reads the body stream and builds a second `Request`, and the Effect HttpApi router (`effect/http-api`, `effect/http`, Effect's fiber runtime) runs its middleware, decodes body and query with Schema (interpreted), encodes the decision with the `Decision` schema and serialises it. Fix in `packages/adapters-http`: serve the router on Node's HTTP server without the web-standard round trip (`HttpRouter.serve` with `@effect/platform-node`'s `NodeHttpServer`, or a thin adapter handing the `IncomingMessage` to `HttpRouter.toHttpEffect`), let the front door hand on the bytes it already read instead of a new `Request`, skip re-encoding the decision through its schema (it is JSON-safe as built), and enable the Schema JIT for the endpoint schemas."
          )
        })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
  finish(args, result, started)
}

if (import.meta.main) await main()
