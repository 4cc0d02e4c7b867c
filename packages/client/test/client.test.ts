/**
 * The client against the reference server on loopback, using only what the
 * server publishes: its types are what openapi-typescript generates from the
 * served `/openapi.json` (checked first), and every machine is started and
 * driven to a final state from what `GET /v1/machines/{procedure}/{name}`
 * publishes — its input example, its events' example payloads and its actor
 * tables (the demo keys are named after the principals they stand for).
 */
import { type ChildProcess, spawn } from "node:child_process"
import { readFileSync } from "node:fs"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { typesOf } from "../scripts/generate.ts"
import { createClient } from "../src/index.ts"

const main = new URL("../../../examples/reference-server/main.ts", import.meta.url).pathname
let server: ChildProcess
let url = ""

beforeAll(async () => {
  server = spawn(process.execPath, [main], {
    env: {
      ...process.env,
      PORT: "0",
      ZHENGWU_DATA_DIR: "memory",
      ZHENGWU_DEMO: "1",
      DATABASE_URL: "",
      ZHENGWU_RATE_LIMIT_PER_MINUTE: "1000000"
    },
    stdio: ["ignore", "pipe", "pipe"]
  })
  url = await new Promise<string>((resolve, reject) => {
    let out = ""
    server.stdout?.on("data", (d) => {
      out += String(d)
      const m = /on (http:\/\/[^\s]+)/u.exec(out)
      if (m?.[1] !== undefined) resolve(m[1])
    })
    server.on("exit", (code) => reject(new Error(`server exited ${code}: ${out}`)))
  })
}, 60_000)

afterAll(async () => {
  server.kill("SIGTERM")
  await new Promise((r) => server.once("exit", r))
})

/** The demo key of a principal (docs/reference/demo-keys.md): the case's own unit is `demo-unit`. */
const keyOf = (agency: { kind: string; agency?: string }, role: string) =>
  agency.kind === "named" ? `demo-${agency.agency}-${role}` : `demo-unit-${role}`

interface PublishedMachine {
  id: string
  initial: string
  states: Array<{ id: string; final: boolean }>
  transitions: Array<{
    from: string
    event: string
    to: string
    actors: Array<{ agency: { kind: string; agency?: string }; role: string }>
  }>
  example: { input: unknown; payloads: Record<string, unknown> } | null
}

