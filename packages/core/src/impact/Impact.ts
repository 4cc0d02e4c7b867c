/**
 * The impact of a rule change (修订影响): given an amendment (Amendment.ts),
 * re-decide recorded decisions — the decision log's entries, or any list of
 * inputs a vendor supplies — and re-check every next transition of open cases,
 * and report which past decisions would flip (from what to what, and which
 * rules and articles make the difference) and which open cases would become
 * blocked or unblocked (which event, which actor, why). Pure: the shipped
 * catalogue and registry are never changed, and no clock is read (the day the
 * next transitions are checked on is given).
 */
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import { LocalDate } from "../date/LocalDate.ts"
import { type Decision, Outcome, RefusalKind } from "../decision/Decision.ts"
import { decoder } from "../decision/DecodeError.ts"
import { type Finding, Message, Status } from "../decision/Finding.ts"
import * as Validator from "../decision/Validator.ts"
import { Actor, type Actor as ActorType, agencyId } from "../machine/Actor.ts"
import type { AnyMachine } from "../machine/Machine.ts"
import * as Transition from "../machine/transition.ts"
import type { AnyValidator, MachineExample } from "../procedure.ts"
import * as Shipped from "../registry.ts"
import * as Amendment from "./Amendment.ts"

/**
 * A recorded decision: a decision log entry (DecisionLog.Entry) or a vendor's
 * own record — which validator, as of which day, and the input when recorded.
 */
export const Recorded = Schema.Struct({
  decisionId: Schema.optional(Schema.String),
  /** A vendor's own id, when it is no decision log entry. */
  id: Schema.optional(Schema.String),
  seq: Schema.optional(Schema.Int),
  at: Schema.optional(Schema.Number),
  validator: Schema.String,
  asOf: LocalDate,
  outcome: Schema.optional(Outcome),
  reasons: Schema.optional(Schema.Unknown),
  rulesVersion: Schema.optional(Schema.Unknown),
  inputHash: Schema.optional(Schema.String),
  input: Schema.optional(Schema.Unknown),
  actor: Schema.optional(Schema.Unknown)
})
export type Recorded = typeof Recorded.Type

/**
 * An open case as the HTTP API shows it (`GET /v1/cases/{id}`): its machine,
 * state and context; `payloads` gives, by event, what its next events would
 * carry (by default each machine's example payload).
 */
export const OpenCase = Schema.Struct({
  id: Schema.String,
  machine: Schema.String,
  state: Schema.String,
  context: Schema.Unknown,
  version: Schema.optional(Schema.Int),
  final: Schema.optional(Schema.Boolean),
  payloads: Schema.optional(Schema.Record(Schema.String, Schema.Unknown))
})
export type OpenCase = typeof OpenCase.Type

/** One rule whose finding differs under the amendment (those that made the difference, when some did). */
export const RuleChange = Schema.Struct({
  rule: Schema.String,
  before: Status,
  after: Status,
  citations: Schema.Array(Schema.String),
  /** The finding's message under the amendment. */
  message: Message
})
export type RuleChange = typeof RuleChange.Type

export const Flip = Schema.Struct({
  decision: Schema.String,
  validator: Schema.String,
  asOf: LocalDate,
  /** The outcome the log recorded, when it did. */
  recorded: Schema.NullOr(Outcome),
  from: Outcome,
  to: Outcome,
  because: Schema.Array(RuleChange),
  citations: Schema.Array(Schema.String),
  text: Message
})
export type Flip = typeof Flip.Type

export const NotRedecided = Schema.Struct({
  decision: Schema.String,
  validator: Schema.String,
  reason: Schema.Literals(["input-not-recorded", "unknown-validator", "invalid-input"]),
  text: Message
})
export type NotRedecided = typeof NotRedecided.Type

/** A decision whose recorded outcome differs from re-deciding it under today's rules (the rules changed since). */
export const Drift = Schema.Struct({
  decision: Schema.String,
  validator: Schema.String,
  recorded: Outcome,
  now: Outcome,
  text: Message
})

const Attempt = Schema.Struct({
  outcome: Outcome,
  refusal: Schema.optional(RefusalKind),
  /** The state the case would move to, when accepted. */
  to: Schema.NullOr(Schema.String)
})

