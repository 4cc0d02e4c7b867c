/**
 * Reads on a streaming replica, with read-your-writes. When a replica client
 * is given (`Storage.layerPostgres({ readUrl })`, `DATABASE_READ_URL`), the
 * read-only queries of the ports — case lists, a case's history, the whole
 * store in order, audit listings — go to it, except:
 *
 * - inside a unit of work (its reads must see its own writes);
 * - after this process wrote, until the replica has replayed the primary's WAL
 *   up to where it stood after the write: the first read after a write asks the
 *   primary for its WAL position (`pg_current_wal_lsn()`), then each read asks
 *   the replica whether it has replayed that far (`pg_last_wal_replay_lsn()`)
 *   and goes to the primary until it has.
 *
 * While a read is asking the primary for its position, concurrent reads go to
 * the primary (the replica's standing is unknown until the answer comes), and
 * the position waited for only ever moves forward.
 *
 * So a caller of this process always reads what it wrote; readers elsewhere
 * read at most the replica's lag behind.
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import type * as SqlClient from "effect/sql/SqlClient"
import type { SqlError } from "effect/sql/SqlError"
import * as Batch from "./Batch.ts"

export interface Routing {
  readonly replica: SqlClient.SqlClient
  /** Set by every write; the next read takes the primary's WAL position. */
  dirty: boolean
  /** The primary's WAL position after this process's last write, until the replica has replayed it. */
  waitFor: string | null
  /** Reads asking the primary for its WAL position right now. */
  asking: number
  /** How many reads the replica has served. */
  served: number
}

/** The replica of the SqlClient in context, when there is one. */
export const Reads = Context.Reference<Routing | null>("@zhengwu/adapters-postgres/Replica", {
  defaultValue: () => null
})

/** A routing that starts as if just written (the migrations, which run first, are writes). */
export const routing = (replica: SqlClient.SqlClient): Routing => ({
  replica,
  dirty: true,
  waitFor: null,
  asking: 0,
  served: 0
})

/** Marks a write (reads go to the primary until the replica has caught up with it). */
export const wrote = (r: Routing | null) =>
  Effect.sync(() => {
    if (r !== null) r.dirty = true
  })

/** Runs a read on the replica when it has everything this process wrote, else on the primary. */
export const read = <A>(
  r: Routing | null,
  primary: SqlClient.SqlClient,
  query: (sql: SqlClient.SqlClient) => Effect.Effect<A, SqlError>
): Effect.Effect<A, SqlError> =>
  Effect.gen(function* () {
    if (r === null || (yield* Effect.service(Batch.Current)) !== null) return yield* query(primary)
    if (r.dirty) {
      r.dirty = false
      r.asking++
      const [row] = yield* Effect.ensuring(
        primary<{ lsn: string }>`select pg_current_wal_lsn()::text as lsn`,
        Effect.sync(() => void r.asking--)
      )
      if (row !== undefined && (r.waitFor === null || lsn(row.lsn) > lsn(r.waitFor))) r.waitFor = row.lsn
    } else if (r.asking > 0) return yield* query(primary)
    if (r.waitFor !== null) {
      const target = r.waitFor
      const [row] = yield* r.replica<{ ok: boolean | null }>`select pg_last_wal_replay_lsn() >= ${target}::pg_lsn as ok`
      if (row?.ok !== true) return yield* query(primary)
      if (r.waitFor === target) r.waitFor = null
    }
    r.served++
    return yield* query(r.replica)
  })

/** A WAL position (`16/B374D848`) as a number that orders as positions do. */
const lsn = (text: string): bigint => {
  const [hi = "0", lo = "0"] = text.split("/")
  return (BigInt(`0x${hi}`) << 32n) + BigInt(`0x${lo}`)
}
