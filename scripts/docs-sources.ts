/**
 * From an article to the code in one hop: where each rule and machine of the
 * registry is defined (file and line, found by its id in the core's source) and
 * its tests (the file of the same path under `test/`, which mirrors `src/`),
 * and what the catalogue knows of a document's start. Used by the rule
 * catalogue and the coverage table (docs.ts).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs"
import { join, relative } from "node:path"
import type { Document } from "../packages/core/src/catalogue/Document.ts"

const root = join(new URL(".", import.meta.url).pathname, "..")
const src = join(root, "packages/core/src")

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : []
  })

/** The core's source files (not the catalogue's texts, nor the testing entry), with their lines. */
const sources = files(src)
  .filter((f) => !f.includes("/testing/") && !f.includes("/catalogue/documents/"))
  .map((f) => ({ file: relative(root, f), lines: readFileSync(f, "utf8").split("\n") }))

export interface SourceLocation {
  /** Path from the repository root, e.g. `packages/core/src/seals/art4-what-may-be-sealed.ts`. */
  readonly file: string
  readonly line: number
}

/**
 * Where a rule or machine with this id is defined: the line `id: "<id>"`, or
 * failing that (rules made by a factory) the first line quoting the id.
 */
export const definitionOf = (id: string): SourceLocation | undefined => {
  const find = (match: (line: string) => boolean) => {
    for (const s of sources) {
      const i = s.lines.findIndex(match)
      if (i >= 0) return { file: s.file, line: i + 1 }
    }
    return undefined
  }
  return find((l) => l.includes(`id: "${id}"`)) ?? find((l) => l.includes(`"${id}"`))
}

/** The tests of a source file: `test/` mirrors `src/`, so `src/x/y.ts` is tested in `test/x/y.test.ts`. */
export const testsOf = (file: string): string | undefined => {
  const test = file.replace("/src/", "/test/").replace(/\.ts$/u, ".test.ts")
  return existsSync(join(root, test)) ? test : undefined
}

/** A Markdown link from a reference page to a file (at a line if given); `up` leads from the page to the repository root. */
export const link = (file: string, line?: number, up = "../../"): string =>
  `[${file}${line === undefined ? "" : `:${line}`}](${up}${file}${line === undefined ? "" : `#L${line}`})`

/** The code and tests lines of a rule's or machine's entry in the rule catalogue. */
export const codeAndTests = (id: string, up = "../../", lang: "zh" | "en" = "en"): ReadonlyArray<string> => {
  const zh = lang === "zh"
  const at = definitionOf(id)
  if (at === undefined) return [`- ${zh ? "代码" : "code"}: ${zh ? "未找到" : "not found"} (${id})`]
  const tests = testsOf(at.file)
  return [
    `- ${zh ? "代码" : "code"}: ${link(at.file, at.line, up)}`,
    `- ${zh ? "测试" : "tests"}: ${tests === undefined ? (zh ? "没有对应的测试文件" : "none mirror this file") : link(tests, undefined, up)}`
  ]
}

/** The "in force from" cell of a document: its date, or what its own text implies and why. */
export const inForceFromCell = (d: Document, lang: "zh" | "en" = "en"): string => {
  if (d.inForceFrom !== null) return d.inForceFrom
  const zh = lang === "zh"
  const b = d.startBound
  if (b === null) return zh ? "未知" : "unknown"
  const bound =
    b.notBefore === null
      ? zh
        ? "未知，无下限"
        : "unknown, not bounded"
      : zh
        ? `未知，不早于 ${b.notBefore}`
        : `unknown, not before ${b.notBefore}`
  return zh
    ? `${bound}（${b.because.zh}）；依据它的决定附“施行日期不详”的提示`
    : `${bound} (${b.because.en}); decisions resting on it carry the caveat "in force: date unknown"`
}
