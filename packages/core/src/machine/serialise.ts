/**
 * A machine's definition as JSON (for HTTP, storage and docs) and as a Mermaid
 * state diagram. Guards appear by name with their rule id and citations; the
 * code behind them stays in the core.
 */
import * as Schema from "effect/Schema"
import { describe } from "./Actor.ts"
import type { AnyMachine } from "./Machine.ts"

export interface MachineJson {
  readonly id: string
  readonly title: { readonly zh: string; readonly en: string }
  readonly citations: ReadonlyArray<string>
  readonly initial: string
  readonly states: ReadonlyArray<{ id: string; final: boolean; description: { zh: string; en: string } }>
  readonly events: ReadonlyArray<{ type: string; description: { zh: string; en: string }; payload: unknown }>
  readonly transitions: ReadonlyArray<{
    from: string
    event: string
    to: string
    guards: ReadonlyArray<string>
    actors: ReadonlyArray<{ agency: unknown; role: string; citations: ReadonlyArray<string> }>
    action: string | null
  }>
  readonly guards: ReadonlyArray<{
    name: string
    rule: string
    title: { zh: string; en: string }
    severity: string
    citations: ReadonlyArray<string>
  }>
  readonly agencyRefs: ReadonlyArray<{ name: string; description: { zh: string; en: string } }>
  /** Agencies an article gives oversight of the procedure: they read every case (beside the actor tables' parties). */
  readonly oversight: ReadonlyArray<{
    agency: string
    name: { zh: string; en: string }
    citations: ReadonlyArray<string>
  }>
}

/** The machine as plain JSON data; event payloads as JSON Schema (draft 2020-12). */
export const toJson = (m: AnyMachine): MachineJson => ({
  id: m.id,
  title: m.title,
  citations: m.citations,
  initial: m.initial,
  states: Object.entries(m.states).map(([id, s]) => ({ id, final: s.final === true, description: s.description })),
  events: Object.entries(m.events).map(([type, e]) => ({
    type,
    description: e.description,
    payload: Schema.toJsonSchemaDocument(e.payload)
  })),
  transitions: m.transitions.map((t) => ({
    from: t.from,
    event: t.event,
    to: t.to,
    guards: t.guards,
    actors: t.actors.map((a) => ({ agency: a.agency, role: a.role, citations: a.citations })),
    action: t.action ?? null
  })),
  guards: Object.entries(m.guards).map(([name, g]) => ({
    name,
    rule: g.id,
    title: g.title,
    severity: g.severity,
    citations: g.citations
  })),
  agencyRefs: Object.entries(m.agencyRefs).map(([name, r]) => ({ name, description: r.description })),
  oversight: (m.oversight ?? []).map((o) => ({ agency: o.agency, name: o.name, citations: o.citations }))
})

const nodeId = (state: string) => state.replace(/[^A-Za-z0-9_]/gu, "_")
const label = (s: string) => s.replace(/[:;#"]/gu, " ")

/** The machine as a Mermaid `stateDiagram-v2`: each edge `event [guards] (actors)`. */
export const toMermaid = (m: AnyMachine): string => {
  const lines = ["stateDiagram-v2"]
  for (const id of Object.keys(m.states)) lines.push(`  state "${label(id)}" as ${nodeId(id)}`)
  lines.push(`  [*] --> ${nodeId(m.initial)}`)
  for (const t of m.transitions) {
    const guards = t.guards.length > 0 ? ` [${t.guards.join(", ")}]` : ""
    const actors = t.actors.length > 0 ? ` (${t.actors.map(describe).join(" | ")})` : ""
    lines.push(`  ${nodeId(t.from)} --> ${nodeId(t.to)}: ${label(`${t.event}${guards}${actors}`)}`)
  }
  for (const [id, s] of Object.entries(m.states)) if (s.final === true) lines.push(`  ${nodeId(id)} --> [*]`)
  return `${lines.join("\n")}\n`
}
