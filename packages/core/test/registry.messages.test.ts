/**
 * Every message a clerk reads — rule titles, findings of every validator over
 * its example and over inputs generated from its schema, every refusal of
 * every machine event by every agency and role of its actor tables — uses
 * names, never codes: no Markdown backtick, no rule, validator or machine id,
 * no agency id, no role, event or state code and no enum code of an input
 * schema. User-supplied text is quoted (「…」 in Chinese, “…” in English) and
 * is left out of the check.
 */

import * as Arbitrary from "effect/Arbitrary"
import * as Effect from "effect/Effect"
import * as Result from "effect/Result"
import type * as Schema from "effect/Schema"
import { describe, expect, it } from "vitest"
import * as ApprovalsAgencies from "../src/approvals/agencies.ts"
import * as CertificateAgencies from "../src/certificates/agencies.ts"
import * as LocalDate from "../src/date/LocalDate.ts"
import { decoder } from "../src/decision/DecodeError.ts"
import type { Finding, Message } from "../src/decision/Finding.ts"
import * as Rule from "../src/decision/Rule.ts"
import * as Validator from "../src/decision/Validator.ts"
import type { AgencyId } from "../src/machine/Actor.ts"
import type { AnyMachine } from "../src/machine/Machine.ts"
import * as Transition from "../src/machine/transition.ts"
import * as NetworkAgencies from "../src/networks/agencies.ts"
import * as Registry from "../src/registry.ts"

/** String literals anywhere in a schema (enum codes a caller sends). */
const literalsOf = (schema: Schema.Top): ReadonlySet<string> => {
  const out = new Set<string>()
  const seen = new Set<unknown>()
  const walk = (node: unknown, depth: number): void => {
    if (node === null || typeof node !== "object" || seen.has(node) || depth > 60) return
    seen.add(node)
    const n = node as Record<string, unknown>
    if (n._tag === "Literal" && typeof n.literal === "string") out.add(n.literal)
    if (n._tag === "Suspend" && typeof n.thunk === "function") walk((n.thunk as () => unknown)(), depth + 1)
    for (const [k, v] of Object.entries(n)) {
      if (k === "annotations" || k === "context") continue
      if (Array.isArray(v)) for (const x of v) walk(x, depth + 1)
      else walk(v, depth + 1)
    }
  }
  walk(schema.ast, 0)
  return out
}

/**
 * Enum codes spelt as the English words they stand for: English text may use
 * them as words (a `non-classified` network is a non-classified network).
 */
const englishWords = new Set([
  "e-government",
  "e-commerce",
  "non-classified",
  "public-facing",
  "public-service",
  "district-level",
  "town-level",
  "graded-protection",
  "format-converted"
])

/** A code a reader would not take for an English word (hyphens, underscores, digits, inner capitals). */
const codeLike = (s: string) =>
  !englishWords.has(s) && /[-_0-9]|[a-z][A-Z]/u.test(s) && /^[A-Za-z][A-Za-z0-9_-]*$/u.test(s)

const agencyIds = new Set<string>()
for (const module of [ApprovalsAgencies, CertificateAgencies, NetworkAgencies])
  for (const v of Object.values(module))
    for (const a of Array.isArray(v) ? v : [v])
      if (typeof a === "object" && a !== null && "id" in a && "name" in a) agencyIds.add(String(a.id))
for (const m of Registry.machines) {
  for (const t of m.transitions) for (const a of t.actors) if (a.agency.kind === "named") agencyIds.add(a.agency.agency)
  for (const o of m.oversight ?? []) agencyIds.add(o.agency)
}

