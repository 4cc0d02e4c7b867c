/**
 * Where the adapter's tables live: a dedicated Postgres schema (default
 * `zhengwu`), so the tables sit beside a vendor's own without clashing. Every
 * statement names its tables through these identifiers (escaped by the client).
 */
import type * as SqlClient from "effect/sql/SqlClient"

export const defaultSchema = "zhengwu"

export const tables = (sql: SqlClient.SqlClient, schema: string) => ({
  schema: sql(schema),
  migrations: sql(`${schema}.schema_migrations`),
  events: sql(`${schema}.events`),
  eventHead: sql(`${schema}.event_head`),
  idempotency: sql(`${schema}.idempotency`),
  audit: sql(`${schema}.audit`),
  auditHead: sql(`${schema}.audit_head`),
  cases: sql(`${schema}.cases`),
  ruleDecisions: sql(`${schema}.rule_decisions`),
  apiKeys: sql(`${schema}.api_keys`),
  rateLimits: sql(`${schema}.rate_limits`)
})
export type Tables = ReturnType<typeof tables>
