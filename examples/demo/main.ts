/**
 * The Zhengwu demo: real decisions from the electronic seal rules
 * (xuhui-eseal-2015) and a seal-signing case persisted in the in-memory ports
 * with a hash-chained audit log. `pnpm demo [-- --as-of YYYY-MM-DD] [-- --json]`
 */

import type { Decision } from "@zhengwu/core"
import { Actor, AuditLog, Cases, Catalogue, Clock, LocalDate, Memory, Registry, Seals, Validator } from "@zhengwu/core"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Result from "effect/Result"

const args = process.argv.slice(2)
const asOfArg = args[args.indexOf("--as-of") + 1]
const asJson = args.includes("--json")
const today = LocalDate.fromEpochMillis(Date.now(), LocalDate.shanghaiOffsetMinutes)
const asOf = args.includes("--as-of") && asOfArg !== undefined ? LocalDate.make(asOfArg) : today

const out = (s = "") => process.stdout.write(`${s}\n`)
/** Narration, left out of `--json` output so that it stays one JSON document per line. */
const say = (s = "") => (asJson ? undefined : out(s))
const show = (title: string, d: Decision.Decision) => {
  if (asJson) return out(JSON.stringify({ title, decision: d }))
  out(`\n▸ ${title}`)
  out(`  ${d.outcome.toUpperCase()} (${d.subject}, as of ${d.asOf})`)
  for (const f of d.reasons) {
    out(`  - [${f.status}] ${f.message.en}`)
    out(`    ${f.message.zh}`)
    out(`    rule ${f.rule}; cites ${f.citations.join(", ")}; facts ${JSON.stringify(f.facts)}`)
  }
}

const notice: Seals.SealUseRequest = {
  documentKind: "notice",
  channel: "internal-office-platform",
  secrecy: "none",
  sealOwner: { id: Actor.agencyId("xh-office"), xuhuiDistrictUnit: true },
  issuers: { lead: Actor.agencyId("xh-office"), coIssuers: [] },
  certificate: {
    serial: "5A3F00C1",
    status: "active",
    validFrom: LocalDate.make("2024-01-01"),
    validUntil: LocalDate.make("2030-12-31")
  }
}

say(
  `Zhengwu — ${Catalogue.documents.length} documents, ${Catalogue.articles.length} articles, ${Registry.rules.length} rules, ${Registry.machines.length} machine(s)`
)
say(`Deciding as of ${asOf}${asOf === today ? " (today in Shanghai)" : ""}.`)

show("a notice on the internal platform", Validator.decide(Seals.use, notice, asOf))
show("a contract", Validator.decide(Seals.use, { ...notice, documentKind: "contract" }, asOf))
show(
  "a joint issue sealed by a co-issuer, with a revoked certificate",
  Validator.decide(
    Seals.use,
    {
      ...notice,
      issuers: { lead: Actor.agencyId("xh-finance"), coIssuers: [Actor.agencyId("xh-office")] },
      certificate: { ...notice.certificate, status: "revoked" }
    },
    asOf
  )
)
show(
  "a format-converted copy of a sealed document",
  Validator.decide(Seals.legalEffect, { sealed: true, form: "format-converted" }, asOf)
)

const garbage = Validator.decideUnknown(Seals.use, { ...notice, documentKind: "invoice" }, asOf)
if (Result.isFailure(garbage)) say(`\n▸ bad input is refused before any rule runs:\n  ${garbage.failure.message}`)

// A seal-signing case, persisted as events with an audit chain (in memory here; Postgres via the adapter).
const at = (Date.parse(`${asOf}T02:00:00Z`) as number) || Date.now()
const ports = Memory.layer(Clock.layerFixed(at))
const layer = Layer.merge(Cases.layer(Registry.getMachine).pipe(Layer.provide(ports)), ports)
const who = (role: string) => ({ agency: Actor.agencyId("xh-office"), role })

const program = Effect.gen(function* () {
  const cases = yield* Cases.Cases
  say("\n▸ a seal-signing case (xuhui-eseal-2015 art 7: the physical seal's flow)")
  const start = yield* Effect.result(
    cases.start({
      machine: "seals/signing",
      input: { request: notice },
      actor: who("drafter")
    })
  )
  if (start._tag === "Failure") {
    const reasons = start.failure.decision?.reasons ?? []
    return say(`  ✗ cannot start: ${reasons.map((f) => `${f.message.en} [${f.citations.join(", ")}]`).join("; ")}`)
  }
  const started = start.success
  say(`  ${started.id}: ${started.state} (v${started.version})`)
  const steps: Array<[string, unknown, string]> = [
    ["drafter tries to approve it", { type: "approve", payload: {} }, "drafter"],
    ["drafter submits", { type: "submit", payload: {} }, "drafter"],
    ["drafter approves own request", { type: "approve", payload: {} }, "drafter"],
    ["seal approver approves", { type: "approve", payload: {} }, "seal-approver"],
    [
      "seal keeper applies the seal",
      { type: "apply-seal", payload: { certificate: notice.certificate } },
      "seal-keeper"
    ]
  ]
  for (const [label, event, role] of steps) {
    const r = yield* Effect.result(cases.fire({ caseId: started.id, event, actor: who(role) }))
    if (r._tag === "Success") say(`  ✓ ${label} → ${r.success.state} (v${r.success.version})`)
    else
      say(
        `  ✗ ${label}: ${r.failure.reason}${r.failure.decision ? ` — ${r.failure.decision.reasons.map((f) => `${f.message.en} [${f.citations.join(", ")}]`).join("; ")}` : ""}`
      )
  }
  const audit = yield* AuditLog.AuditLog
  const verify = yield* audit.verify()
  say(`  audit chain: ${JSON.stringify(verify)}`)
})

await Effect.runPromise(program.pipe(Effect.provide(layer)))
