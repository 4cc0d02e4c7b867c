/**
 * Section: bundle size. esbuild bundles and minifies tiny entry files that
 * import from the built `@zhengwu/core` (its ESM dist, with shared chunks),
 * for the browser; gzip level 9 via node:zlib. (a) one validator deciding typed
 * input, (b) the same with its Schema decoder, (c) the whole core; json-rules-engine
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
      name: "(a) `Seals.use` on typed input, imported from the package index",
      code: `import { Seals, Validator } from "@zhengwu/core"\nexport const decide = (i, d) => Validator.decide(Seals.use, i, d)`,
      goal: 5_000
    },
    {
      name: "(b) `Seals.use` with its Schema decoder (`decideUnknown`), from the package index",
      code: `import { Seals, Validator } from "@zhengwu/core"\nexport const decide = (json, d) => Validator.decideUnknown(Seals.use, json, d)`,
      goal: 30_000
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
  if (sealsEntry !== undefined)
    entries.splice(3, 0, {
      name: `(a″) \`Seals.use\` from the \`@zhengwu/core${sealsEntry.slice(1)}\` entry point`,
      code: `import { use } from "@zhengwu/core${sealsEntry.slice(1)}"\nimport { Validator } from "@zhengwu/core"\nexport const decide = (i, d) => Validator.decide(use, i, d)`
    })

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
              next: "a per-procedure entry and the catalogue's article texts in their own module"
            })
      })
  }
  result.tables.push({
    title: "min = minified bytes; gz = minified then gzipped",
    columns: ["entry", "min", "min+gz", "largest sources of the output"],
    rows
  })
  const a = sizes.get(entries[0]?.name ?? "")
  const aSrc = sizes.get(entries.find((e) => e.name.startsWith("(a′)"))?.name ?? "")
  const bSrc = sizes.get(entries.find((e) => e.name.startsWith("(b′)"))?.name ?? "")
  result.notes.push(
    `The core publishes ${subpaths.length === 0 ? "no entry point but its index" : `the entry points ${subpaths.map((s) => `\`${s}\``).join(", ")}`} — ${sealsEntry === undefined ? "no per-validator entry" : `a seals entry \`${sealsEntry}\``}. Importing \`Seals\` from the index pulls the namespace object \`Seals\` with every export of the seals procedure (its signing machine, the certificates procedure it reuses, the catalogue and Effect Schema), so (a) carries ${a === undefined ? "?" : fmt.bytes(a.gz)} min+gz.`,
    `Even from the sources (a′: ${aSrc === undefined ? "?" : fmt.bytes(aSrc.gz)}, b′: ${bSrc === undefined ? "?" : fmt.bytes(bSrc.gz)}), a validator carries its input schema (\`Validator.input\` is a field of the validator, so Effect's Schema comes along even when nothing is decoded) and the regulation catalogue (\`Rule.evaluate\` asks it whether each cited document is in force, and the catalogue is the documents with their articles' full Chinese text). Fix in \`packages/core\`: (1) a per-procedure entry point (\`@zhengwu/core/seals\`, tsup entries with \`splitting\`) re-exporting the validators without the machines; (2) separate a validator's rules from its schema (\`decide\` takes rules only; \`decideUnknown\` takes the schema), so typed-input decisions do not import Schema; (3) give each rule its cited documents' in-force dates as data at build time (a generated table of document id → dates) instead of the catalogue with the article texts.`
  )
  finish(args, result, started)
}

if (import.meta.main) await main()
