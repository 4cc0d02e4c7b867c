/**
 * CPU profiles for the goals a run misses: V8's sampling profiler (through
 * node:inspector in-process, or `--cpu-prof` for a child process), summarised
 * as self time by package and by function, as markdown for the report.
 */
import { readFileSync } from "node:fs"
import { Session } from "node:inspector/promises"
import { SourceMap } from "node:module"
import { fileURLToPath } from "node:url"

interface CallFrame {
  readonly functionName: string
  readonly url: string
  readonly lineNumber: number
  readonly columnNumber: number
}
interface ProfileNode {
  readonly id: number
  readonly callFrame: CallFrame
}
export interface CpuProfile {
  readonly nodes: ReadonlyArray<ProfileNode>
  readonly samples: ReadonlyArray<number>
  readonly timeDeltas: ReadonlyArray<number>
}

/** Which package a frame belongs to, from its script URL. */
export const packageOf = (url: string, functionName: string): string => {
  if (url === "") return functionName.startsWith("(") ? functionName : "(native)"
  if (url.startsWith("node:"))
    return `node:${url.slice(5).split("/")[0] === "internal" ? url.slice(14).split("/")[0] : url.slice(5)}`
  const pnpm = /node_modules\/\.pnpm\/((?:@[^+/]+\+)?[^@/]+)@/u.exec(url)
  if (pnpm?.[1] !== undefined) {
    const name = pnpm[1].replace("+", "/")
    const sub = /node_modules\/effect\/dist\/([^/]+)\//u.exec(url)
    return name === "effect" && sub?.[1] !== undefined ? `effect/${sub[1]}` : name
  }
  const ws = /packages\/([^/]+)\//u.exec(url)
  if (ws?.[1] !== undefined) return `@zhengwu/${ws[1]}`
  if (url.includes("/bench/")) return "bench"
  return url.split("/").slice(-2).join("/")
}

const maps = new Map<string, SourceMap | null>()
/** `file:line` of a frame; for the workspace packages' dist, the original source through the build's source map. */
const whereOf = (url: string, line: number, column: number): string => {
  const file = url.split("/").slice(-1)[0] ?? url
  if (!url.includes("/packages/") || !url.includes("/dist/")) return `${file}:${line + 1}`
  const path = url.startsWith("file://") ? fileURLToPath(url) : url
  if (!maps.has(path))
    try {
      maps.set(path, new SourceMap(JSON.parse(readFileSync(`${path}.map`, "utf8"))))
    } catch {
      maps.set(path, null)
    }
  const entry = maps.get(path)?.findEntry(line, column)
  return entry !== undefined && "originalSource" in entry
    ? `${entry.originalSource.split("/").slice(-2).join("/")}:${entry.originalLine + 1}`
    : `${file}:${line + 1}`
}

export const summarise = (profile: CpuProfile, top = 12) => {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const self = new Map<number, number>()
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i] as number
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0))
  }
  let total = 0
  let idle = 0
  const byPackage = new Map<string, number>()
  const byFunction = new Map<string, number>()
  for (const [id, us] of self) {
    const node = byId.get(id)
    if (node === undefined) continue
    const { functionName, url, lineNumber, columnNumber } = node.callFrame
    if (url.startsWith("node:inspector")) continue // the profiler's own calls
    if (functionName === "(idle)") {
      idle += us
      continue
    }
    total += us
    const pkg = packageOf(url, functionName)
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us)
    const fn = `${functionName || "(anonymous)"} ${url === "" ? "" : whereOf(url, lineNumber, columnNumber)} — ${pkg}`
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us)
  }
  const sorted = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, v]) => ({ name: k, share: v / Math.max(1, total) }))
  return {
    totalMs: total / 1000,
    idleShare: idle / Math.max(1, idle + total),
    packages: sorted(byPackage),
    functions: sorted(byFunction)
  }
}

export const toMarkdown = (s: ReturnType<typeof summarise>, lead: string): string => {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`
  return [
    lead,
    "",
    `Self time by package (${s.totalMs.toFixed(0)} ms of busy samples; the thread was idle — waiting on I/O — ${pct(s.idleShare)} of the time):`,
    "",
    "| package | self time |",
    "|---|---:|",
    ...s.packages.map((p) => `| ${p.name.replaceAll("|", "\\|")} | ${pct(p.share)} |`),
    "",
    "Hottest functions (self time):",
    "",
    "| function | self time |",
    "|---|---:|",
    ...s.functions.map((f) => `| \`${f.name.replaceAll("|", "\\|").replaceAll("`", "'")}\` | ${pct(f.share)} |`)
  ].join("\n")
}

/** Profiles `run` in this process with V8's sampling profiler. */
export const profileInProcess = async (run: () => Promise<void> | void, intervalUs = 200): Promise<CpuProfile> => {
  const session = new Session()
  session.connect()
  await session.post("Profiler.enable")
  await session.post("Profiler.setSamplingInterval", { interval: intervalUs })
  await session.post("Profiler.start")
  try {
    await run()
  } catch (error) {
    await session.post("Profiler.stop")
    session.disconnect()
    throw error
  }
  const { profile } = await session.post("Profiler.stop")
  session.disconnect()
  return profile as unknown as CpuProfile
}
