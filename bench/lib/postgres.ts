/**
 * A real PostgreSQL server for the bench, started the way the adapter's tests
 * start theirs (packages/adapters-postgres/test/postgres-server.ts): Debian's
 * binaries, a temporary data directory, a free loopback port, as the
 * `postgres` user when run as root (scripts/postgres.ts); with
 * pg_stat_statements loaded, so the bench can count the statements an
 * operation costs. Always stopped by `stop()` (and on exit).
 */
import { startPostgres as start } from "../../scripts/postgres.ts"

export interface PostgresServer {
  readonly url: string
  readonly version: string
  /** The server's log file (null for an external server). */
  readonly logFile: string | null
  readonly stop: () => void
}

/** Starts a server (with pg_stat_statements), or says why none could be started. */
export const startPostgres = async (): Promise<PostgresServer | { readonly missing: string }> => {
  const external = process.env.ZHENGWU_BENCH_PG_URL
  if (external !== undefined && external !== "")
    return { url: external, version: "external", logFile: null, stop: () => {} }
  try {
    return await start([
      "max_connections=50",
      "shared_preload_libraries=pg_stat_statements",
      "pg_stat_statements.track=all"
    ])
  } catch (e) {
    return { missing: e instanceof Error ? e.message : String(e) }
  }
}
