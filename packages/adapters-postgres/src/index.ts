/**
 * @zhengwu/adapters-postgres — the core's storage ports (event store, audit
 * log, unit of work) on PostgreSQL and on PGlite, through the same SQL.
 */
export * as ApiKeysSql from "./ApiKeysSql.ts"
export * as AuditLogSql from "./AuditLogSql.ts"
export * as CaseIndexSql from "./CaseIndexSql.ts"
export * as EventStoreSql from "./EventStoreSql.ts"
export * as Migrations from "./Migrations.ts"
export { PgliteStream } from "./PgliteStream.ts"
export * as RateLimitsSql from "./RateLimitsSql.ts"
export * as Schema from "./Schema.ts"
export * as Storage from "./Storage.ts"
