/**
 * The Zhengwu reference server: the HTTP API over the Cases service and the
 * storage ports — PGlite in a data directory by default, PostgreSQL with
 * DATABASE_URL. Any number of processes can serve one PostgreSQL: cases,
 * idempotency keys and API keys all live in the database.
 */
import { App, Keys, NodeServer } from "@zhengwu/adapters-http"
import { Storage } from "@zhengwu/adapters-postgres"
import { Clock, Ids } from "@zhengwu/core"
import * as Layer from "effect/Layer"
import * as ManagedRuntime from "effect/ManagedRuntime"
import * as Config from "./config.ts"
import { demoKeys, demoUnit } from "./demoKeys.ts"

const config = Config.fromEnv()
const storage =
  config.databaseUrl !== null
    ? Storage.layerPostgres({
        url: config.databaseUrl,
        schema: config.schema,
        readUrl: config.databaseReadUrl ?? undefined
      })
    : Storage.layerPglite({ dataDir: config.dataDir ?? undefined, schema: config.schema })
const clock = Clock.layerSystem
const services = Layer.mergeAll(storage, Ids.layerRandom).pipe(Layer.provideMerge(clock))

// one runtime holds the storage (and PGlite) for both key configuration and the API
const runtime = ManagedRuntime.make(services)
const keys = [
  ...(config.demo ? demoKeys() : []),
  ...(config.keysFile !== null ? Config.readKeysFile(config.keysFile) : [])
]
await runtime.runPromise(Keys.configure(keys))
const context = await runtime.context()
const { handler, dispose } = App.makeWebHandler(Layer.succeedContext(context), {
  maxBodyBytes: config.maxBodyBytes,
  rateLimitPerMinute: config.rateLimitPerMinute,
  decisionLogInputs: config.decisionLogInputs
})
const server = await NodeServer.serve(handler, {
  host: config.host,
  port: config.port,
  maxBodyBytes: config.maxBodyBytes
})

const where =
  config.databaseUrl !== null
    ? "PostgreSQL"
    : config.dataDir === null
      ? "PGlite in memory"
      : `PGlite in ${config.dataDir}`
process.stdout.write(`Zhengwu reference server on ${server.url} (${where})
  OpenAPI: ${server.url}/openapi.json   docs: ${server.url}/docs
`)
if (config.demo) {
  const drafter = demoKeys().find((k) => k.agency === demoUnit && k.role === "drafter")
  process.stdout.write(`Demo mode: ${keys.length} demo keys (docs/reference/demo-keys.md), e.g. \`${drafter?.key}\`. Try:
  curl -s ${server.url}/v1/regulations/xuhui-eseal-2015/articles/4
  curl -s -X POST ${server.url}/v1/decisions/seals/use?asOf=2026-03-02 -H 'content-type: application/json' \\
    -d '{"documentKind":"contract","channel":"internal-office-platform","secrecy":"none","sealOwner":{"id":"${demoUnit}","xuhuiDistrictUnit":true},"issuers":{"lead":"${demoUnit}","coIssuers":[]},"certificate":{"serial":"5A3F00C1","status":"active","validFrom":"2024-01-01","validUntil":"2030-12-31"}}'
  curl -s -X POST ${server.url}/v1/cases -H 'content-type: application/json' -H 'x-api-key: ${drafter?.key}' \\
    -d '{"machine":"seals/signing","input":{"request":{"documentKind":"notice","channel":"internal-office-platform","secrecy":"none","sealOwner":{"id":"${demoUnit}","xuhuiDistrictUnit":true},"issuers":{"lead":"${demoUnit}","coIssuers":[]},"certificate":{"serial":"5A3F00C1","status":"active","validFrom":"2024-01-01","validUntil":"2030-12-31"}}}}'
`)
}

let stopping = false
const stop = async (signal: string) => {
  if (stopping) return
  stopping = true
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), event: "shutdown", signal })}\n`)
  await server.close() // in-flight requests finish first
  await dispose()
  await runtime.dispose() // storage closed (PGlite flushed and closed)
  process.exit(0)
}
process.on("SIGTERM", () => void stop("SIGTERM"))
process.on("SIGINT", () => void stop("SIGINT"))
