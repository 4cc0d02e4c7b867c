/**
 * The published packages, after the build (`pnpm test` builds first):
 *
 * - publint (as packed by npm) reports no error or warning;
 * - "are the types wrong" (`attw --pack`) finds no problem for any entry point
 *   under node10, node16 (CJS and ESM) and bundler resolution;
 * - a changesets release dry run works: in a copy of the workspace's manifests
 *   and `.changeset/`, `changeset status` (when git is installed) plans the
 *   release and `changeset version` applies it — versions and changelogs;
 * - each package's README says what it is for, and its `<!-- runnable -->`
 *   snippet type-checks against the sources and runs, printing what it says.
 */
import { execFile } from "node:child_process"
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { promisify } from "node:util"
import { publint } from "publint"
import { formatMessage } from "publint/utils"
import { afterAll, describe, expect, it } from "vitest"

const root = join(new URL(".", import.meta.url).pathname, "..")
const run = promisify(execFile)
const tmp = mkdtempSync(join(tmpdir(), "zhengwu-packaging-"))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

const packages = readdirSync(join(root, "packages")).filter((p) =>
  existsSync(join(root, "packages", p, "package.json"))
)
const manifest = (dir: string) =>
  JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as {
    name: string
    version: string
    private?: boolean
    exports: Record<string, unknown>
  }

describe.concurrent("publint and are-the-types-wrong", () => {
  it.each(packages)("packages/%s passes publint", { timeout: 60_000 }, async (p) => {
    const pkgDir = join(root, "packages", p)
    const { messages } = await publint({ pkgDir, pack: "npm", strict: true })
    const pkg = manifest(pkgDir)
    const serious = messages.filter((m) => m.type !== "suggestion").map((m) => `${m.type}: ${formatMessage(m, pkg)}`)
    expect(serious).toEqual([])
  })

  it.each(packages)("packages/%s: attw finds no problem in any entry point", { timeout: 60_000 }, async (p) => {
    const attw = join(root, "node_modules/@arethetypeswrong/cli/dist/index.js")
    const dir = join(root, "packages", p)
    const r = await run(process.execPath, [attw, "--pack", ".", "--format", "json"], {
      cwd: dir,
      maxBuffer: 64 * 1024 * 1024
    }).catch((e: { stdout: string }) => ({ stdout: e.stdout }))
    const report = JSON.parse(r.stdout) as {
      analysis: { problems: unknown[]; entrypoints: Record<string, unknown> }
    }
    expect(report.analysis.problems).toEqual([])
    const entries = Object.keys(manifest(dir).exports).filter((e) => e !== "./package.json")
    for (const e of entries) expect(Object.keys(report.analysis.entrypoints)).toContain(e)
  })
})

describe.concurrent("a changesets release dry run", () => {
  it("plans and applies the pending changesets in a copy of the workspace", { timeout: 60_000 }, async () => {
    const copy = join(tmp, "release")
    const workspaces = ["packages", "examples"].flatMap((d) =>
      readdirSync(join(root, d))
        .map((p) => `${d}/${p}`)
        .filter((p) => existsSync(join(root, p, "package.json")))
    )
    if (existsSync(join(root, "bench/package.json"))) workspaces.push("bench")
    for (const f of ["package.json", "pnpm-workspace.yaml", ...workspaces.map((w) => `${w}/package.json`)]) {
      mkdirSync(dirname(join(copy, f)), { recursive: true })
      cpSync(join(root, f), join(copy, f))
    }
    cpSync(join(root, ".changeset"), join(copy, ".changeset"), { recursive: true })
    symlinkSync(join(root, "node_modules"), join(copy, "node_modules"))
    const changeset = (...args: string[]) =>
      run(process.execPath, [join(root, "node_modules/@changesets/cli/bin.js"), ...args], { cwd: copy })
    const pending = readdirSync(join(copy, ".changeset")).filter((f) => f.endsWith(".md") && f !== "README.md")

    const git = await run("git", ["--version"]).then(
      () => true,
      () => false
    )
    if (git) {
      writeFileSync(join(copy, ".gitignore"), "node_modules\n")
      const g = (...args: string[]) =>
        run("git", ["-c", "user.name=ci", "-c", "user.email=ci@localhost", "-c", "init.defaultBranch=main", ...args], {
          cwd: copy
        })
      await g("init", "-q")
      await g("add", "-A")
      await g("commit", "-qm", "release dry run")
      await changeset("status", "--output=plan.json")
      const plan = JSON.parse(readFileSync(join(copy, "plan.json"), "utf8")) as {
        changesets: unknown[]
        releases: Array<{ name: string; type: string; newVersion?: string }>
      }
      expect(plan.changesets).toHaveLength(pending.length)
      for (const r of plan.releases.filter((x) => x.type !== "none")) {
        expect(r.name, "only published packages are released").toMatch(/^@zhengwu\/(core|adapters-|client$)/u)
      }
      rmSync(join(copy, "plan.json"))
    }

    const before = Object.fromEntries(packages.map((p) => [p, manifest(join(copy, "packages", p)).version]))
    await changeset("version")
    expect(readdirSync(join(copy, ".changeset")).filter((f) => f.endsWith(".md") && f !== "README.md")).toEqual([])
    if (pending.length > 0) {
      const core = manifest(join(copy, "packages/core"))
      expect(core.version).not.toBe(before.core)
      expect(readFileSync(join(copy, "packages/core/CHANGELOG.md"), "utf8")).toContain(`## ${core.version}`)
    }
    for (const p of packages) expect(manifest(join(copy, "packages", p)).private).toBeUndefined()
  })
})

