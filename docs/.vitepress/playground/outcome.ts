/**
 * What the playground computes, in the browser, with the core alone: a
 * validator's decision on edited JSON, a machine case started and stepped
 * event by event, and the articles a decision cites (Chinese text, English
 * gloss). Every function is pure; the page only shows their results.
 */
import * as Result from "effect/Result"
import {
  Actor,
  Catalogue,
  type Decision,
  type DecodeError,
  LocalDate,
  type Machine,
  Registry,
  Transition,
  Validator
} from "../../../packages/core/src/index.ts"

export type AnyMachine = Machine.AnyMachine
type Snapshot = Machine.Snapshot<string, unknown>

export type Outcome =
  | { readonly kind: "json-error"; readonly message: string }
  | { readonly kind: "bad-date"; readonly asOf: string }
  | { readonly kind: "invalid"; readonly problems: ReadonlyArray<DecodeError.Problem> }
  | { readonly kind: "decided"; readonly decision: Decision.Decision }
  | { readonly kind: "started"; readonly snapshot: Snapshot }
  | { readonly kind: "refused"; readonly decision: Decision.Decision }
  | {
      readonly kind: "accepted"
      readonly snapshot: Snapshot
      readonly from: string
      readonly to: string
      readonly decision: Decision.Decision
    }

/** The editor's text as JSON, or why it is not. */
export const parse = (text: string): Result.Result<unknown, string> => {
  try {
    return Result.succeed(JSON.parse(text) as unknown)
  } catch (e) {
    return Result.fail((e as Error).message)
  }
}

export const pretty = (json: unknown) => JSON.stringify(json, null, 2)

export const validatorExample = (id: string): { readonly json: unknown; readonly asOf: string } => {
  const e = Registry.validatorExamples[id]
  return { json: e?.input ?? {}, asOf: e?.asOf ?? "2026-03-02" }
}

const withInput = (text: string, asOf: string, f: (json: unknown, asOf: LocalDate.LocalDate) => Outcome): Outcome => {
  if (!LocalDate.isLocalDate(asOf)) return { kind: "bad-date", asOf }
  const json = parse(text)
  return Result.isFailure(json) ? { kind: "json-error", message: json.failure } : f(json.success, LocalDate.make(asOf))
}

/** A validator's decision on the editor's JSON as of a day. */
export const decide = (validatorId: string, text: string, asOf: string): Outcome =>
  withInput(text, asOf, (json, day) => {
    const validator = Registry.getValidator(validatorId)
    if (validator === undefined) return { kind: "json-error", message: `unknown validator \`${validatorId}\`` }
    const r = Validator.decideUnknown(validator, json, day)
    return Result.isSuccess(r)
      ? { kind: "decided", decision: r.success }
      : { kind: "invalid", problems: r.failure.problems }
  })

/** Who may fire an event: one choice per entry of the actor tables of the transitions it can take from here. */
export interface ActorChoice {
  readonly agency: string
  readonly role: string
  readonly label: { readonly zh: string; readonly en: string }
}

/** The events possible in the snapshot's state, each with who may fire it and the payload its example gives. */
export const possibleEvents = (machine: AnyMachine, snapshot: Snapshot) => {
  const example = Registry.examples.find((e) => e.machine === machine.id)
  const byEvent = new Map<string, { to: string[]; actors: ActorChoice[] }>()
  for (const t of machine.transitions.filter((x) => x.from === snapshot.state)) {
    const entry = byEvent.get(t.event) ?? { to: [], actors: [] }
    if (!entry.to.includes(t.to)) entry.to.push(t.to)
    for (const a of t.actors) {
      const choice = actorChoice(machine, snapshot, a)
      if (!entry.actors.some((x) => x.agency === choice.agency && x.role === choice.role)) entry.actors.push(choice)
    }
    byEvent.set(t.event, entry)
  }
  return [...byEvent].map(([type, e]) => ({
    type,
    description: (machine.events[type] as { description: { zh: string; en: string } }).description,
    to: e.to,
    actors: e.actors,
    payload: example?.payloads[type] ?? {}
  }))
}

const actorChoice = (machine: AnyMachine, snapshot: Snapshot, a: Actor.ActorRule): ActorChoice => {
  switch (a.agency.kind) {
    case "named":
      return {
        agency: a.agency.agency,
        role: a.role,
        label: { zh: `${a.agency.name.zh} · ${a.role}`, en: `${a.agency.name.en} · ${a.role}` }
      }
    case "case": {
      const ref = machine.agencyRefs[a.agency.ref]
      const agency = ref?.resolve(snapshot.context) ?? ""
      return {
        agency,
        role: a.role,
        label: {
          zh: `${ref?.description.zh ?? a.agency.ref}（${agency}）· ${a.role}`,
          en: `${ref?.description.en ?? a.agency.ref} (${agency}) · ${a.role}`
        }
      }
    }
    case "any":
      return { agency: "demo-unit", role: a.role, label: { zh: `任一单位 · ${a.role}`, en: `any agency · ${a.role}` } }
  }
}

/** Fires an event with the editor's payload JSON, as an actor, as of a day. */
export const fire = (
  machine: AnyMachine,
  snapshot: Snapshot,
  type: string,
  payloadText: string,
  actor: { readonly agency: string; readonly role: string },
  asOf: string
): Outcome =>
  withInput(payloadText, asOf, (payload, day) => {
    const event = Transition.decodeEvent(machine, { type, payload })
    if (Result.isFailure(event)) return { kind: "invalid", problems: event.failure.problems }
    if (actor.agency === "" || actor.role === "")
      return { kind: "invalid", problems: [{ path: ["actor"], message: "an actor needs an agency and a role" }] }
    const r = Transition.transition(
      machine,
      snapshot,
      event.success,
      { agency: Actor.agencyId(actor.agency), role: actor.role },
      day
    )
    return r._tag === "Accepted"
      ? { kind: "accepted", snapshot: r.snapshot, from: r.from, to: r.to, decision: r.decision }
      : { kind: "refused", decision: r.decision }
  })

/** A cited article as the playground shows it: its label, document, Chinese text and English gloss. */
export const citation = (id: string) => {
  const a = Catalogue.getArticle(id)
  const doc = a === undefined ? undefined : Catalogue.getDocument(a.document)
  return a === undefined
    ? { id, label: "", document: { zh: "", en: "" }, textZh: "", glossEn: "" }
    : {
        id,
        label: a.label,
        document: { zh: doc?.titleZh ?? a.document, en: doc?.titleEn ?? a.document },
        textZh: a.textZh,
        glossEn: a.glossEn
      }
}