export const CaseChange = Schema.Struct({
  case: Schema.String,
  machine: Schema.String,
  state: Schema.String,
  event: Schema.String,
  actor: Actor,
  change: Schema.Literals(["blocked", "unblocked"]),
  before: Attempt,
  after: Attempt,
  because: Schema.Array(RuleChange),
  citations: Schema.Array(Schema.String),
  /** Where the event's payload came from: the case's own `payloads`, or the machine's example. */
  payload: Schema.Literals(["case", "example"]),
  text: Message
})
export type CaseChange = typeof CaseChange.Type

export const CaseSkipped = Schema.Struct({
  case: Schema.String,
  machine: Schema.String,
  event: Schema.NullOr(Schema.String),
  reason: Schema.Literals(["unknown-machine", "unknown-state", "invalid-context", "no-payload", "invalid-payload"]),
  text: Message
})

const DocumentDates = Schema.Struct({ inForceFrom: Schema.NullOr(LocalDate), inForceUntil: Schema.NullOr(LocalDate) })

export const Report = Schema.Struct({
  amendment: Amendment.Amendment,
  /** The day the open cases' next transitions are checked on. */
  asOf: LocalDate,
  changes: Schema.Struct({
    documents: Schema.Array(Schema.Struct({ document: Schema.String, before: DocumentDates, after: DocumentDates })),
    repealed: Schema.Array(Schema.Struct({ article: Schema.String, from: LocalDate })),
    tightened: Schema.Array(Schema.String),
    /** Every registered rule resting on what the amendment changes. */
    rules: Schema.Array(Schema.String)
  }),
  decisions: Schema.Struct({
    checked: Schema.Int,
    unchanged: Schema.Int,
    flipped: Schema.Array(Flip),
    notRedecided: Schema.Array(NotRedecided),
    drifted: Schema.Array(Drift)
  }),
  cases: Schema.Struct({
    checked: Schema.Int,
    transitionsChecked: Schema.Int,
    blocked: Schema.Array(CaseChange),
    unblocked: Schema.Array(CaseChange),
    skipped: Schema.Array(CaseSkipped)
  }),
  summary: Message
})
export type Report = typeof Report.Type

export interface Registry {
  readonly validators: ReadonlyArray<AnyValidator>
  readonly machines: ReadonlyArray<AnyMachine>
  readonly examples: ReadonlyArray<MachineExample>
}

const shippedRegistry: Registry = {
  validators: Shipped.validators,
  machines: Shipped.machines,
  examples: Shipped.examples
}

const outcomeZh: Record<Outcome, string> = { allowed: "允许", refused: "拒绝", "not-applicable": "不适用" }
const statusZh: Record<Finding["status"], string> = { satisfied: "满足", violated: "违反", "not-applicable": "不适用" }

/** The rules whose findings differ between two decisions (caveats aside: they never decide). */
const ruleChanges = (before: Decision, after: Decision): ReadonlyArray<RuleChange> => {
  const was = new Map(before.findings.map((f) => [f.rule as string, f]))
  const out: Array<RuleChange> = []
  for (const f of after.findings) {
    if (f.rule === "catalogue/in-force-date-known") continue
    const b = was.get(f.rule)
    if (b !== undefined && b.status === f.status && b.severity === f.severity) continue
    out.push({
      rule: f.rule,
      before: b?.status ?? "not-applicable",
      after: f.status,
      citations: [...f.citations],
      message: f.message
    })
  }
  for (const b of before.findings) {
    if (b.rule === "catalogue/in-force-date-known" || after.findings.some((f) => f.rule === b.rule)) continue
    out.push({
      rule: b.rule,
      before: b.status,
      after: "not-applicable",
      citations: [...b.citations],
      message: { zh: "修订后不再评估（该决定不适用）", en: "no longer evaluated: the decision is not applicable" }
    })
  }
  return out
}

/**
 * The changes that made the difference: a refusal's new reasons, or the
 * reasons of the refusal that no longer holds; every change otherwise.
 */
