/**
 * An append that also writes its audit record, the findings by rule and the
 * case index row, offered by a store that can do all of it in one statement
 * (the SQL adapter: one round trip inside the unit's transaction). A store that
 * offers it (`EventStore.appendAudited`) computes the event's position, the
 * event's hash and the record's hash itself, from the texts
 * {@link hashTexts} gives: the canonical JSON the core hashes, with holes where
 * the values only the store knows go, so the store's hashes are exactly the
 * ones `AuditLog.hashRecord` and the event check recompute.
 */
import { canonicalJson } from "./canonicalJson.ts"
import type { AuditedAppendRequest } from "./EventStore.ts"

export type {
  AppendAudited,
  AuditedAppendRequest as Request,
  AuditedAppendResult as Result
} from "./EventStore.ts"

/** What the event's hash covers (the `eventHash` an audit record keeps): canonical JSON of this. */
export const eventHashInput = (e: {
  readonly stream: string
  readonly version: number
  readonly position: unknown
  readonly type: string
  readonly payload: unknown
  readonly actor: { readonly agency: string; readonly role: string }
  readonly occurredAt: number
}) => ({
  stream: e.stream,
  version: e.version,
  position: e.position,
  type: e.type,
  payload: e.payload,
  actor: { agency: e.actor.agency, role: e.actor.role },
  occurredAt: e.occurredAt
})

/** A value only the store knows: numbers written as JSON numbers, hashes as JSON strings. */
export type Hole = "position" | "seq" | "prevHash" | "eventHash"

/** A canonical JSON text with holes: `pieces[0] + hole[0] + pieces[1] + … + pieces[n]`. */
export interface Template {
  readonly pieces: ReadonlyArray<string>
  readonly holes: ReadonlyArray<Hole>
}

const marker = (hole: Hole) => `\u0000zhengwu-hole:${hole}\u0000`
const holes: ReadonlyArray<Hole> = ["position", "seq", "prevHash", "eventHash"]

/** Splits the text at each hole's marker (its JSON string, quotes included); null when a marker is not there once. */
const split = (text: string): Template | null => {
  const found: Array<{ at: number; hole: Hole; length: number }> = []
  for (const hole of holes) {
    const quoted = JSON.stringify(marker(hole))
    const at = text.indexOf(quoted)
    if (at === -1) continue
    if (text.indexOf(quoted, at + 1) !== -1) return null
    found.push({ at, hole, length: quoted.length })
  }
  found.sort((a, b) => a.at - b.at)
  const pieces: Array<string> = []
  let from = 0
  for (const f of found) {
    pieces.push(text.slice(from, f.at))
    from = f.at + f.length
  }
  pieces.push(text.slice(from))
  return { pieces, holes: found.map((f) => f.hole) }
}

/** Fills a template: numbers as JSON writes them, hashes quoted. */
export const fill = (template: Template, values: Readonly<Record<Hole, string | number>>): string => {
  let text = template.pieces[0] ?? ""
  template.holes.forEach((hole, i) => {
    text += JSON.stringify(values[hole]) + (template.pieces[i + 1] ?? "")
  })
  return text
}

/**
 * The texts whose SHA-256 (hex) are the event's hash (holes: position) and the
 * record's hash (holes: seq, prevHash, position, eventHash), for an event
 * stamped `occurredAt`; null when the request's own content contains a hole's
 * marker (the store then declines). Throws `CanonicalJsonError` on non-JSON.
 */
export const hashTexts = (
  request: AuditedAppendRequest,
  occurredAt: number
): { event: Template; record: Template } | null => {
  const [e] = request.append.events
  const a = request.audit
  const version = request.append.expectedVersion + 1
  const event = split(
    canonicalJson(
      eventHashInput({
        stream: request.append.stream,
        version,
        position: marker("position"),
        type: e.type,
        payload: JSON.parse(JSON.stringify(e.payload)),
        actor: e.actor,
        occurredAt
      })
    )
  )
  const record = split(
    canonicalJson({
      seq: marker("seq"),
      prevHash: marker("prevHash"),
      kind: a.kind,
      subject: a.subject,
      actor: a.actor === null ? null : { agency: a.actor.agency, role: a.actor.role },
      outcome: a.outcome,
      citations: [...a.citations],
      data: { ...a.data, version, position: marker("position"), eventHash: marker("eventHash") },
      recordedAt: a.recordedAt
    })
  )
  const complete = (t: Template | null, n: number) => t !== null && t.holes.length === n
  return complete(event, 1) && complete(record, 4) ? { event: event as Template, record: record as Template } : null
}
