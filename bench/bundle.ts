/**
 * Section: bundle size. esbuild bundles and minifies tiny entry files that
 * import from the built `@zhengwu/core` (its ESM dist, with shared chunks),
 * for the browser; gzip level 9 via node:zlib. (a) one validator deciding typed
 * input and (b) the same with its Schema decoder, both from the procedure's entry
 * (`@zhengwu/core/seals`), then through the package index and (c) the whole core; json-rules-engine
 * and XState for reference. The same two entries are also bundled from the
 * core's sources (what a per-validator entry point could give at best), and
 * esbuild's metafile says where the bytes come from.
 */
import { readFileSync } from "node:fs"
import { gzipSync } from "node:zlib"
import { build, type Metafile } from "esbuild"
import { finish, log, newResult, parseArgs } from "./lib/report.ts"
import { fmt } from "./lib/timing.ts"

const benchDir = new URL(".", import.meta.url).pathname
const coreSrc = new URL("../packages/core/src/", import.meta.url).pathname

const bundle = async (contents: string) => {
  const r = await build({
    stdin: { contents, resolveDir: benchDir, loader: "ts", sourcefile: "entry.ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    metafile: true,
    logLevel: "silent",
    external: ["node:*"]
  })
  const out = r.outputFiles[0]?.contents ?? new Uint8Array()
  return { min: out.length, gz: gzipSync(out, { level: 9 }).length, meta: r.metafile as Metafile }
}

/** Bytes of output by source (package or core folder), largest first. */
const origins = (meta: Metafile, top = 8) => {
  const by = new Map<string, number>()
  for (const out of Object.values(meta.outputs))
    for (const [file, { bytesInOutput }] of Object.entries(out.inputs)) {
      const pnpm =
        /node_modules\/\.pnpm\/([^/]+?)@[^/]+\/node_modules\/(?:@[^/]+\/)?[^/]+\/(?:dist\/)?(?:esm\/)?([^/]+)?/u.exec(
          file
        )
      const src = /packages\/core\/src\/([^/]+)(?:\/([^/]+))?/u.exec(file)
      const key =
        pnpm !== null
          ? pnpm[1] === "effect"
            ? `effect/${pnpm[2]?.replace(/\.js$/u, "") ?? ""}`
            : (pnpm[1] ?? file)
          : src !== null
            ? `core/src/${src[1]}${src[2] !== undefined && !src[1]?.endsWith(".ts") ? `/${src[2]}` : ""}`
            : file.includes("packages/core/dist")
              ? `core/dist/${file.split("/").at(-1)}`
              : file
      by.set(key, (by.get(key) ?? 0) + bytesInOutput)
    }
  const total = [...by.values()].reduce((a, b) => a + b, 0)
  return [...by.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, v]) => `${k} ${((v / total) * 100).toFixed(0)}%`)
    .join(", ")
}

