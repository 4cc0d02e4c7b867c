/**
 * A machine as the docs draw it, from its JSON (`MachineJson.toJson`): a
 * compact Mermaid state diagram whose edges carry only the event, so that it
 * fits the page — guards and actors go in the actor table beside it — and the
 * actor table's "who may fire it" in either language.
 */
import type { MachineJson } from "../packages/core/src/index.ts"

export type Lang = "zh" | "en"
type Json = MachineJson.MachineJson

const nodeId = (state: string) => state.replace(/[^A-Za-z0-9_]/gu, "_")
const label = (s: string) => s.replace(/[:;#"]/gu, " ")

/** `stateDiagram-v2` with one edge per (from, to) pair, labelled with its events. */
export const compactMermaid = (m: Json): string => {
  const lines = ["stateDiagram-v2"]
  for (const s of m.states) lines.push(`  state "${label(s.id)}" as ${nodeId(s.id)}`)
  lines.push(`  [*] --> ${nodeId(m.initial)}`)
  const edges = new Map<string, string[]>()
  for (const t of m.transitions) {
    const key = `${nodeId(t.from)} --> ${nodeId(t.to)}`
    const events = edges.get(key) ?? []
    if (!events.includes(t.event)) events.push(t.event)
    edges.set(key, events)
  }
  for (const [key, events] of edges) lines.push(`  ${key}: ${label(events.join(", "))}`)
  for (const s of m.states) if (s.final) lines.push(`  ${nodeId(s.id)} --> [*]`)
  return `${lines.join("\n")}\n`
}

type ActorJson = Json["transitions"][number]["actors"][number]
type Agency =
  | { kind: "named"; agency: string; name: { zh: string; en: string } }
  | { kind: "case"; ref: string }
  | { kind: "any" }

/** An actor-table entry as a reader sees it: the agency by name (and id), then the role. */
export const who = (m: Json, a: ActorJson, lang: Lang): string => {
  const agency = a.agency as Agency
  const zh = lang === "zh"
  switch (agency.kind) {
    case "named":
      return `${agency.name[lang]} \`${agency.agency}\` · ${a.role}`
    case "case": {
      const ref = m.agencyRefs.find((r) => r.name === agency.ref)
      return `${ref?.description[lang] ?? agency.ref} \`case.${agency.ref}\` · ${a.role}`
    }
    case "any":
      return `${zh ? "任一单位" : "any agency"} · ${a.role}`
  }
}
