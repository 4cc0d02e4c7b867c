/**
 * The writes of one unit of work, held back and sent as one statement when the
 * unit ends, just before its commit. The event append runs at once (its result
 * decides the rest) and fetches, in the same statement, the head of the
 * stream's audit chain and a seq for its record, so the audit record, its head,
 * the findings by rule and the case index cost no round trip of their own: a
 * unit written through the ports is `begin`, the append, the batch and `commit`
 * (a transition through `appendAudited` writes all of it in its one statement,
 * and leaves the batch empty).
 *
 * The batch moves each audit head by compare-and-set; when another unit moved
 * one first, the batch writes nothing and the unit runs again from the start
 * (where the event append now meets the other unit's event).
 */
import type { AuditLog, CaseIndex } from "@zhengwu/core"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import type * as SqlClient from "effect/sql/SqlClient"
import type { Fragment } from "effect/sql/Statement"
import type { Tables } from "./Schema.ts"

/** A subject's chain head as the database had it, and as the batch leaves it. */
export interface ChainState {
  /** The head seq the batch expects to find (0 for a subject without one). */
  readonly expected: number
  head: { seq: number; hash: string }
  /** A seq fetched ahead for the subject's next record, if not used yet. */
  spare: number | null
  readonly records: Array<{ readonly record: AuditLog.AuditRecord; readonly prevSeq: number }>
}

export interface Batch {
  readonly chains: Map<string, ChainState>
  readonly cases: Map<string, CaseIndex.CaseSummary>
  readonly decisions: Array<CaseIndex.RuleDecision>
}

/** A chain as read from its head row (absent: a subject without records), with a seq fetched ahead. */
export const chainFrom = (
  headSeq: number | string | null,
  headHash: string | null,
  spare: number | null
): ChainState => {
  const seq = headSeq === null ? 0 : Number(headSeq)
  return { expected: seq, head: { seq, hash: headHash ?? genesisHash }, spare, records: [] }
}

const genesisHash = "0".repeat(64)

export const empty = (): Batch => ({ chains: new Map(), cases: new Map(), decisions: [] })

/** The batch of the unit of work the current fiber runs in; null outside one. */
export const Current = Context.Reference<Batch | null>("@zhengwu/adapters-postgres/Batch", {
  defaultValue: () => null
})

/** Another unit moved an audit head first: the unit runs again. */
export class HeadMoved {
  readonly _tag = "HeadMoved"
}

const json = (x: unknown) => JSON.stringify(x)

/** Sends the batch as one statement; fails with HeadMoved (writing nothing) when a head moved. */
export const flush = (sql: SqlClient.SqlClient, t: Tables, batch: Batch): Effect.Effect<void, HeadMoved | unknown> => {
  const parts: Array<Fragment> = []
  const checks: Array<string> = []
  let n = 0
  for (const [subject, chain] of batch.chains) {
    if (chain.records.length === 0) continue
    const h = `h${n}`
    const a = `a${n}`
    n++
    parts.push(sql`${sql.literal(h)} as (
      insert into ${t.auditHeads} (subject, seq, hash) values (${subject}, ${chain.head.seq}, ${chain.head.hash})
      on conflict (subject) do update set seq = excluded.seq, hash = excluded.hash where ${t.auditHeads}.seq = ${chain.expected}
      returning 1)`)
    const rows = chain.records.map(
      ({ record: r, prevSeq }) =>
        sql`(${r.seq}::bigint, ${r.kind}::text, ${r.subject}::text, ${json(r.actor)}::jsonb, ${r.outcome}::text,
          ${json(r.citations)}::jsonb, ${json(r.data)}::jsonb, ${r.recordedAt}::bigint, ${r.prevHash}::text,
          ${r.hash}::text, ${prevSeq}::bigint)`
    )
    parts.push(sql`${sql.literal(a)} as (
      insert into ${t.audit} (seq, kind, subject, actor, outcome, citations, data, recorded_at, prev_hash, hash, prev_seq)
      select v.* from (values ${sql.csv(rows)}) as v, (select count(*) as moved from ${sql.literal(h)}) m where m.moved = 1
      returning 1)`)
    checks.push(h)
  }
  if (batch.cases.size > 0) {
    const rows = [...batch.cases.values()].map(
      (s) =>
        sql`(${s.id}::text, ${s.machine}::text, ${s.state}::text, ${s.agency}::text, ${s.version}::int, ${s.final}::boolean,
          ${json(s.parties ?? [])}::jsonb, ${s.createdAt}::bigint, ${s.updatedAt}::bigint)`
    )
    parts.push(sql`c as (
      insert into ${t.cases} (id, machine, state, agency, version, final, parties, created_at, updated_at)
      select v.* from (values ${sql.csv(rows)}) as v ${moved(sql, checks)}
      on conflict (id) do update set machine = excluded.machine, state = excluded.state, agency = excluded.agency,
        version = excluded.version, final = excluded.final, parties = excluded.parties,
        created_at = excluded.created_at, updated_at = excluded.updated_at
      returning 1)`)
  }
  if (batch.decisions.length > 0) {
    const rows = batch.decisions.map(
      (d) =>
        sql`(${d.auditSeq}::bigint, ${d.rule}::text, ${d.status}::text, ${d.subject}::text, ${d.outcome}::text, ${d.at}::bigint)`
    )
    parts.push(sql`d as (
      insert into ${t.ruleDecisions} (audit_seq, rule, status, subject, outcome, at)
      select v.* from (values ${sql.csv(rows)}) as v ${moved(sql, checks)}
      on conflict do nothing
      returning 1)`)
  }
  if (parts.length === 0) return Effect.void
  const counts =
    checks.length === 0
      ? sql`1 as ok`
      : sql`${sql.literal(checks.map((h) => `(select count(*) from ${h})`).join(" + "))} as ok`
  return Effect.flatMap(sql<{ ok: number | string }>`with ${sql.csv(parts)} select ${counts}`, ([row]) =>
    checks.length === 0 || Number(row?.ok) === checks.length ? Effect.void : Effect.fail(new HeadMoved())
  )
}

/** A where clause: every head in `checks` moved (the rows are written only then). */
const moved = (sql: SqlClient.SqlClient, checks: ReadonlyArray<string>) =>
  checks.length === 0
    ? sql``
    : sql`where ${sql.literal(checks.map((h) => `exists (select 1 from ${h})`).join(" and "))}`
