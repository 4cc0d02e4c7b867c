/**
 * A real PostgreSQL server for tests and benchmarks: Debian's binaries
 * (installed from the `postgresql` package when missing and we are root with
 * apt-get, so the README's commands work on a fresh machine), a temporary data
 * directory, a free loopback port, run as the `postgres` user when we are root.
 */
import { execFileSync, spawnSync } from "node:child_process"
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs"
import { createServer } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"

export interface PostgresServer {
  readonly url: string
  /** `postgres --version` of the server. */
  readonly version: string
  readonly logFile: string
  /** Stops the server and removes its directory (idempotent). */
  readonly stop: () => void
}

const findBin = (): string | null => {
  const root = "/usr/lib/postgresql"
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : []
  const preferred = versions.includes("15") ? ["15", ...versions] : versions
  for (const v of preferred) if (existsSync(join(root, v, "bin", "pg_ctl"))) return join(root, v, "bin")
  return null
}

/** The server binaries' directory, installing Debian's `postgresql` when missing and allowed; else an error. */
export const ensureBin = (): string => {
  const found = findBin()
  if (found !== null) return found
  if (process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
    process.stderr.write("PostgreSQL server not found: installing Debian's `postgresql` package\n")
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" }
    for (const args of [
      ["update", "-qq"],
      ["install", "-y", "-qq", "postgresql"]
    ]) {
      const r = spawnSync("apt-get", args, { encoding: "utf8", env })
      if (r.status !== 0) throw new Error(`apt-get ${args.join(" ")} failed: ${r.stderr}`)
    }
    const installed = findBin()
    if (installed !== null) return installed
  }
  throw new Error("no PostgreSQL server under /usr/lib/postgresql: install Debian's `postgresql` package")
}

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      const port = typeof address === "object" && address !== null ? address.port : 0
      server.close(() => resolve(port))
    })
  })

/** Starts a server with the given `-c name=value` settings. */
/**
 * A fresh temporary directory for PostgreSQL clusters and a runner of the
 * PostgreSQL binaries in it (as the `postgres` user when run as root, which
 * initdb refuses to be).
 */
export const clusterDir = (prefix: string) => {
  const bin = ensureBin()
  const dir = mkdtempSync(join(tmpdir(), prefix))
  const asRoot = process.getuid?.() === 0
  const run = (cmd: string, args: ReadonlyArray<string>) => {
    const full = join(bin, cmd)
    const r = asRoot
      ? spawnSync("runuser", ["-u", "postgres", "--", full, ...args], { encoding: "utf8" })
      : spawnSync(full, [...args], { encoding: "utf8" })
    if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr || r.stdout}`)
    return r.stdout
  }
  if (asRoot) {
    const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"]).toString().trim())
    chownSync(dir, id("-u"), id("-g"))
  }
  return { bin, dir, run }
}

export const startPostgres = async (settings: ReadonlyArray<string> = []): Promise<PostgresServer> => {
  const { dir, run } = clusterDir("zhengwu-pg-")
  const data = join(dir, "data")
  run("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"])
  const port = await freePort()
  const options = [`-p ${port}`, `-k ${dir}`, "-c listen_addresses=127.0.0.1", ...settings.map((s) => `-c ${s}`)]
  run("pg_ctl", ["-D", data, "-l", join(dir, "log"), "-w", "-t", "60", "-o", options.join(" "), "start"])
  const version = run("postgres", ["--version"]).trim()
  let stopped = false
  const stop = () => {
    if (stopped) return
    stopped = true
    try {
      run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
  process.once("exit", stop)
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, version, logFile: join(dir, "log"), stop }
}
