/**
 * The core's CaseIndex on Postgres: one row per case (upserted with each
 * accepted event, in the same transaction) and one row per finding of each
 * audited decision, indexed by rule. Filters and keyset paging run in SQL.
 */
import { CaseIndex } from "@zhengwu/core"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as SqlClient from "effect/sql/SqlClient"
import * as Batch from "./Batch.ts"
import * as Replica from "./Replica.ts"
import { defaultSchema, tables } from "./Schema.ts"

interface CaseRow {
  readonly id: string
  readonly machine: string
  readonly state: string
  readonly agency: string
  readonly version: number
  readonly final: boolean
  readonly parties: ReadonlyArray<string> | string
  readonly created_at: number | string | bigint
  readonly updated_at: number | string | bigint
}

interface DecisionRow {
  readonly audit_seq: number | string | bigint
  readonly rule: string
  readonly status: CaseIndex.RuleDecision["status"]
  readonly subject: string
  readonly outcome: string
  readonly at: number | string | bigint
}

const toSummary = (r: CaseRow): CaseIndex.CaseSummary => ({
  id: r.id,
  machine: r.machine,
  state: r.state,
  agency: r.agency,
  version: Number(r.version),
  final: r.final,
  parties: typeof r.parties === "string" ? (JSON.parse(r.parties) as ReadonlyArray<string>) : r.parties,
  createdAt: Number(r.created_at),
  updatedAt: Number(r.updated_at)
})

const toDecision = (r: DecisionRow): CaseIndex.RuleDecision => ({
  auditSeq: Number(r.audit_seq),
  rule: r.rule,
  status: r.status,
  subject: r.subject,
  outcome: r.outcome,
  at: Number(r.at)
})

export const make = (schema: string = defaultSchema) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const reads = yield* Replica.Reads
    const t = tables(sql, schema)
    return CaseIndex.CaseIndex.of({
      put: (s) =>
        Effect.flatMap(Effect.service(Batch.Current), (batch) =>
          batch !== null
            ? Effect.sync(() => void batch.cases.set(s.id, s))
            : Effect.orDie(
                sql`insert into ${t.cases} (id, machine, state, agency, version, final, parties, created_at, updated_at)
            values (${s.id}, ${s.machine}, ${s.state}, ${s.agency}, ${s.version}, ${s.final},
              ${JSON.stringify(s.parties)}::jsonb, ${s.createdAt}, ${s.updatedAt})
            on conflict (id) do update set machine = excluded.machine, state = excluded.state, agency = excluded.agency,
              version = excluded.version, final = excluded.final, parties = excluded.parties,
              created_at = excluded.created_at, updated_at = excluded.updated_at`.pipe(
                  Effect.tap(() => Replica.wrote(reads))
                )
              )
        ),
      get: (id) =>
        Effect.orDie(
          Effect.map(
            Replica.read(reads, sql, (s) => s<CaseRow>`select * from ${t.cases} where id = ${id}`),
            ([row]) => (row === undefined ? undefined : toSummary(row))
          )
        ),
      list: (f) => {
        const limit = CaseIndex.pageSize(f.limit)
        const cursor = f.after === undefined ? null : CaseIndex.parseCursor(f.after)
        const where = [
          f.machine === undefined ? null : sql`machine = ${f.machine}`,
          f.state === undefined ? null : sql`state = ${f.state}`,
          f.agency === undefined ? null : sql`agency = ${f.agency}`,
          f.createdFrom === undefined ? null : sql`created_at >= ${f.createdFrom}`,
          f.createdTo === undefined ? null : sql`created_at < ${f.createdTo}`,
          f.readableBy === undefined
            ? null
            : f.readableBy.machines.length === 0
              ? sql`parties @> ${JSON.stringify([f.readableBy.agency])}::jsonb`
              : sql`(${sql.in("machine", f.readableBy.machines)} or parties @> ${JSON.stringify([f.readableBy.agency])}::jsonb)`,
          cursor === null ? null : sql`(created_at, id) < (${cursor.createdAt}, ${cursor.id})`
        ].filter((x) => x !== null)
        return Effect.orDie(
          Effect.map(
            Replica.read(
              reads,
              sql,
              (s) => s<CaseRow>`select * from ${t.cases} where ${sql.and(where)}
                order by created_at desc, id desc limit ${limit + 1}`
            ),
            (rows) => {
              const items = rows.slice(0, limit).map(toSummary)
              const last = items.at(-1)
              return { items, next: rows.length > limit && last !== undefined ? CaseIndex.cursorOf(last) : null }
            }
          )
        )
      },
      putDecisions: (rows) =>
        rows.length === 0
          ? Effect.void
          : Effect.flatMap(Effect.service(Batch.Current), (batch) =>
              batch !== null
                ? Effect.sync(() => void batch.decisions.push(...rows))
                : Effect.orDie(
                    sql`insert into ${t.ruleDecisions} (audit_seq, rule, status, subject, outcome, at)
                      values ${sql.csv(rows.map((d) => sql`(${d.auditSeq}, ${d.rule}, ${d.status}, ${d.subject}, ${d.outcome}, ${d.at})`))}
                      on conflict do nothing`.pipe(Effect.tap(() => Replica.wrote(reads)))
                  )
            ),
      decisionsByRule: (rule, options) =>
        Effect.orDie(
          Effect.map(
            Replica.read(
              reads,
              sql,
              (s) => s<DecisionRow>`select * from ${t.ruleDecisions}
                where rule = ${rule} and audit_seq > ${options?.afterSeq ?? 0}
                order by audit_seq limit ${CaseIndex.pageSize(options?.limit)}`
            ),
            (r) => r.map(toDecision)
          )
        )
    })
  })

export const layer = (schema: string = defaultSchema) => Layer.effect(CaseIndex.CaseIndex, make(schema))
