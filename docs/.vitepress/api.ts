/**
 * The API reference, generated at docs build time (TypeDoc is not in the
 * workspace): the TypeScript compiler reads each public entry of the packages,
 * and every export — namespaces one level deep — is listed with its kind, its
 * signature or type (shortened) and its doc comment. Used by
 * docs/api/[entry].paths.ts; nothing here is written to the repository.
 */
import { dirname, join, relative, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import ts from "typescript"

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "../..")

export interface ApiEntry {
  /** The page: docs/api/<file>.md. */
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

const options: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  allowImportingTsExtensions: true,
  strict: true,
  exactOptionalPropertyTypes: true,
  skipLibCheck: true,
  noEmit: true,
  types: ["node"],
  lib: ["lib.es2022.d.ts", "lib.dom.d.ts"]
}

const MAX_TYPE = 240

const shorten = (s: string, max = MAX_TYPE) => (s.length <= max ? s : `${s.slice(0, max - 1)}…`)

const html = (s: string) => s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;")

/** Markdown-safe prose: `<` outside code spans would be read as HTML by the page compiler. */
const prose = (s: string) =>
  s
    .split(/(`[^`]*`)/u)
    .map((part, i) => (i % 2 === 1 ? part : part.replaceAll("<", "&lt;")))
    .join("")

/** The leading `/** … *\/` comment of a source file: what a namespace is for. */
const fileComment = (sf: ts.SourceFile): string => {
  const ranges = ts.getLeadingCommentRanges(sf.text, 0) ?? []
  const doc = ranges.map((r) => sf.text.slice(r.pos, r.end)).find((c) => c.startsWith("/**"))
  if (doc === undefined) return ""
  return doc
    .replace(/^\/\*\*\s?/u, "")
    .replace(/\*\/$/u, "")
    .split("\n")
    .map((l) => l.replace(/^\s*\* ?/u, ""))
    .join("\n")
    .trim()
}

/** A declaration's source text without its comments and blank lines. */
const declarationText = (decl: ts.Declaration): string =>
  decl
    .getText()
    .replace(/\/\*[\s\S]*?\*\//gu, "")
    .replace(/\/\/[^\n]*/gu, "")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .join("\n")

const kindOf = (s: ts.Symbol): string => {
  const f = s.flags
  if (f & ts.SymbolFlags.Class) return "class"
  if (f & ts.SymbolFlags.Function) return "function"
  if (f & ts.SymbolFlags.Interface) return "interface"
  if (f & ts.SymbolFlags.TypeAlias && f & ts.SymbolFlags.Variable) return "const + type"
  if (f & ts.SymbolFlags.TypeAlias) return "type"
  if (f & ts.SymbolFlags.Enum) return "enum"
  if (f & ts.SymbolFlags.Variable) return "const"
  if (f & ts.SymbolFlags.Module) return "namespace"
  return "export"
}

interface Member {
  readonly name: string
  readonly kind: string
  readonly signature: string
  readonly doc: string
}

export interface Section {
  readonly name: string
  readonly kind: "namespace" | "export"
  readonly source: string
  readonly doc: string
  readonly members: ReadonlyArray<Member>
}

const describe = (checker: ts.TypeChecker, name: string, symbol: ts.Symbol): Member => {
  const s = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol
  const decl = s.valueDeclaration ?? s.declarations?.[0]
  const kind = kindOf(s)
  let signature = ""
  if (decl !== undefined) {
    const flags = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope
    if (s.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Variable)) {
      const type = checker.getTypeOfSymbolAtLocation(s, decl)
      const calls = type.getCallSignatures()
      signature =
        calls.length > 0 && s.flags & ts.SymbolFlags.Function
          ? calls.map((c) => `${name}${shorten(checker.signatureToString(c, decl, flags))}`).join("\n")
          : `${name}: ${shorten(checker.typeToString(type, decl, flags))}`
    } else if (s.flags & ts.SymbolFlags.Class) signature = `class ${name}`
    else if (s.flags & ts.SymbolFlags.Interface) signature = shorten(declarationText(decl), 1200)
    else if (s.flags & ts.SymbolFlags.TypeAlias) {
      const alias = s.declarations?.find(ts.isTypeAliasDeclaration)
      const type = checker.getDeclaredTypeOfSymbol(s)
      const expanded = checker.typeToString(type, alias, flags | ts.TypeFormatFlags.InTypeAlias)
      signature = `type ${name} = ${shorten(alias !== undefined && !/^typeof /u.test(alias.type.getText()) ? alias.type.getText() : expanded)}`
    }
  }
  const doc = ts.displayPartsToString(s.getDocumentationComment(checker)).trim()
  return { name, kind, signature, doc }
}

let cache: Map<string, ReadonlyArray<Section>> | undefined

/** Every entry's sections: its namespaces (with their members) and its direct exports. */
export const api = (): Map<string, ReadonlyArray<Section>> => {
  if (cache !== undefined) return cache
  const program = ts.createProgram(
    entries.map((e) => join(repo, e.source)),
    options
  )
  const checker = program.getTypeChecker()
  cache = new Map()
  for (const entry of entries) {
    const sf = program.getSourceFile(join(repo, entry.source))
    const module = sf === undefined ? undefined : checker.getSymbolAtLocation(sf)
    if (sf === undefined || module === undefined) {
      cache.set(entry.file, [])
      continue
    }
    const direct: Member[] = []
    const sections: Section[] = []
    for (const exported of checker.getExportsOfModule(module)) {
      const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported
      const file = target.declarations?.[0]
      if (target.flags & ts.SymbolFlags.ValueModule && file !== undefined && ts.isSourceFile(file)) {
        sections.push({
          name: exported.name,
          kind: "namespace",
          source: relative(repo, file.fileName),
          doc: fileComment(file),
          members: checker
            .getExportsOfModule(target)
            .map((m) => describe(checker, m.name, m))
            .sort((a, b) => a.name.localeCompare(b.name))
        })
      } else direct.push(describe(checker, exported.name, exported))
    }
    sections.sort((a, b) => a.name.localeCompare(b.name))
    if (direct.length > 0) {
      sections.unshift({
        name: "Exports",
        kind: "export",
        source: entry.source,
        doc: "",
        members: direct.sort((a, b) => a.name.localeCompare(b.name))
      })
    }
    cache.set(entry.file, sections)
  }
  return cache
}

/** The markdown of one entry's page. */
export const page = (entry: ApiEntry): string => {
  const sections = api().get(entry.file) ?? []
  const sf = ts.createSourceFile(entry.source, ts.sys.readFile(join(repo, entry.source)) ?? "", ts.ScriptTarget.ES2022)
  const lines = [
    `# \`${entry.name}\``,
    "",
    "Generated at docs build time from the sources' exports and doc comments (docs/.vitepress/api.ts); types are",
    `shortened. Source: \`${entry.source}\`.`,
    "",
    prose(fileComment(sf)),
    ""
  ]
  for (const s of sections) {
    lines.push(`## ${s.kind === "namespace" ? `\`${s.name}\`` : s.name}`, "")
    if (s.kind === "namespace") lines.push(`\`import { ${s.name} } from "${entry.name}"\` — \`${s.source}\``, "")
    if (s.doc !== "") lines.push(prose(s.doc), "")
    for (const m of s.members) {
      lines.push(
        `### \`${s.kind === "namespace" ? `${s.name}.` : ""}${m.name}\` <Badge type="info" text="${m.kind}" />`,
        ""
      )
      // Plain <pre>, not a highlighted fence: thousands of highlighted signatures make the page megabytes large.
      if (m.signature !== "") lines.push(`<pre class="api-signature"><code>${html(m.signature)}</code></pre>`, "")
      if (m.doc !== "") lines.push(prose(m.doc), "")
    }
  }
  return `<div v-pre>\n\n${lines.join("\n")}\n\n</div>\n`
}