describe.concurrent("each package's README", () => {
  const readmes = packages.map((p) => ({ p, text: readFileSync(join(root, "packages", p, "README.md"), "utf8") }))
  const snippet = (text: string) => /<!-- runnable -->\s*\n\s*\n```ts\n([\s\S]*?)^```$/mu.exec(text)?.[1] ?? ""
  const dir = join(tmp, "readmes")
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, "package.json"), '{ "type": "module" }\n')
  for (const { p, text } of readmes) writeFileSync(join(dir, `${p}.ts`), snippet(text))

  it.each(readmes)("packages/$p/README.md says what the package is for and has a runnable snippet", ({ text }) => {
    expect(text).toMatch(/^# @zhengwu\/[\w-]+\n\n\S/u)
    expect(snippet(text)).toMatch(/from "@zhengwu\//u)
  })

  it("the snippets type-check against the packages' sources", { timeout: 120_000 }, async () => {
    const src = (p: string) => join(root, "packages", p)
    writeFileSync(
      join(dir, "tsconfig.json"),
      JSON.stringify({
        extends: join(root, "tsconfig.base.json"),
        compilerOptions: {
          types: ["node"],
          typeRoots: [join(root, "node_modules/@types")],
          paths: {
            "@zhengwu/core": [src("core/src/index.ts")],
            "@zhengwu/core/testing": [src("core/src/testing/index.ts")],
            "@zhengwu/core/fp-ts": [src("core/src/fp-ts.ts")],
            "@zhengwu/adapters-http": [src("adapters-http/src/index.ts")],
            "@zhengwu/adapters-postgres": [src("adapters-postgres/src/index.ts")],
            "@zhengwu/client": [src("client/src/index.ts")],
            "openapi-fetch": [join(root, "packages/client/node_modules/openapi-fetch/dist/index.d.mts")],
            "effect/*": [join(root, "node_modules/effect/dist/*.d.ts")]
          }
        },
        files: readmes.map(({ p }) => join(dir, `${p}.ts`))
      })
    )
    const tsc = join(root, "node_modules/typescript/bin/tsc")
    const r = await run(process.execPath, [tsc, "-p", join(dir, "tsconfig.json"), "--noEmit"], { cwd: dir }).catch(
      (e: { stdout: string }) => ({ stdout: e.stdout })
    )
    expect(r.stdout).toBe("")
  })

  // The snippets import the packages by name, as a user would: resolved from the reference server, which depends on all.
  const hook = `data:text/javascript,${encodeURIComponent(
    `import { registerHooks } from "node:module";
     const anchor = ${JSON.stringify(`file://${join(root, "examples/reference-server/main.ts")}`)};
     const clientAnchor = ${JSON.stringify(`file://${join(root, "packages/client/test/client.test.ts")}`)};
     registerHooks({ resolve: (s, c, n) => n(s, /^(@zhengwu\\/|effect(\\/|$)|openapi-fetch$)/u.test(s) ? { ...c, parentURL: /^(@zhengwu\\/client|openapi-fetch)$/u.test(s) ? clientAnchor : anchor } : c) })`
  )}`
  const expected: Record<string, ReadonlyArray<string>> = {
    core: ["refused", "seals/document-kind-permitted xuhui-eseal-2015/4", "第四条电子印章用于"],
    "adapters-http": ["200 refused seals/document-kind-permitted"],
    "adapters-postgres": ["awaiting-approval 2 true"],
    client: ["refused seals/document-kind-permitted xuhui-eseal-2015/4"]
  }
  it.each(readmes)(
    "packages/$p/README.md: the snippet runs and prints what its comments say",
    {
      timeout: 60_000
    },
    async ({ p }) => {
      const r = await run(process.execPath, ["--import", hook, join(dir, `${p}.ts`)], { cwd: dir })
      for (const s of expected[p] ?? []) expect(r.stdout).toContain(s)
    }
  )
})