const ids = new Set<string>([
  ...Registry.rules.map((r) => r.id),
  ...Registry.validators.map((v) => v.id),
  ...Registry.machines.map((m) => m.id)
])
/** Codes Chinese text never shows, and the code-like ones English text never shows. */
const codes = new Set<string>()
for (const m of Registry.machines) {
  for (const r of Object.keys(m.roles)) codes.add(r)
  for (const e of Object.keys(m.events)) codes.add(e)
  for (const s of Object.keys(m.states)) codes.add(s)
  for (const l of literalsOf(m.input)) codes.add(l)
  for (const e of Object.values(m.events)) for (const l of literalsOf(e.payload)) codes.add(l)
}
for (const v of Registry.validators) for (const l of literalsOf(v.input)) codes.add(l)

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")
const token = (s: string) => new RegExp(`(?<![A-Za-z0-9_/-])${escapeRegExp(s)}(?![A-Za-z0-9_/-])`, "u")
const idPatterns = [...ids].map((s) => [s, token(s)] as const)
const agencyPatterns = [...agencyIds].map((s) => [s, token(s)] as const)
const zhCodePatterns = [...codes].filter((c) => /^[A-Za-z][A-Za-z0-9_-]+$/u.test(c)).map((c) => [c, token(c)] as const)
const enCodePatterns = [...codes].filter(codeLike).map((c) => [c, token(c)] as const)

/** What a message shows besides the user's own quoted text. */
const unquoted = (s: string) => s.replace(/「[^」]*」/gu, "「」").replace(/“[^”]*”/gu, "“”")

/** The problems of one message, each naming the offending token. */
const problemsOf = (message: Message): ReadonlyArray<string> => {
  const out: Array<string> = []
  for (const [lang, text] of [
    ["zh", message.zh],
    ["en", message.en]
  ] as const) {
    const bare = unquoted(text)
    if (bare.includes("`")) out.push(`${lang} backtick: ${text}`)
    for (const [, q] of text.matchAll(/[「“]([^」”]*)[」”]/gu)) {
      const inner = q ?? ""
      if (agencyIds.has(inner)) out.push(`${lang} quoted agency id ${inner}: ${text}`)
      else if (codes.has(inner) && (lang === "zh" ? /^[A-Za-z][A-Za-z0-9_-]+$/u.test(inner) : codeLike(inner)))
        out.push(`${lang} quoted code ${inner}: ${text}`)
    }
    for (const [id, p] of idPatterns) if (p.test(bare)) out.push(`${lang} id ${id}: ${text}`)
    for (const [id, p] of agencyPatterns) if (p.test(bare)) out.push(`${lang} agency id ${id}: ${text}`)
    for (const [code, p] of lang === "zh" ? zhCodePatterns : enCodePatterns)
      if (p.test(bare)) out.push(`${lang} code ${code}: ${text}`)
  }
  return out
}

const collect = (sink: Map<string, string>, where: string, messages: Iterable<Message>) => {
  for (const m of messages) for (const p of problemsOf(m)) if (!sink.has(p)) sink.set(p, where)
}
const report = (sink: Map<string, string>) => [...sink].map(([p, where]) => `${where}: ${p}`).sort()

const findingMessages = (fs: ReadonlyArray<Finding>) => fs.map((f) => f.message)

/** Every rule of a validator on one input: scope and rules alike, whatever the scope says. */
const allFindings = (v: (typeof Registry.validators)[number], input: unknown, asOf: LocalDate.LocalDate) => [
  ...(v.scope === undefined ? [] : [Rule.evaluate(v.scope, input, asOf)]),
  ...v.rules.map((r) => Rule.evaluate(r, input, asOf)),
  ...Validator.decide(v, input, asOf).reasons
]

const days = ["2008-01-01", "2013-06-01", "2019-01-01", "2021-06-01", "2026-03-02"].map(LocalDate.make)