const determining = (changes: ReadonlyArray<RuleChange>, before: Decision, after: Decision) => {
  const decisive =
    after.outcome === "refused" ? after.reasons : before.outcome === "refused" ? before.reasons : undefined
  if (decisive === undefined) return changes
  const rules = new Set(decisive.map((f) => f.rule as string))
  const picked = changes.filter((c) => rules.has(c.rule))
  return picked.length === 0 ? changes : picked
}

const because = (changes: ReadonlyArray<RuleChange>): Message => ({
  zh: changes
    .map(
      (c) =>
        `${c.rule}（${c.citations.join("、")}）由“${statusZh[c.before]}”变为“${statusZh[c.after]}”：${c.message.zh}`
    )
    .join("；"),
  en: changes
    .map((c) => `${c.rule} (${c.citations.join(", ")}) goes from ${c.before} to ${c.after}: ${c.message.en}`)
    .join("; ")
})

const uniq = (xs: ReadonlyArray<string>) => [...new Set(xs)]

/** The registered rules resting on what the amendment changes: its documents, its articles, its tightened rules. */
const rulesTouched = (applied: Amendment.Applied): ReadonlyArray<string> => {
  const docs = new Set(applied.documents.map((d) => d.after.id as string))
  const articles = new Set(applied.repealed.map((r) => r.article))
  const tightened = new Set(applied.tightened)
  return Shipped.rules
    .filter(
      (r) => tightened.has(r.id) || r.citations.some((c) => articles.has(c) || docs.has(c.slice(0, c.indexOf("/"))))
    )
    .map((r) => r.id)
}

const redecide = (
  applied: Amendment.Applied,
  registry: Registry,
  recorded: ReadonlyArray<Recorded>
): Report["decisions"] => {
  const flipped: Array<Flip> = []
  const notRedecided: Array<NotRedecided> = []
  const drifted: Array<typeof Drift.Type> = []
  let unchanged = 0
  for (const [i, r] of recorded.entries()) {
    const id = r.decisionId ?? r.id ?? `#${i + 1}`
    const skip = (reason: NotRedecided["reason"], en: string, zh: string) =>
      notRedecided.push({ decision: id, validator: r.validator, reason, text: { zh, en } })
    const shipped = registry.validators.find((v) => v.id === r.validator)
    const amended = applied.validators.find((v) => v.id === r.validator)
    if (shipped === undefined || amended === undefined) {
      skip(
        "unknown-validator",
        `cannot be re-decided: no validator \`${r.validator}\``,
        `无法重新决定：没有校验器 \`${r.validator}\``
      )
      continue
    }
    if (r.input === undefined) {
      skip(
        "input-not-recorded",
        `cannot be re-decided: input not recorded (only its hash${r.inputHash === undefined ? "" : ` ${r.inputHash}`})`,
        `无法重新决定：未记录输入（仅有其哈希${r.inputHash === undefined ? "" : ` ${r.inputHash}`}）`
      )
      continue
    }
    const input = Validator.decodeInput(shipped)(r.input)
    if (Result.isFailure(input)) {
      skip(
        "invalid-input",
        `cannot be re-decided: ${input.failure.message}`,
        `无法重新决定：输入不符合 \`${r.validator}\` 的模式`
      )
      continue
    }
    const before = Validator.decide(shipped, input.success, r.asOf)
    const after = Validator.decide(amended, input.success, r.asOf, applied.view)
    if (r.outcome !== undefined && r.outcome !== before.outcome) {
      drifted.push({
        decision: id,
        validator: r.validator,
        recorded: r.outcome,
        now: before.outcome,
        text: {
          zh: `决定 \`${id}\` 记录为“${outcomeZh[r.outcome]}”，按现行规则重新决定为“${outcomeZh[before.outcome]}”（记录后规则已变）`,
          en: `decision \`${id}\` was recorded as ${r.outcome}; under today's rules it is ${before.outcome} (the rules changed since)`
        }
      })
    }
    if (before.outcome === after.outcome) {
      unchanged++
      continue
    }
    const changes = determining(ruleChanges(before, after), before, after)
    const why = because(changes)
    flipped.push({
      decision: id,
      validator: r.validator,
      asOf: r.asOf,
      recorded: r.outcome ?? null,
      from: before.outcome,
      to: after.outcome,
      because: changes,
      citations: uniq(changes.flatMap((c) => c.citations)),
      text: {
        zh: `决定 \`${id}\`（${r.validator}，${r.asOf}）将由“${outcomeZh[before.outcome]}”变为“${outcomeZh[after.outcome]}”：${why.zh}`,
        en: `decision \`${id}\` (${r.validator}, ${r.asOf}) would flip from ${before.outcome} to ${after.outcome}: ${why.en}`
      }
    })
  }
  return { checked: recorded.length, unchanged, flipped, notRedecided, drifted }
}

