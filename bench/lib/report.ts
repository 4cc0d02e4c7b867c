/**
 * What a section hands back to bench/main.ts: tables, goals with met/missed,
 * equivalence checks, notes and profiles. A section runs as its own process
 * (`node bench/<section>.ts [--quick] [--out file.json]`) and writes this as
 * JSON; run alone it prints the markdown instead.
 */
import { writeFileSync } from "node:fs"

export interface Table {
  readonly title: string
  readonly columns: ReadonlyArray<string>
  readonly rows: ReadonlyArray<ReadonlyArray<string>>
}

export interface Goal {
  readonly goal: string
  readonly measured: string
  readonly met: boolean
  /** When missed: a free note (older sections), or why and the next fix. */
  readonly note?: string | undefined
  readonly because?: string | undefined
  readonly next?: string | undefined
}

/** The status cell of a goal: "met", or "missed, because …, next fix …". */
export const status = (g: Goal): string =>
  g.met
    ? "met"
    : g.because !== undefined
      ? `**missed**, because ${g.because}${g.next === undefined ? "" : `, next fix ${g.next}`}`
      : `**missed**${g.note ? ` — ${g.note}` : ""}`

export interface Equivalence {
  readonly name: string
  readonly cases: number
  readonly ok: boolean
  readonly detail?: string | undefined
}

export interface Profile {
  readonly title: string
  /** Markdown (a table of where the time goes, and what it means). */
  readonly body: string
}

export interface SectionResult {
  readonly section: string
  readonly title: string
  readonly intro?: string | undefined
  readonly tables: Array<Table>
  readonly goals: Array<Goal>
  readonly equivalence: Array<Equivalence>
  readonly notes: Array<string>
  readonly profiles: Array<Profile>
  seconds?: number
}

export const newResult = (section: string, title: string, intro?: string): SectionResult => ({
  section,
  title,
  intro,
  tables: [],
  goals: [],
  equivalence: [],
  notes: [],
  profiles: []
})

export interface Args {
  readonly quick: boolean
  readonly out: string | null
  readonly profile: boolean
}

export const parseArgs = (argv: ReadonlyArray<string> = process.argv.slice(2)): Args => {
  const outAt = argv.indexOf("--out")
  return {
    quick: argv.includes("--quick"),
    out: outAt >= 0 ? (argv[outAt + 1] ?? null) : null,
    profile: !argv.includes("--no-profile")
  }
}

export const renderTable = (t: Table): string => {
  const esc = (s: string) => s.replaceAll("|", "\\|")
  return [
    `| ${t.columns.map(esc).join(" | ")} |`,
    `|${t.columns.map((_, i) => (i === 0 ? "---" : "---:")).join("|")}|`,
    ...t.rows.map((r) => `| ${r.map(esc).join(" | ")} |`)
  ].join("\n")
}

export const renderSection = (r: SectionResult): string => {
  const out: Array<string> = [`## ${r.title}`, ""]
  if (r.intro !== undefined) out.push(r.intro, "")
  if (r.equivalence.length > 0) {
    out.push(
      `Equivalence (checked before timing): ${r.equivalence
        .map(
          (e) =>
            `${e.name} — ${e.ok ? "identical" : "**DIFFERENT**"} on ${e.cases} inputs${e.detail ? ` (${e.detail})` : ""}`
        )
        .join("; ")}.`,
      ""
    )
  }
  for (const t of r.tables) out.push(`**${t.title}**`, "", renderTable(t), "")
  if (r.goals.length > 0) {
    out.push(
      renderTable({
        title: "goals",
        columns: ["goal", "measured", "status"],
        rows: r.goals.map((g) => [g.goal, g.measured, status(g)])
      }),
      ""
    )
  }
  for (const n of r.notes) out.push(`- ${n}`)
  if (r.notes.length > 0) out.push("")
  for (const p of r.profiles) out.push(`### Profile: ${p.title}`, "", p.body, "")
  return out.join("\n")
}

/** Ends a section: writes the JSON for main.ts, or prints markdown when run alone; non-zero exit on an equivalence failure. */
export const finish = (args: Args, result: SectionResult, started: number) => {
  result.seconds = (performance.now() - started) / 1000
  if (args.out !== null) writeFileSync(args.out, JSON.stringify(result, null, 2))
  else process.stdout.write(`${renderSection(result)}\n`)
  const failed = result.equivalence.filter((e) => !e.ok)
  if (failed.length > 0) {
    process.stderr.write(`EQUIVALENCE FAILED: ${failed.map((f) => `${f.name}: ${f.detail ?? ""}`).join("; ")}\n`)
    process.exitCode = 2
  }
}

export const log = (msg: string) => process.stderr.write(`  ${msg}\n`)
