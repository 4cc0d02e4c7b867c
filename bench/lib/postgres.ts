/**
 * A real PostgreSQL server for the bench, started the way the adapter's tests
 * start theirs (packages/adapters-postgres/test/postgres-server.ts): Debian's
 * binaries, a temporary data directory, a free loopback port, as the
 * `postgres` user when run as root; with pg_stat_statements loaded, so the
 * bench can count the statements an operation costs. Always stopped by
 * `stop()` (and on exit).
 */
import { execFileSync, spawnSync } from "node:child_process"
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs"
import { createServer } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"

export interface PostgresServer {
  readonly url: string
  readonly version: string
  /** The server's log file (null for an external server). */
  readonly logFile: string | null
  readonly stop: () => void
}

const findBin = (): string | null => {
  const root = "/usr/lib/postgresql"
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : []
  const preferred = versions.includes("15") ? ["15", ...versions] : versions
  for (const v of preferred) if (existsSync(join(root, v, "bin", "pg_ctl"))) return join(root, v, "bin")
  return null
}

/** On a fresh Debian machine, as root: Debian's `postgresql` package, as the adapter's tests install it. */
const install = (): string | null => {
  if (process.getuid?.() !== 0 || !existsSync("/usr/bin/apt-get")) return null
  process.stderr.write("  PostgreSQL server not found: installing Debian's `postgresql` package\n")
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" }
  for (const args of [
    ["update", "-qq"],
    ["install", "-y", "-qq", "postgresql"]
  ])
    if (spawnSync("apt-get", args, { encoding: "utf8", env }).status !== 0) return null
  return findBin()
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      const port = typeof address === "object" && address !== null ? address.port : 0
      server.close(() => resolve(port))
    })
  })

/** Starts a server, or returns null (with the reason) when no PostgreSQL binaries are installed. */
export const startPostgres = async (): Promise<PostgresServer | { readonly missing: string }> => {
  const external = process.env.ZHENGWU_BENCH_PG_URL
  if (external !== undefined && external !== "")
    return { url: external, version: "external", logFile: null, stop: () => {} }
  const bin = findBin() ?? install()
  if (bin === null) return { missing: "no PostgreSQL server under /usr/lib/postgresql (install Debian's `postgresql`)" }
  const dir = mkdtempSync(join(tmpdir(), "zhengwu-bench-pg-"))
  const data = join(dir, "data")
  const asRoot = process.getuid?.() === 0
  const run = (cmd: string, args: Array<string>) => {
    const full = join(bin, cmd)
    const r = asRoot
      ? spawnSync("runuser", ["-u", "postgres", "--", full, ...args], { encoding: "utf8" })
      : spawnSync(full, args, { encoding: "utf8" })
    if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr || r.stdout}`)
    return r.stdout
  }
  if (asRoot)
    chownSync(
      dir,
      Number(execFileSync("id", ["-u", "postgres"]).toString().trim()),
      Number(execFileSync("id", ["-g", "postgres"]).toString().trim())
    )
  run("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"])
  const port = await freePort()
  run("pg_ctl", [
    "-D",
    data,
    "-l",
    join(dir, "log"),
    "-w",
    "-t",
    "60",
    "-o",
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=50 -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=all`,
    "start"
  ])
  const version = run("postgres", ["--version"]).trim()
  let stopped = false
  const stop = () => {
    if (stopped) return
    stopped = true
    try {
      run("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
  process.once("exit", stop)
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, version, logFile: join(dir, "log"), stop }
}