/** The actors an actor table names for a case: a named agency, the case's own unit, or any agency by its role. */
const actorsOf = (
  machine: AnyMachine,
  rules: ReadonlyArray<AnyMachine["transitions"][number]["actors"][number]>,
  context: unknown
) =>
  rules.flatMap((a): ReadonlyArray<ActorType> => {
    if (a.agency.kind === "named") return [{ agency: agencyId(a.agency.agency), role: a.role }]
    if (a.agency.kind === "any") return [{ agency: agencyId("any"), role: a.role }]
    try {
      const agency = machine.agencyRefs[a.agency.ref]?.resolve(context)
      return typeof agency === "string" && agency.length > 0 ? [{ agency: agencyId(agency), role: a.role }] : []
    } catch {
      return []
    }
  })

const attempt = (r: Transition.TransitionResult<string, unknown>): typeof Attempt.Type =>
  r._tag === "Accepted"
    ? { outcome: "allowed", to: r.to }
    : { outcome: "refused", to: null, ...(r.decision.refusal === undefined ? {} : { refusal: r.decision.refusal }) }

const recheck = (
  applied: Amendment.Applied,
  registry: Registry,
  cases: ReadonlyArray<OpenCase>,
  asOf: LocalDate
): Report["cases"] => {
  const blocked: Array<CaseChange> = []
  const unblocked: Array<CaseChange> = []
  const skipped: Array<typeof CaseSkipped.Type> = []
  let transitionsChecked = 0
  for (const c of cases) {
    const skip = (reason: (typeof CaseSkipped.Type)["reason"], event: string | null, en: string, zh: string) =>
      skipped.push({ case: c.id, machine: c.machine, event, reason, text: { zh, en } })
    const machine = registry.machines.find((m) => m.id === c.machine)
    const amended = applied.machines.find((m) => m.id === c.machine)
    if (machine === undefined || amended === undefined) {
      skip("unknown-machine", null, `no machine \`${c.machine}\``, `没有办理程序 \`${c.machine}\``)
      continue
    }
    if (!Object.hasOwn(machine.states, c.state)) {
      skip(
        "unknown-state",
        null,
        `\`${c.machine}\` has no state \`${c.state}\``,
        `\`${c.machine}\` 没有状态 \`${c.state}\``
      )
      continue
    }
    const context = decoder(machine.context, `${machine.id} context`)(c.context)
    if (Result.isFailure(context)) {
      skip("invalid-context", null, context.failure.message, `案件上下文不符合 \`${machine.id}\` 的模式`)
      continue
    }
    const snapshot = { machine: machine.id, state: c.state, context: context.success, version: c.version ?? 0 }
    const example = registry.examples.find((e) => e.machine === machine.id)
    const events = uniq(machine.transitions.filter((t) => t.from === c.state).map((t) => t.event))
    for (const type of events) {
      const own = c.payloads !== undefined && Object.hasOwn(c.payloads, type)
      const raw = own ? c.payloads?.[type] : example?.payloads[type]
      if (raw === undefined && !own) {
        skip(
          "no-payload",
          type,
          `no payload for \`${type}\`: give one in \`payloads\``,
          `没有 \`${type}\` 的载荷：请在 payloads 中给出`
        )
        continue
      }
      const event = Transition.decodeEvent(machine, { type, payload: raw })
      if (Result.isFailure(event)) {
        skip("invalid-payload", type, event.failure.message, `\`${type}\` 的载荷不符合模式`)
        continue
      }
      const tables = machine.transitions.filter((t) => t.from === c.state && t.event === type).flatMap((t) => t.actors)
      const actors = actorsOf(machine, tables, context.success).filter(
        (a, i, all) => all.findIndex((b) => b.agency === a.agency && b.role === a.role) === i
      )
      for (const actor of actors) {
        transitionsChecked++
        const before = Transition.transition(machine, snapshot, event.success, actor, asOf)
        const after = Transition.transition(amended, snapshot, event.success, actor, asOf, applied.view)
        if (before._tag === after._tag) continue
        const changes = determining(ruleChanges(before.decision, after.decision), before.decision, after.decision)
        const why = because(changes)
        const change = after._tag === "Refused" ? "blocked" : "unblocked"
        const who = `${actor.agency}:${actor.role}`
        const entry: CaseChange = {
          case: c.id,
          machine: machine.id,
          state: c.state,
          event: type,
          actor,
          change,
          before: attempt(before),
          after: attempt(after),
          because: changes,
          citations: uniq(changes.flatMap((x) => x.citations)),
          payload: own ? "case" : "example",
          text:
            change === "blocked"
              ? {
                  zh: `案件 \`${c.id}\`（${machine.id}，“${machine.states[c.state]?.description.zh}”）将无法由 ${who} 办理“${machine.events[type]?.description.zh}”：${why.zh}`,
                  en: `case \`${c.id}\` (${machine.id}, at "${machine.states[c.state]?.description.en}") would be blocked: ${who} could no longer ${machine.events[type]?.description.en}: ${why.en}`
                }
              : {
                  zh: `案件 \`${c.id}\`（${machine.id}，“${machine.states[c.state]?.description.zh}”）将可由 ${who} 办理“${machine.events[type]?.description.zh}”：${why.zh}`,
                  en: `case \`${c.id}\` (${machine.id}, at "${machine.states[c.state]?.description.en}") would be unblocked: ${who} could ${machine.events[type]?.description.en}: ${why.en}`
                }
        }
        ;(change === "blocked" ? blocked : unblocked).push(entry)
      }
    }
  }
  return { checked: cases.length, transitionsChecked, blocked, unblocked, skipped }
}