describe("@zhengwu/client against the reference server", () => {
  it("is generated from the document the server serves: openapi-typescript over /openapi.json gives the client's types", async () => {
    const served = await (await fetch(`${url}/openapi.json`)).json()
    const committed = readFileSync(new URL("../src/openapi.ts", import.meta.url), "utf8")
    // regenerate with `pnpm client:generate` when the API changes
    expect(await typesOf(served)).toBe(committed)
  })

  it("a seal-signing case runs to sealed through typed calls; a refusal comes back as a typed problem in Chinese", async () => {
    const as = (role: string) => createClient({ baseUrl: url, apiKey: `demo-unit-${role}` })
    const certificate = {
      serial: "5A3F00C1",
      status: "active",
      validFrom: "2024-01-01",
      validUntil: "2030-12-31"
    } as const
    const started = await as("drafter").POST("/v1/cases", {
      body: {
        machine: "seals/signing",
        input: {
          request: {
            documentKind: "notice",
            channel: "internal-office-platform",
            secrecy: "none",
            sealOwner: { id: "demo-unit", xuhuiDistrictUnit: true },
            issuers: { lead: "demo-unit", coIssuers: [] },
            certificate
          }
        }
      }
    })
    expect(started.data?.state).toBe("drafted")
    const id = started.data?.id ?? ""
    const events = "/v1/machines/seals/signing/cases/{id}/events" as const
    expect((await as("drafter").POST(events, { params: { path: { id } }, body: { type: "submit" } })).data?.state).toBe(
      "awaiting-approval"
    )
    const self = await as("drafter").POST(events, { params: { path: { id } }, body: { type: "approve" } })
    expect(self.response.status).toBe(403)
    expect(self.error).toMatchObject({ type: "urn:zhengwu:problem:not-permitted", title: "依规定无权办理" })
    expect(
      (await as("seal-approver").POST(events, { params: { path: { id } }, body: { type: "approve" } })).data?.state
    ).toBe("approved")
    const sealed = await as("seal-keeper").POST(events, {
      params: { path: { id } },
      body: { type: "apply-seal", payload: { certificate } }
    })
    expect(sealed.data).toMatchObject({ state: "sealed", final: true, version: 4 })
    const timeline = await as("drafter").GET("/v1/cases/{id}/history", { params: { path: { id } } })
    expect(timeline.data?.map((e) => e.kind)).toEqual(["started", "accepted", "refused", "accepted", "accepted"])
  })

  it("the types refuse what the server would: a body of another machine's shape does not compile", () => {
    const client = createClient({ baseUrl: url })
    const wrong = () =>
      client.POST("/v1/cases", {
        // @ts-expect-error a seal-signing input has a `request`, not an `application`
        body: { machine: "seals/signing", input: { application: {} } }
      })
    expect(typeof wrong).toBe("function")
  })

  it("every machine is started and driven to its end using only what the server publishes", async () => {
    const list = await createClient({ baseUrl: url }).GET("/v1/machines")
    const ids = (list.data ?? []).map((m) => m.id)
    expect(ids.length).toBeGreaterThan(5)
    const reached: Record<string, string> = {}
    for (const machineId of ids) {
      const [procedure = "", name = ""] = machineId.split("/")
      const published = (
        await createClient({ baseUrl: url }).GET("/v1/machines/{procedure}/{name}", {
          params: { path: { procedure, name } }
        })
      ).data as PublishedMachine
      expect(published.example, machineId).not.toBeNull()
      const example = published.example as NonNullable<PublishedMachine["example"]>
      const firstActor = published.transitions[0]?.actors[0]
      const starter = createClient({
        baseUrl: url,
        apiKey: firstActor === undefined ? "demo-unit-drafter" : keyOf(firstActor.agency, firstActor.role)
      })
      const started = await starter.POST("/v1/cases", {
        body: { machine: machineId, input: example.input } as never
      })
      expect(started.response.status, `${machineId}: ${JSON.stringify(started.error)}`).toBe(200)
      let view = started.data
      const finals = new Set(published.states.filter((s) => s.final).map((s) => s.id))
      const taken = new Set<string>()
      const staysIn = (state: string) =>
        published.transitions.filter((t) => t.from === state).every((t) => t.to === state)
      for (let step = 0; step < 20 && view !== undefined && !finals.has(view.state) && !staysIn(view.state); step++) {
        const current = view
        const from = current.state
        // the machine's own typed event endpoint, with each actor its table names, the untried transitions first
        const candidates = published.transitions
          .filter((t) => t.from === from)
          .sort((a, b) => Number(taken.has(`${a.from} ${a.event}`)) - Number(taken.has(`${b.from} ${b.event}`)))
        let moved = false
        for (const t of candidates) {
          for (const actor of t.actors) {
            const client = createClient({ baseUrl: url, apiKey: keyOf(actor.agency, actor.role) })
            const path = `/v1/machines/${machineId}/cases/{id}/events` as "/v1/machines/seals/signing/cases/{id}/events"
            const r: { response: Response; data?: typeof current } = await client.POST(path, {
              params: { path: { id: current.id } },
              body: { type: t.event, payload: example.payloads[t.event] ?? {} } as never
            })
            if (r.response.status === 200 && r.data !== undefined) {
              view = r.data
              taken.add(`${t.from} ${t.event}`)
              moved = true
              break
            }
          }
          if (moved) break
        }
        expect(moved, `${machineId}: no event moves the case from ${from}`).toBe(true)
      }
      reached[machineId] = view?.state ?? ""
      // a final state, or one a case stays in (its only events loop back to it, e.g. yearly evaluations)
      const end = reached[machineId] ?? ""
      const stays = published.transitions.filter((t) => t.from === end).every((t) => t.to === end)
      expect(finals.has(end) || stays, `${machineId} ended at ${end}`).toBe(true)
    }
    expect(Object.keys(reached)).toEqual(ids)
  }, 120_000)
})
