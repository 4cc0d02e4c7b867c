import { type ChildProcess, spawn } from "node:child_process"
import { Validator } from "@seriousme/openapi-schema-validator"
import { Client, Problems } from "@zhengwu/adapters-http"
import { LocalDate, Registry } from "@zhengwu/core"
import * as Effect from "effect/Effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { demoAuditor, demoKeyOf, demoKeys, demoUnit } from "../demoKeys.ts"
import * as OpenApi from "./fuzz/openapi.ts"
import { pathsToEachTransition } from "./paths.ts"

const main = new URL("../main.ts", import.meta.url).pathname
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

const key = demoKeyOf
const call = (path: string, init: RequestInit & { key?: string } = {}) => {
  const headers = new Headers(init.headers)
  if (init.key !== undefined) headers.set("x-api-key", init.key)
  if (init.body !== undefined && !headers.has("content-type")) headers.set("content-type", "application/json")
  return fetch(`${url}${path}`, { ...init, headers })
}

describe("the reference server over real HTTP on loopback", () => {
  it("serves an OpenAPI document that validates as OpenAPI 3.1", async () => {
    const doc = await (await call("/openapi.json")).json()
    expect(doc.openapi).toMatch(/^3\.1\./u)
    const result = await new Validator().validate(doc)
    expect(result.errors ?? []).toEqual([])
    expect(result.valid).toBe(true)
  })

  it("every operation has a summary and a description in Chinese and English, and every request body an example its schema accepts", async () => {
    const doc = await (await call("/openapi.json")).json()
    const { validate } = OpenApi.read(doc)
    const han = /\p{Script=Han}/u
    const latin = /[A-Za-z]{3,}/u
    let bodies = 0
    for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, Record<string, unknown>>>)) {
      for (const [method, op] of Object.entries(item)) {
        const where = `${method} ${path}`
        for (const field of ["summary", "description"]) {
          const text = String(op[field] ?? "")
          expect(han.test(text) && latin.test(text), `${where} ${field}: ${text}`).toBe(true)
        }
        const body = (op.requestBody as { content?: Record<string, { schema?: Record<string, unknown> }> } | undefined)
          ?.content?.["application/json"]?.schema
        if (body === undefined) continue
        bodies++
        const resolve = (s: Record<string, unknown>) =>
          typeof s.$ref === "string"
            ? (doc.components.schemas[s.$ref.split("/").pop() as string] as Record<string, unknown>)
            : s
        const top = resolve(body)
        const members = (top.anyOf ?? top.oneOf ?? [top]) as Array<Record<string, unknown>>
        for (const member of members.map(resolve)) {
          const examples = (member.examples ?? top.examples) as unknown[] | undefined
          expect(
            examples?.length ?? 0,
            `${where}: an example for ${String(member.title ?? "the body")}`
          ).toBeGreaterThan(0)
          for (const e of examples ?? []) expect(validate(body, e), `${where} example`).toBeNull()
        }
      }
    }
    expect(bodies).toBeGreaterThan(40)
  })

  it("runs a seal-signing case through the typed client, with refusals as typed errors", async () => {
    const as = (role: string) => Client.make({ baseUrl: url, apiKey: key(demoUnit, role) })
    const example = Registry.examples.find((e) => e.machine === "seals/signing")
    if (example === undefined) throw new Error("no seal example")
    const out = await Effect.runPromise(
      Effect.gen(function* () {
        const drafter = yield* as("drafter")
        const approver = yield* as("seal-approver")
        const keeper = yield* as("seal-keeper")
        const c = yield* drafter.cases.start({
          payload: { machine: "seals/signing", input: example.input },
          headers: {}
        })
        yield* drafter.cases.fire({ params: { id: c.id }, payload: { type: "submit" }, headers: {} })
        const selfApproval = yield* Effect.flip(
          drafter.cases.fire({ params: { id: c.id }, payload: { type: "approve" }, headers: {} })
        )
        const stale = yield* Effect.flip(
          approver.cases.fire({ params: { id: c.id }, payload: { type: "approve", expectedVersion: 1 }, headers: {} })
        )
        yield* approver.cases.fire({ params: { id: c.id }, payload: { type: "approve" }, headers: {} })
        const sealed = yield* keeper.cases.fire({
          params: { id: c.id },
          payload: { type: "apply-seal", payload: example.payloads["apply-seal"] },
          headers: { "idempotency-key": "seal-once" }
        })
        const again = yield* keeper.cases.fire({
          params: { id: c.id },
          payload: { type: "apply-seal", payload: example.payloads["apply-seal"] },
          headers: { "idempotency-key": "seal-once" }
        })
        const notAuditor = yield* Effect.flip(drafter.audit.verifyAudit())
        const verify = yield* (yield* Client.make({ baseUrl: url, apiKey: demoAuditor.key })).audit.verifyAudit()
        return { selfApproval, stale, sealed, again, notAuditor, verify }
      })
    )
    expect(out.selfApproval).toBeInstanceOf(Problems.NotPermitted)
    expect(out.stale).toBeInstanceOf(Problems.VersionConflict)
    expect(out.sealed).toMatchObject({ state: "sealed", version: 4, final: true })
    expect(out.again).toEqual(out.sealed)
    expect(out.notAuditor).toBeInstanceOf(Problems.AuditorRequired)
    expect(out.verify).toMatchObject({ ok: true })
  })

  it.each([
    ["approvals/municipal-construction-project", "rolled-out"],
    ["approvals/municipal-budget-project", "rolled-out"],
    ["certificates/lifecycle", "revoked"]
  ])(
    "a full %s case runs to `%s` through the typed client, each step by the principal its actor table names",
    async (id, target) => {
      const example = Registry.examples.find((e) => e.machine === id)
      const machine = Registry.getMachine(id)
      if (example === undefined || machine === undefined) throw new Error(id)
      const today = LocalDate.fromEpochMillis(Date.now(), LocalDate.shanghaiOffsetMinutes)
      const paths = pathsToEachTransition(machine, example, today)
      const last = machine.transitions.find((t) => t.to === target && paths.has(`${t.from} ${t.event} ${t.to}`))
      if (last === undefined) throw new Error(`no way into ${target}`)
      const rule = last.actors[0]
      const steps = [
        ...(paths.get(`${last.from} ${last.event} ${last.to}`) ?? []),
        {
          event: last.event,
          agency: rule?.agency.kind === "named" ? rule.agency.agency : example.unitAgency,
          role: rule?.role ?? ""
        }
      ]
      const final = await Effect.runPromise(
        Effect.gen(function* () {
          const starter = yield* Client.make({ baseUrl: url, apiKey: key(example.unitAgency, steps[0]?.role ?? "") })
          let view = yield* starter.cases.start({ payload: { machine: id, input: example.input }, headers: {} })
          for (const step of steps) {
            const client = yield* Client.make({ baseUrl: url, apiKey: key(step.agency, step.role) })
            view = yield* client.cases.fire({
              params: { id: view.id },
              payload: { type: step.event, payload: example.payloads[step.event] ?? {}, expectedVersion: view.version },
              headers: {}
            })
          }
          const history = yield* starter.cases.events({ params: { id: view.id } })
          return { view, history }
        })
      )
      expect(final.view).toMatchObject({ machine: id, state: target, version: steps.length + 1 })
      expect(final.history.map((e) => e.type)).toEqual(["case-started", ...steps.map((s) => s.event)])
      expect(final.history.slice(1).map((e) => `${e.actor.agency}/${e.actor.role}`)).toEqual(
        steps.map((s) => `${s.agency}/${s.role}`)
      )
    }
  )

  it("answers 400, 401, 403, 404, 405, 409, 413 and 415 as problem documents, never a 500", async () => {
    const problem = async (r: Response) => {
      expect(r.headers.get("content-type") ?? "").toContain("application/problem+json")
      return { status: r.status, body: (await r.json()) as Record<string, unknown> }
    }
    const drafter = key(demoUnit, "drafter")
    expect((await problem(await call("/v1/decisions/seals/use", { method: "POST", body: "{}" }))).status).toBe(400)
    expect((await problem(await call("/v1/cases"))).status).toBe(401)
    expect((await problem(await call("/v1/cases/none", { key: drafter }))).status).toBe(404)
    expect((await problem(await call("/v1/rules", { method: "PUT", body: "{}" }))).status).toBe(405)
    const big = await call("/v1/decisions/seals/use", { method: "POST", body: "[".repeat(2 * 1024 * 1024) })
    expect((await problem(big)).status).toBe(413)
    const form = await call("/v1/cases", {
      method: "POST",
      key: drafter,
      body: "a=b",
      headers: { "content-type": "text/plain" }
    })
    expect((await problem(form)).status).toBe(415)
    const example = Registry.examples.find((e) => e.machine === "seals/signing")
    const c = await (
      await call("/v1/cases", {
        method: "POST",
        key: drafter,
        body: JSON.stringify({ machine: "seals/signing", input: example?.input })
      })
    ).json()
    const fire = (k: string, body: unknown) =>
      call(`/v1/cases/${c.id}/events`, { method: "POST", key: k, body: JSON.stringify(body) })
    // approving a draft is not possible in its state: 409, the decision naming the state and the event
    const early = await problem(await fire(key(demoUnit, "seal-approver"), { type: "approve" }))
    expect([early.status, early.body.type]).toEqual([409, "urn:zhengwu:problem:not-possible-now"])
    expect((await problem(await fire(drafter, { type: "submit", expectedVersion: 5 }))).status).toBe(409)
    expect((await fire(drafter, { type: "submit" })).status).toBe(200)
    const forbidden = await problem(await fire(drafter, { type: "approve" }))
    expect(forbidden.status).toBe(403)
    expect(JSON.stringify(forbidden.body)).toContain("xuhui-eseal-2015/7")
  })

  /**
   * Who may read a case, restated from the rule (not from its code): the agencies the actor tables name, the
   * agencies the machine cites as having oversight, and the agencies the case binds — its own unit (which starts
   * every example case) and every agency that acted on it.
   */
  const readersOf = (machine: (typeof Registry.machines)[number], unit: string, acted: ReadonlyArray<string>) =>
    new Set([
      unit,
      ...acted,
      ...machine.transitions.flatMap((t) =>
        t.actors.flatMap((a) => (a.agency.kind === "named" ? [a.agency.agency] : []))
      ),
      ...(machine.oversight ?? []).map((o) => o.agency)
    ])

  it("the permission matrix: for every machine, every event × every principal is accepted exactly when the actor table names it, refused (403) when it is a party, and finds no case (404) otherwise; every read — get, history, list — is allowed exactly to the parties", async () => {
    const principals = demoKeys()
    const today = LocalDate.fromEpochMillis(Date.now(), LocalDate.shanghaiOffsetMinutes)
    let checked = 0
    let reads = 0
    for (const example of Registry.examples) {
      const machine = Registry.getMachine(example.machine)
      if (machine === undefined) throw new Error(example.machine)
      const paths = pathsToEachTransition(machine, example, today)
      const starter = key(example.unitAgency, machine.transitions[0]?.actors[0]?.role ?? "")
      const created: Array<{ id: string; readers: ReadonlySet<string> }> = []
      for (const t of machine.transitions) {
        const path = paths.get(`${t.from} ${t.event} ${t.to}`)
        if (path === undefined) throw new Error(`${machine.id}: no path to ${t.from} ${t.event}`)
        for (const p of principals) {
          const started = await call("/v1/cases", {
            method: "POST",
            key: principals.find((x) => x.agency === example.unitAgency)?.key ?? starter,
            body: JSON.stringify({ machine: machine.id, input: example.input })
          })
          expect(started.status, `${machine.id} start`).toBe(200)
          const c = await started.json()
          for (const step of path) {
            const r = await call(`/v1/cases/${c.id}/events`, {
              method: "POST",
              key: key(step.agency, step.role),
              body: JSON.stringify({ type: step.event, payload: example.payloads[step.event] ?? {} })
            })
            expect(r.status, `${machine.id} ${step.event} by ${step.agency}/${step.role}`).toBe(200)
          }
          const readers = readersOf(
            machine,
            example.unitAgency,
            path.map((s) => s.agency)
          )
          const r = await call(`/v1/cases/${c.id}/events`, {
            method: "POST",
            key: p.key,
            body: JSON.stringify({ type: t.event, payload: example.payloads[t.event] ?? {} })
          })
          const permitted = machine.transitions
            .filter((x) => x.from === t.from && x.event === t.event)
            .some((x) =>
              x.actors.some(
                (a) =>
                  a.role === p.role &&
                  (a.agency.kind === "any" ||
                    (a.agency.kind === "named" ? a.agency.agency === p.agency : p.agency === example.unitAgency))
              )
            )
          const expected = permitted ? 200 : readers.has(p.agency) ? 403 : 404
          expect(r.status, `${machine.id} ${t.from} ${t.event} by ${p.agency}/${p.role}`).toBe(expected)
          if (permitted) readers.add(p.agency)
          created.push({ id: c.id, readers })
          checked++
          // every read of this case by this principal: allowed exactly to the parties
          for (const read of [`/v1/cases/${c.id}`, `/v1/cases/${c.id}/history`]) {
            const got = await call(read, { key: p.key })
            expect(got.status, `${read} by ${p.agency}/${p.role}`).toBe(readers.has(p.agency) ? 200 : 404)
            reads++
          }
        }
      }
      // lists are filtered, not refused: each principal lists exactly the cases of this machine it may read
      for (const p of principals) {
        const listed = new Set<string>()
        let after: string | null = null
        do {
          const page = await (
            await call(
              `/v1/cases?machine=${encodeURIComponent(machine.id)}&limit=500${after === null ? "" : `&after=${encodeURIComponent(after)}`}`,
              { key: p.key }
            )
          ).json()
          for (const item of page.items) listed.add(item.id)
          after = page.next
        } while (after !== null)
        const expected = created.filter((c) => c.readers.has(p.agency)).map((c) => c.id)
        const ours = new Set(created.map((c) => c.id)) // other tests share the server
        const listedOurs = [...listed].filter((id) => ours.has(id))
        expect(listedOurs.sort(), `${machine.id} list by ${p.agency}/${p.role}`).toEqual(expected.sort())
        reads++
      }
    }
    process.stdout.write(
      `permission matrix: ${checked} events fired by every principal, ${reads} reads (get, history, list)\n`
    )
    expect(checked).toBeGreaterThan(100)
    expect(reads).toBeGreaterThan(2 * checked)
  }, 300_000)

  it("every decision gets a decisionId and the rules version; the auditor lists and exports the decision log as NDJSON", async () => {
    const example = Registry.validatorExamples["seals/use"]
    const decided = await (
      await call(`/v1/decisions/seals/use?asOf=${example?.asOf}`, {
        method: "POST",
        body: JSON.stringify(example?.input)
      })
    ).json()
    expect(decided.decisionId).toMatch(/\S/u)
    expect(decided.rulesVersion).toMatchObject({
      package: expect.any(String),
      hash: expect.stringMatching(/^sha256:[0-9a-f]{64}$/u)
    })
    const listed = await (await call("/v1/decision-log?validator=seals/use", { key: demoAuditor.key })).json()
    const entry = listed.find((e: { decisionId: string }) => e.decisionId === decided.decisionId)
    expect(entry).toMatchObject({
      validator: "seals/use",
      outcome: decided.outcome,
      rulesVersion: decided.rulesVersion,
      inputHash: expect.stringMatching(/^sha256:/u)
    })
    expect(entry.input).toBeUndefined() // the operator records inputs only when asked to
    const exported = await call("/v1/decision-log/export?validator=seals/use", { key: demoAuditor.key })
    expect(exported.headers.get("content-type")).toContain("application/x-ndjson")
    const lines = (await exported.text())
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l))
    expect(lines.map((l) => l.decisionId)).toContain(decided.decisionId)
    expect((await call("/v1/decision-log", { key: key(demoUnit, "drafter") })).status).toBe(403)
  })

  it("an auditor's impact of repealing xuhui-eseal-2015 art 4 from 2027-01-01: a supplied 2027 contract sealing flips from refused to allowed, the server's own hash-only log cannot be re-decided, and a bad article is a 400 naming the change", async () => {
    const contract = { ...(Registry.validatorExamples["seals/use"]?.input as object), documentKind: "contract" }
    await call("/v1/decisions/seals/use?asOf=2027-03-01", { method: "POST", body: JSON.stringify(contract) })
    const amendment = {
      title: { zh: "第四条废止", en: "art 4 repealed" },
      changes: [{ kind: "repeal-article", article: "xuhui-eseal-2015/4", from: "2027-01-01" }]
    }
    const supplied = await call("/v1/impact?asOf=2027-03-01", {
      method: "POST",
      key: demoAuditor.key,
      body: JSON.stringify({
        amendment,
        decisions: [{ id: "c-2027", validator: "seals/use", asOf: "2027-03-01", input: contract }]
      })
    })
    expect(supplied.status).toBe(200)
    const report = await supplied.json()
    expect(report.decisions.flipped).toEqual([
      expect.objectContaining({ decision: "c-2027", from: "refused", to: "allowed", citations: ["xuhui-eseal-2015/4"] })
    ])
    const fromLog = await (
      await call("/v1/impact", { method: "POST", key: demoAuditor.key, body: JSON.stringify({ amendment }) })
    ).json()
    expect(fromLog.decisions.checked).toBeGreaterThan(0)
    expect(fromLog.decisions.notRedecided.length).toBe(fromLog.decisions.checked)
    expect(fromLog.decisions.notRedecided[0]).toMatchObject({ reason: "input-not-recorded" })
    const bad = await call("/v1/impact", {
      method: "POST",
      key: demoAuditor.key,
      headers: { "accept-language": "en" },
      body: JSON.stringify({
        amendment: { ...amendment, changes: [{ ...amendment.changes[0], article: "xuhui-eseal-2015/99" }] }
      })
    })
    expect(bad.status).toBe(400)
    expect((await bad.json()).problems).toEqual([
      { path: ["amendment", "changes", 0], message: "no article `xuhui-eseal-2015/99` is catalogued" }
    ])
    for (const p of demoKeys()) {
      if (p.auditor === true) continue
      const r = await call("/v1/impact", { method: "POST", key: p.key, body: JSON.stringify({ amendment }) })
      expect(r.status, `POST /v1/impact by ${p.key}`).toBe(403)
    }
  })

  it("decisions by a rule's 2026 alias answer the decisions of the rule it now stands for (one rule per clause)", async () => {
    const example = Registry.validatorExamples["approvals/submission"]
    const input = example?.input as { software: ReadonlyArray<{ name: string; licensed: boolean }> }
    const unlicensed = { ...input, software: [{ name: "盗版办公软件", licensed: false }] }
    const decided = await (
      await call(`/v1/decisions/approvals/submission?asOf=${example?.asOf}`, {
        method: "POST",
        body: JSON.stringify(unlicensed)
      })
    ).json()
    expect(decided.outcome).toBe("refused")
    // every page, oldest first (other tests' cases applied the rule as a guard too)
    const byRule = async (path: string) => {
      const all: Array<{ auditSeq: number; rule: string; status: string }> = []
      for (;;) {
        const after = all.at(-1)?.auditSeq ?? 0
        const page = (await (
          await call(`/v1/rules/${path}/decisions?limit=500&afterSeq=${after}`, { key: demoAuditor.key })
        ).json()) as typeof all
        all.push(...page)
        if (page.length < 500) return all
      }
    }
    const now = await byRule("security/licensed-software")
    const old = await byRule("approvals/licensed-software")
    expect(now.some((d) => d.rule === "security/licensed-software" && d.status === "violated")).toBe(true)
    expect(old).toEqual(now)
  })

  it("the audit trail is read with an auditor's key only: every other principal gets 403", async () => {
    for (const p of demoKeys()) {
      for (const path of ["/v1/audit/verify", "/v1/rules/seals/document-kind-permitted/decisions"]) {
        expect((await call(path, { key: p.key })).status, `${path} by ${p.key}`).toBe(p.auditor === true ? 200 : 403)
      }
    }
  })
})
