/**
 * Builds the packages whose build is missing or older than their sources, in
 * one line of output: what `pnpm start` and `pnpm demo` run first, so that a
 * fresh clone builds once (quietly) and every later start is immediate.
 *
 *   node scripts/build-if-stale.ts [package-dir…]    e.g. `core`; all of packages/ by default
 *
 * A package is stale when its `dist/` is missing or empty, or when any file of
 * `src/`, its `package.json`, `tsup.config.ts` or a `tsconfig*.json` is newer
 * than the oldest file in `dist/`. Stale packages are built with their own
 * `build` script, dependencies first; the build's output is shown only when it
 * fails (and the exit code is the build's).
 */
import { spawnSync } from "node:child_process"
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs"
import { dirname, join } from "node:path"

const root = join(dirname(new URL(import.meta.url).pathname), "..")

interface Pkg {
  readonly dir: string
  readonly name: string
  readonly deps: ReadonlyArray<string>
}

/** Every file under `dir` (recursively), with its modification time. */
const files = (dir: string): Array<{ path: string; mtime: number }> =>
  !existsSync(dir)
    ? []
    : readdirSync(dir, { withFileTypes: true, recursive: true })
        .filter((e) => e.isFile())
        .map((e) => {
          const path = join(e.parentPath, e.name)
          return { path, mtime: statSync(path).mtimeMs }
        })

/** Why a package needs building, or null when its build is newer than every input. */
export const staleness = (dir: string): string | null => {
  const built = files(join(dir, "dist"))
  if (built.length === 0) return "not built yet"
  const oldestOutput = Math.min(...built.map((f) => f.mtime))
  const config = readdirSync(dir)
    .filter((f) => f === "package.json" || f === "tsup.config.ts" || /^tsconfig.*\.json$/u.test(f))
    .map((f) => ({ path: join(dir, f), mtime: statSync(join(dir, f)).mtimeMs }))
  const newer = [...files(join(dir, "src")), ...config].filter((f) => f.mtime > oldestOutput)
  return newer.length === 0 ? null : "sources changed"
}

const packages = (): ReadonlyArray<Pkg> =>
  readdirSync(join(root, "packages"))
    .map((d) => join(root, "packages", d))
    .filter((d) => existsSync(join(d, "package.json")))
    .map((dir) => {
      const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as {
        name: string
        scripts?: Record<string, string>
        dependencies?: Record<string, string>
        peerDependencies?: Record<string, string>
      }
      return { pkg, dir }
    })
    .filter(({ pkg }) => pkg.scripts?.build !== undefined)
    .map(({ pkg, dir }) => ({
      dir,
      name: pkg.name,
      deps: Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies }).filter((d) => d.startsWith("@zhengwu/"))
    }))

/** The packages in an order where each comes after the workspace packages it depends on. */
const ordered = (all: ReadonlyArray<Pkg>): ReadonlyArray<Pkg> => {
  const done: Pkg[] = []
  const visit = (p: Pkg) => {
    if (done.includes(p)) return
    for (const d of p.deps) {
      const dep = all.find((x) => x.name === d)
      if (dep !== undefined) visit(dep)
    }
    done.push(p)
  }
  for (const p of all) visit(p)
  return done
}

/** pnpm as this script was started with (`pnpm start`), else the workspace's pinned one through npx. */
const pnpm = (): [string, ...string[]] => {
  const exec = process.env.npm_execpath
  if (exec !== undefined && /pnpm/u.test(exec)) return [process.execPath, exec]
  const pinned = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { packageManager: string })
    .packageManager
  return ["npx", "--yes", pinned]
}

if (import.meta.main) {
  const wanted = process.argv.slice(2)
  const all = packages()
  const selected = wanted.length === 0 ? all : all.filter((p) => wanted.some((w) => p.dir.endsWith(`/packages/${w}`)))
  if (selected.length !== (wanted.length === 0 ? all.length : wanted.length)) {
    process.stderr.write(`build-if-stale: unknown package in \`${wanted.join(" ")}\`\n`)
    process.exit(2)
  }
  const stale = ordered(selected)
    .map((p) => ({ p, why: staleness(p.dir) }))
    .filter((x) => x.why !== null)
  if (stale.length > 0) {
    const started = performance.now()
    const names = stale.map((s) => `${s.p.name} (${s.why})`).join(", ")
    process.stdout.write(`building ${names} … `)
    const [cmd, ...args] = pnpm()
    for (const { p } of stale) {
      const r = spawnSync(cmd, [...args, "--silent", "run", "build"], { cwd: p.dir, encoding: "utf8" })
      if (r.status !== 0) {
        process.stdout.write("failed\n")
        process.stderr.write(`${r.stdout}${r.stderr}`)
        process.exit(r.status ?? 1)
      }
    }
    process.stdout.write(`done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`)
  }
}