describe("clerk-ready messages", () => {
  it("the check itself finds codes: a backtick, a rule id, an agency id and a role code are each caught", () => {
    const role = Object.keys(Registry.machines[0]?.roles ?? {})[0] ?? ""
    expect(problemsOf({ zh: "数字证书 `x` 未登记", en: "certificate “x” is not registered" })).toHaveLength(1)
    expect(problemsOf({ zh: `依据${Registry.rules[0]?.id}`, en: "ok" })).toHaveLength(1)
    expect(problemsOf({ zh: "sh-eitc 的审核人", en: "the reviewer of sh-eitc" })).toHaveLength(2)
    expect(problemsOf({ zh: `${role}无权`, en: "may not" })).toHaveLength(1)
    expect(problemsOf({ zh: "名称为「sh-eitc `x`」", en: "named “sh-eitc x”" })).toEqual([])
    expect(problemsOf({ zh: "「sh-eitc」", en: `“${role}”` })).toHaveLength(role.includes("-") ? 2 : 1)
  })

  it("every rule's and every machine's title uses names", () => {
    const sink = new Map<string, string>()
    for (const r of Registry.rules) collect(sink, `rule ${r.id} title`, [r.title])
    for (const v of Registry.validators) collect(sink, `validator ${v.id} title`, [v.title])
    for (const m of Registry.machines) {
      collect(sink, `machine ${m.id}`, [
        m.title,
        ...Object.values(m.states).map((s) => s.description),
        ...Object.values(m.events).map((e) => e.description),
        ...Object.values(m.roles),
        ...Object.values(m.agencyRefs).map((r) => r.description)
      ])
    }
    expect(report(sink)).toEqual([])
  })

  it("every validator's findings on its example, on every decision day, use names", () => {
    const sink = new Map<string, string>()
    for (const v of Registry.validators) {
      const example = Registry.validatorExamples[v.id]
      if (example === undefined) continue
      const decoded = decoder(v.input, v.id)(example.input)
      if (Result.isFailure(decoded)) throw decoded.failure
      for (const asOf of [LocalDate.make(example.asOf), ...days])
        collect(sink, `${v.id} example`, findingMessages(allFindings(v, decoded.success, asOf)))
    }
    expect(report(sink)).toEqual([])
  })

  it("every validator's findings on inputs generated from its schema use names", () => {
    const sink = new Map<string, string>()
    const underived: Array<string> = []
    for (const v of Registry.validators) {
      let samples: ReadonlyArray<unknown>
      try {
        samples = Effect.runSync(
          Arbitrary.sampleEffect(Arbitrary.schema(v.input), { count: 40, seed: 15, maxDiscards: 20_000 })
        )
      } catch (cause) {
        underived.push(`${v.id}: ${String(cause)}`)
        continue
      }
      for (const input of samples)
        for (const asOf of days.slice(-2))
          collect(sink, `${v.id} generated`, findingMessages(allFindings(v, input, asOf)))
    }
    expect(underived).toEqual([])
    expect(report(sink)).toEqual([])
  })

  it("every refusal of every machine event, by every agency and role of its actor tables, in every state, uses names", () => {
    const sink = new Map<string, string>()
    for (const example of Registry.examples) {
      const m = Registry.getMachine(example.machine) as AnyMachine
      const asOf = LocalDate.make(example.asOf)
      const input = decoder(m.input, m.id)(example.input)
      if (Result.isFailure(input)) throw input.failure
      const context = m.initialContext(input.success)
      const agencies = new Set<string>([example.unitAgency, "an-unknown-agency"])
      for (const t of m.transitions)
        for (const a of t.actors) if (a.agency.kind === "named") agencies.add(a.agency.agency)
      const roles = new Set<string>([...Object.keys(m.roles), "an-unknown-role"])
      for (const state of Object.keys(m.states)) {
        const snapshot = { machine: m.id, state, context, version: 0 }
        for (const type of Object.keys(m.events)) {
          const event = Transition.decodeEvent(m, { type, payload: example.payloads[type] ?? {} })
          if (Result.isFailure(event)) continue
          for (const agency of agencies)
            for (const role of roles)
              for (const day of [asOf, LocalDate.make("2000-01-01")]) {
                const r = Transition.transition(m, snapshot, event.success, { agency: agency as AgencyId, role }, day)
                collect(sink, `${m.id} ${state} ${type} by ${role}`, findingMessages(r.decision.findings))
              }
        }
      }
    }
    expect(report(sink)).toEqual([])
  })
})