export interface Options {
  readonly amendment: Amendment.Amendment
  /** Recorded decisions to re-decide, each on its own day. */
  readonly decisions?: ReadonlyArray<Recorded> | undefined
  /** Open cases whose next transitions are re-checked on `asOf`. */
  readonly cases?: ReadonlyArray<OpenCase> | undefined
  /** The day the open cases' next transitions are checked on. */
  readonly asOf: LocalDate
  /** The registry to amend (default: the one the SDK ships). */
  readonly registry?: Registry | undefined
}

/** Reports the impact of an amendment; an AmendmentError when it names what does not exist. */
export const report = (options: Options): Result.Result<Report, Amendment.AmendmentError> => {
  const registry = options.registry ?? shippedRegistry
  return Result.map(Amendment.apply(options.amendment, registry), (applied) => {
    const decisions = redecide(applied, registry, options.decisions ?? [])
    const cases = recheck(applied, registry, options.cases ?? [], options.asOf)
    const d = decisions
    const k = cases
    return {
      amendment: options.amendment,
      asOf: options.asOf,
      changes: {
        documents: applied.documents.map(({ before, after }) => ({
          document: after.id,
          before: { inForceFrom: before.inForceFrom, inForceUntil: before.inForceUntil },
          after: { inForceFrom: after.inForceFrom, inForceUntil: after.inForceUntil }
        })),
        repealed: [...applied.repealed],
        tightened: [...applied.tightened],
        rules: rulesTouched(applied)
      },
      decisions,
      cases,
      summary: {
        zh: `《${options.amendment.title.zh}》：${d.checked} 个已记录决定中 ${d.flipped.length} 个将改变结论、${d.unchanged} 个不变、${d.notRedecided.length} 个无法重新决定；${k.checked} 个在办案件的 ${k.transitionsChecked} 个后续办理中 ${k.blocked.length} 个将被阻止、${k.unblocked.length} 个将可办理`,
        en: `${options.amendment.title.en}: of ${d.checked} recorded decisions ${d.flipped.length} would flip, ${d.unchanged} unchanged, ${d.notRedecided.length} cannot be re-decided; of ${k.transitionsChecked} next transitions of ${k.checked} open cases ${k.blocked.length} would be blocked, ${k.unblocked.length} unblocked`
      }
    }
  })
}
