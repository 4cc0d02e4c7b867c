/**
 * Where the adapter's tables live: a dedicated Postgres schema (default
 * `zhengwu`), so the tables sit beside a vendor's own without clashing. Every
 * statement names its tables through these identifiers (escaped by the client).
 */
import * as Effect from "effect/Effect"
import type * as SqlClient from "effect/sql/SqlClient"
import { isSqlError, type SqlError } from "effect/sql/SqlError"

export const defaultSchema = "zhengwu"

export const tables = (sql: SqlClient.SqlClient, schema: string) => ({
  schema: sql(schema),
  migrations: sql(`${schema}.schema_migrations`),
  events: sql(`${schema}.events`),
  eventHead: sql(`${schema}.event_head`),
  idempotency: sql(`${schema}.idempotency`),
  audit: sql(`${schema}.audit`),
  auditHead: sql(`${schema}.audit_head`),
  auditSeq: `${schema}.audit_seq`,
  auditHeads: sql(`${schema}.audit_heads`),
  auditAnchors: sql(`${schema}.audit_anchors`),
  cases: sql(`${schema}.cases`),
  ruleDecisions: sql(`${schema}.rule_decisions`),
  apiKeys: sql(`${schema}.api_keys`),
  rateLimits: sql(`${schema}.rate_limits`)
})
export type Tables = ReturnType<typeof tables>

/**
 * Storage failures are defects for the ports (their error channels hold only
 * domain errors): a SqlError dies, every other error is kept.
 */
export const dieOnSqlError = <A, E, R>(effect: Effect.Effect<A, E, R>): Effect.Effect<A, Exclude<E, SqlError>, R> =>
  effect.pipe(Effect.catchIf(isSqlError, (e) => Effect.die(e))) as Effect.Effect<A, Exclude<E, SqlError>, R>