const main = async () => {
  const args = parseArgs()
  const started = performance.now()
  const result = newResult(
    "bundle",
    "Bundle size",
    "esbuild 0.28 (bundle, minify, ESM, browser, tree-shaking; the core's `sideEffects: false` honoured), gzip -9. Entries import from the built `@zhengwu/core` as a user would."
  )
  const exportsMap = (
    JSON.parse(readFileSync(new URL("node_modules/@zhengwu/core/package.json", import.meta.url), "utf8")) as {
      exports: Record<string, unknown>
      version: string
    }
  ).exports
  const subpaths = Object.keys(exportsMap).filter((k) => k !== "." && k !== "./package.json")
  const sealsEntry = subpaths.find((k) => k === "./seals" || k === "./seals/use")

  const entries: Array<{ name: string; code: string; goal?: number }> = [
    {
      name: "(a) `use` on typed input, from the `@zhengwu/core/seals` entry",
      code: `import { use, decide as d } from "@zhengwu/core/seals"\nexport const decide = (i, day) => d(use, i, day)`,
      goal: 5_000
    },
    {
      name: "(b) `use` with its Schema decoder (`decideUnknown`), from the `@zhengwu/core/seals` entry",
      code: `import { use, decideUnknown } from "@zhengwu/core/seals"\nexport const decide = (json, day) => decideUnknown(use, json, day)`,
      goal: 30_000
    },
    {
      name: "(a‴) `Seals.use` on typed input, imported from the package index",
      code: `import { Seals, Validator } from "@zhengwu/core"\nexport const decide = (i, d) => Validator.decide(Seals.use, i, d)`
    },
    { name: '(c) the whole core (`export * from "@zhengwu/core"`)', code: `export * from "@zhengwu/core"` },
    {
      name: "(a′) `Seals.use` on typed input, bundled from the core's sources",
      code: `import { use } from "${coreSrc}seals/validators.ts"\nimport { decide as d } from "${coreSrc}decision/Validator.ts"\nexport const decide = (i, day) => d(use, i, day)`
    },
    {
      name: "(b′) `Seals.use` with its decoder, bundled from the core's sources",
      code: `import { use } from "${coreSrc}seals/validators.ts"\nimport { decideUnknown } from "${coreSrc}decision/Validator.ts"\nexport const decide = (json, day) => decideUnknown(use, json, day)`
    },
    {
      name: "json-rules-engine 7.3.1 (`Engine`)",
      code: `export { Engine } from "json-rules-engine"`
    },
    { name: "XState 5.33.3 (`setup`, `createActor`)", code: `export { setup, createActor } from "xstate"` }
  ]
  if (sealsEntry === undefined) throw new Error("the core publishes no `./seals` entry")

  const rows: Array<Array<string>> = []
  const sizes = new Map<string, Awaited<ReturnType<typeof bundle>>>()
  for (const e of entries) {
    log(`bundle: ${e.name}`)
    const b = await bundle(e.code)
    sizes.set(e.name, b)
    rows.push([e.name, fmt.bytes(b.min), fmt.bytes(b.gz), origins(b.meta, 5)])
    if (e.goal !== undefined)
      result.goals.push({
        goal:
          e.goal > 5000
            ? `${e.name.split(" ")[0]} one validator with its decoder ≤ ${e.goal / 1000} kB min+gz`
            : `${e.name.split(" ")[0]} one validator on typed input ≤ ${e.goal / 1000} kB min+gz`,
        measured: fmt.bytes(b.gz),
        met: b.gz <= e.goal,
        ...(b.gz <= e.goal
          ? {}
          : {
              because: `the output carries ${origins(b.meta, 2)} (see the notes)`,
              next: "keep a validator's rules apart from its schema and the procedures' constants out of the schema modules (see the notes)"
            })
      })
  }
  result.tables.push({
    title: "min = minified bytes; gz = minified then gzipped",
    columns: ["entry", "min", "min+gz", "largest sources of the output"],
    rows
  })
  const a = sizes.get(entries[0]?.name ?? "")
  const b = sizes.get(entries[1]?.name ?? "")
  const index = sizes.get(entries.find((e) => e.name.startsWith("(a‴)"))?.name ?? "")
  const aSrc = sizes.get(entries.find((e) => e.name.startsWith("(a′)"))?.name ?? "")
  result.notes.push(
    `The core publishes the entry points ${subpaths.map((s) => `\`${s}\``).join(", ")}: one per procedure, each with the functions that decide on its validators. The catalogue's article texts are in their own modules (\`catalogue/documents/<doc>.articles.ts\`), which deciding never imports: a rule's in-force check reads the documents' dates (\`catalogue/Documents.ts\`). From the seals entry, (a) is ${a === undefined ? "?" : fmt.bytes(a.gz)} and (b) ${b === undefined ? "?" : fmt.bytes(b.gz)} min+gz; the same validator through the package index (a‴) is ${index === undefined ? "?" : fmt.bytes(index.gz)}, since the index's namespace objects keep every procedure.`,
    `What (a) still carries (from the sources, a′: ${aSrc === undefined ? "?" : fmt.bytes(aSrc.gz)}): Effect's Schema (\`effect/internal\`, \`effect/SchemaAST\`), because a validator holds its input schema (\`Validator.input\`) and the seals rules import their constants from the module that defines the input schemas (\`seals/model.ts\`, and the certificates model through \`certificateValid\`); and the documents' metadata (titles and notes, beside the dates). Next fix in \`packages/core\`: keep a validator's rules apart from its schema (\`decide\` takes the rules, \`decideUnknown\` the schema), move the procedures' constants out of the schema modules, and give the rules a generated table of the documents' dates; (b) then carries the schema alone.`
  )
  finish(args, result, started)
}

if (import.meta.main) await main()
