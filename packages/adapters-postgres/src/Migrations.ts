/**
 * Versioned migrations, applied on start. All of them run in one transaction
 * under a transaction-scoped advisory lock keyed by the schema name, so running
 * them twice, or from two processes at once, applies each version exactly once.
 */
import * as Effect from "effect/Effect"
import * as SqlClient from "effect/sql/SqlClient"
import type { SqlError } from "effect/sql/SqlError"
import { type Tables, tables } from "./Schema.ts"

export interface Migration {
  readonly version: number
  readonly name: string
  readonly up: (sql: SqlClient.SqlClient, t: Tables) => Effect.Effect<unknown, SqlError>
}

export const migrations: ReadonlyArray<Migration> = [
  {
    version: 1,
    name: "event store and audit log",
    up: (sql, t) =>
      Effect.all(
        [
          sql`create table ${t.events} (
            position bigint primary key,
            stream_id text not null,
            version integer not null check (version > 0),
            type text not null,
            payload jsonb not null,
            actor_agency text not null,
            actor_role text not null,
            occurred_at bigint not null,
            idempotency_key text,
            unique (stream_id, version)
          )`,
          sql`create table ${t.eventHead} (id integer primary key check (id = 1), position bigint not null)`,
          sql`insert into ${t.eventHead} (id, position) values (1, 0)`,
          sql`create table ${t.idempotency} (
            stream_id text not null,
            key text not null,
            fingerprint text not null,
            result jsonb not null,
            primary key (stream_id, key)
          )`,
          sql`create table ${t.audit} (
            seq bigint primary key,
            kind text not null,
            subject text not null,
            actor jsonb,
            outcome text not null,
            citations jsonb not null,
            data jsonb not null,
            recorded_at bigint not null,
            prev_hash text not null,
            hash text not null
          )`,
          sql`create index on ${t.audit} (subject)`,
          sql`create table ${t.auditHead} (id integer primary key check (id = 1), seq bigint not null, hash text not null)`,
          sql`insert into ${t.auditHead} (id, seq, hash) values (1, 0, ${"0".repeat(64)})`
        ],
        { discard: true }
      )
  },
  {
    version: 2,
    name: "case index and decisions by rule",
    up: (sql, t) =>
      Effect.all(
        [
          sql`create table ${t.cases} (
            id text primary key,
            machine text not null,
            state text not null,
            agency text not null,
            version integer not null,
            final boolean not null,
            created_at bigint not null,
            updated_at bigint not null
          )`,
          sql`create index on ${t.cases} (machine, state, created_at desc, id desc)`,
          sql`create index on ${t.cases} (agency, created_at desc, id desc)`,
          sql`create index on ${t.cases} (created_at desc, id desc)`,
          sql`create table ${t.ruleDecisions} (
            audit_seq bigint not null,
            rule text not null,
            status text not null,
            subject text not null,
            outcome text not null,
            at bigint not null,
            primary key (rule, audit_seq)
          )`
        ],
        { discard: true }
      )
  },
  {
    version: 3,
    name: "api keys, stored hashed",
    up: (sql, t) => sql`create table ${t.apiKeys} (
      hash text primary key,
      agency text not null,
      role text not null,
      label text not null,
      created_at bigint not null,
      revoked_at bigint
    )`
  },
  {
    version: 4,
    name: "rate-limit counters",
    up: (sql, t) => sql`create table ${t.rateLimits} (
      bucket text not null,
      window_start bigint not null,
      count integer not null,
      primary key (bucket, window_start)
    )`
  },
  {
    version: 5,
    name: "case parties for read access, auditor keys",
    up: (sql, t) =>
      Effect.all(
        [
          sql`alter table ${t.cases} add column parties jsonb not null default '[]'::jsonb`,
          sql`create index on ${t.cases} using gin (parties jsonb_path_ops)`,
          sql`alter table ${t.apiKeys} add column auditor boolean not null default false`
        ],
        { discard: true }
      )
  },
  {
    version: 6,
    name: "per-case appends: no store-wide head rows, an audit chain per subject with heads and anchors",
    up: (sql, t) =>
      Effect.all(
        [
          // positions now come from transaction ids (see EventStoreSql); the unique (stream_id, version) of version 1 decides races
          sql`drop table ${t.eventHead}`,
          sql`create sequence ${sql(t.auditSeq)} as bigint`,
          sql`select setval(${t.auditSeq}, greatest(coalesce(max(seq), 0), 1), max(seq) is not null) from ${t.audit}`,
          // null for the records of the store-wide chain written before this version
          sql`alter table ${t.audit} add column prev_seq bigint`,
          sql`create table ${t.auditHeads} (subject text primary key, seq bigint not null, hash text not null)`,
          sql`create table ${t.auditAnchors} (
            id bigserial primary key,
            recorded_at bigint not null,
            last_seq bigint not null,
            heads jsonb not null
          )`
        ],
        { discard: true }
      )
  }
]
/** Applies the migrations not yet applied to `schema`; returns the versions it applied. */
export const migrate = (schema: string): Effect.Effect<ReadonlyArray<number>, SqlError, SqlClient.SqlClient> =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const t = tables(sql, schema)
    return yield* sql.withTransaction(
      Effect.gen(function* () {
        yield* sql`select pg_advisory_xact_lock(hashtext(${`zhengwu-migrations:${schema}`}))`
        yield* sql`create schema if not exists ${t.schema}`
        yield* sql`create table if not exists ${t.migrations} (
          version integer primary key,
          name text not null,
          applied_at timestamptz not null default now()
        )`
        const rows = yield* sql<{ version: number }>`select version from ${t.migrations}`
        const applied = new Set(rows.map((r) => Number(r.version)))
        const pending = migrations.filter((m) => !applied.has(m.version))
        for (const m of pending) {
          yield* m.up(sql, t)
          yield* sql`insert into ${t.migrations} (version, name) values (${m.version}, ${m.name})`
        }
        return pending.map((m) => m.version)
      })
    )
  })
