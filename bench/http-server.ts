/**
 * The servers the HTTP section loads, one per process: `zhengwu` is the
 * reference server's web handler (`App.makeWebHandler` over the in-memory
 * ports, with the system Clock and random Ids) served by `NodeServer.serve`,
 * its per-request log line discarded; `bare` is `node:http` doing the same
 * decode + decide for seals/use with the core's validator. Prints
 * `READY <port>` and stops on SIGTERM (so `--cpu-prof` gets written).
 */
import { writeFileSync } from "node:fs"
import { createServer } from "node:http"
import { Session } from "node:inspector/promises"
import type { AddressInfo } from "node:net"
import { App, NodeServer } from "@zhengwu/adapters-http"
import { Clock, Ids, LocalDate, Memory, Seals, Validator } from "@zhengwu/core"
import * as Result from "effect/Result"

const kind = process.argv[2]
const path = "/v1/decisions/seals/use"

const zhengwu = async () => {
  const clock = Clock.layerSystem
  const services = Memory.layer(clock, Ids.layerRandom)
  const { handler, dispose } = App.makeWebHandler(services)
  const server = await NodeServer.serve(handler, { host: "127.0.0.1", port: 0, log: () => {} })
  return {
    port: server.port,
    close: async () => {
      await server.close()
      await dispose()
    }
  }
}

const decide = (body: string, asOf: string | null) => {
  let input: unknown
  try {
    input = JSON.parse(body)
  } catch {
    return { status: 400, body: JSON.stringify({ title: "invalid json" }) }
  }
  if (asOf === null || !LocalDate.isLocalDate(asOf)) return { status: 400, body: JSON.stringify({ title: "asOf" }) }
  const r = Validator.decideUnknown(Seals.use, input, asOf as LocalDate.LocalDate)
  return Result.isSuccess(r)
    ? { status: 200, body: JSON.stringify(r.success) }
    : { status: 400, body: JSON.stringify({ title: "invalid input", problems: r.failure.problems }) }
}

const bare = async () => {
  const server = createServer((req, res) => {
    const url = req.url ?? "/"
    const q = url.indexOf("?")
    if (req.method !== "POST" || (q < 0 ? url : url.slice(0, q)) !== path) {
      res.writeHead(404, { "content-type": "application/json" }).end("{}")
      return
    }
    const chunks: Array<Buffer> = []
    req.on("data", (c: Buffer) => chunks.push(c))
    req.on("end", () => {
      const asOf = q < 0 ? null : new URLSearchParams(url.slice(q + 1)).get("asOf")
      const out = decide(Buffer.concat(chunks).toString("utf8"), asOf)
      res.writeHead(out.status, { "content-type": "application/json", "content-length": Buffer.byteLength(out.body) })
      res.end(out.body)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeIdleConnections()
      })
  }
}

/** The same decision as a web-standard handler: what `NodeServer` serves, without the Effect router. */
const plainWeb = async (request: Request): Promise<Response> => {
  const url = new URL(request.url)
  if (request.method !== "POST" || url.pathname !== path) return new Response("{}", { status: 404 })
  const out = decide(await request.text(), url.searchParams.get("asOf"))
  return new Response(out.body, { status: out.status, headers: { "content-type": "application/json" } })
}

/** `NodeServer.serve` with a plain web handler, optionally behind the API's front door (`App.guard`). */
const nodeServer = async (frontDoor: boolean) => {
  const server = await NodeServer.serve(frontDoor ? App.guard(plainWeb) : plainWeb, {
    host: "127.0.0.1",
    port: 0,
    log: () => {}
  })
  return { port: server.port, close: () => server.close() }
}

const running =
  kind === "zhengwu"
    ? await zhengwu()
    : kind === "bare"
      ? await bare()
      : kind === "node-server"
        ? await nodeServer(false)
        : kind === "front-door"
          ? await nodeServer(true)
          : null
if (running === null) throw new Error("usage: http-server.ts zhengwu|bare|node-server|front-door [--profile-out=file]")

// with --profile-out: a CPU profile from the moment the server is ready (start-up excluded) until SIGTERM
const profileOut = process.argv.find((a) => a.startsWith("--profile-out="))?.slice(14)
const session = profileOut === undefined ? null : new Session()
if (session !== null) {
  session.connect()
  await session.post("Profiler.enable")
  await session.post("Profiler.setSamplingInterval", { interval: 250 })
  await session.post("Profiler.start")
}
process.stdout.write(`READY ${running.port}\n`)
process.on("SIGTERM", () => {
  setTimeout(() => process.exit(0), 5000).unref()
  void (async () => {
    if (session !== null && profileOut !== undefined) {
      const { profile } = await session.post("Profiler.stop")
      writeFileSync(profileOut, JSON.stringify(profile))
    }
    await running.close()
    process.exit(0)
  })()
})
