/**
 * The API reference, generated at docs build time by TypeDoc with
 * typedoc-plugin-markdown from each public entry of the packages (their
 * exports and doc comments; nothing is written to the repository). One page
 * per entry and per namespace, under /en/api/ (the doc comments are English).
 * A namespace (`export * as Seals from "./seals/index.ts"`) is described by
 * its file's leading comment. The output is cached in
 * docs/.vitepress/cache/api/, keyed by the sources' content, so the config and
 * the page loader (and a rebuild with unchanged sources) run TypeDoc once.
 */
import { createHash } from "node:crypto"
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import ts from "typescript"

const docs = resolve(dirname(fileURLToPath(import.meta.url)), "..")
const repo = resolve(docs, "..")

export interface ApiEntry {
  /** The page slug: /en/api/<file>. */
  readonly file: string
  /** The import specifier. */
  readonly name: string
  /** The entry's source, relative to the repository. */
  readonly source: string
}

export const entries: ReadonlyArray<ApiEntry> = [
  { file: "core", name: "@zhengwu/core", source: "packages/core/src/index.ts" },
  { file: "core-testing", name: "@zhengwu/core/testing", source: "packages/core/src/testing/index.ts" },
  { file: "core-fp-ts", name: "@zhengwu/core/fp-ts", source: "packages/core/src/fp-ts.ts" },
  { file: "adapters-http", name: "@zhengwu/adapters-http", source: "packages/adapters-http/src/index.ts" },
  { file: "adapters-postgres", name: "@zhengwu/adapters-postgres", source: "packages/adapters-postgres/src/index.ts" }
]

/** The leading `/** … *\/` comment of a source file, as plain text. */
const fileComment = (text: string): string => {
  const doc = (ts.getLeadingCommentRanges(text, 0) ?? [])
    .map((r) => text.slice(r.pos, r.end))
    .find((c) => c.startsWith("/**"))
  if (doc === undefined) return ""
  return doc
    .replace(/^\/\*\*\s?/u, "")
    .replace(/\*\/$/u, "")
    .split("\n")
    .map((l) => l.replace(/^\s*\* ?/u, ""))
    .join("\n")
    .trim()
}

const sourcesKey = (): string => {
  const h = createHash("sha256")
  for (const pkg of ["core", "adapters-http", "adapters-postgres"]) {
    const src = join(repo, "packages", pkg, "src")
    for (const f of readdirSync(src, { recursive: true, encoding: "utf8" }).sort()) {
      if (!f.endsWith(".ts")) continue
      h.update(f)
      h.update(readFileSync(join(src, f)))
    }
  }
  h.update(readFileSync(fileURLToPath(import.meta.url)))
  return h.digest("hex").slice(0, 16)
}

/** TypeDoc's page names (`core.Namespace.Validator`) as the site names them (`core.Validator`). */
const slug = (name: string) => name.replace(/\.md$/u, "").replaceAll(".Namespace.", ".")

const run = async (out: string): Promise<void> => {
  const { Application, Comment, Converter, ReflectionKind } = await import("typedoc")
  const tsconfig = join(out, "tsconfig.json")
  mkdirSync(out, { recursive: true })
  writeFileSync(
    tsconfig,
    JSON.stringify({
      extends: join(repo, "tsconfig.base.json"),
      compilerOptions: { types: ["node"], typeRoots: [join(repo, "node_modules/@types")] },
      files: entries.map((e) => join(repo, e.source))
    })
  )
  const app = await Application.bootstrapWithPlugins({
    entryPoints: entries.map((e) => join(repo, e.source)),
    tsconfig,
    plugin: ["typedoc-plugin-markdown"],
    out: join(out, "md"),
    readme: "none",
    logLevel: "Error",
    skipErrorChecking: true,
    excludeExternals: true,
    excludePrivate: true,
    excludeInternal: true,
    disableSources: true,
    outputFileStrategy: "modules",
    flattenOutputFiles: true,
    hidePageHeader: true,
    hideBreadcrumbs: true,
    parametersFormat: "table",
    interfacePropertiesFormat: "table",
    classPropertiesFormat: "table",
    typeDeclarationFormat: "table",
    propertyMembersFormat: "table",
    indexFormat: "table"
  } as never)
  const byPath = new Map(entries.map((e) => [join(repo, e.source), e.file]))
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    const declaration = context.getSymbolFromReflection(reflection)?.declarations?.[0]
    if (declaration === undefined || !ts.isSourceFile(declaration)) return
    const entry = byPath.get(declaration.fileName)
    if (reflection.kindOf(ReflectionKind.Module) && entry !== undefined) reflection.name = entry
    else if (reflection.kindOf(ReflectionKind.Namespace)) {
      const text = fileComment(declaration.text)
      if (text === "") delete reflection.comment
      else reflection.comment = new Comment([{ kind: "text", text }])
    }
  })
  const project = await app.convert()
  if (project === undefined) throw new Error("typedoc: the API could not be converted")
  await app.generateOutputs(project)
}

export interface ApiPage {
  readonly page: string
  readonly content: string
}

/** Every API page (markdown for VitePress), TypeDoc run once per change of the sources. */
export const pages = async (): Promise<ReadonlyArray<ApiPage>> => {
  const cache = join(docs, ".vitepress/cache/api", sourcesKey())
  if (!existsSync(join(cache, "done"))) {
    rmSync(join(docs, ".vitepress/cache/api"), { recursive: true, force: true })
    await run(cache)
    writeFileSync(join(cache, "done"), "")
  }
  const md = join(cache, "md")
  return readdirSync(md)
    .filter((f) => f.endsWith(".md") && f !== "README.md")
    .map((f) => {
      const page = slug(f)
      const entry = entries.find((e) => e.file === page)
      let content = readFileSync(join(md, f), "utf8")
        .replace(/\]\(([\w.-]+)\.md(#[^)]*)?\)/gu, (_, target: string, hash = "") => `](./${slug(target)}${hash})`)
        .replace(/\]\(README\.md\)/gu, "](./core)")
      if (entry !== undefined) {
        const source = readFileSync(join(repo, entry.source), "utf8")
        content = content.replace(
          /^# .*$/mu,
          `# \`${entry.name}\`\n\nGenerated at docs build time by TypeDoc from \`${entry.source}\`.\n\n${fileComment(source)}`
        )
      } else content = content.replace(/^# (.*)$/mu, "# `$1`")
      // Vue would read `{{` in the signatures as interpolation.
      return { page, content: `<div v-pre>\n\n${content}\n\n</div>\n` }
    })
}

/** The namespaces of an entry, for the sidebar. */
export const namespaces = (all: ReadonlyArray<ApiPage>, entry: ApiEntry): ReadonlyArray<string> =>
  all
    .map((p) => p.page)
    .filter((p) => p.startsWith(`${entry.file}.`) && !p.slice(entry.file.length + 1).includes("."))
    .map((p) => p.slice(entry.file.length + 1))
    .sort()
