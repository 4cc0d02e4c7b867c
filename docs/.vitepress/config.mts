/**
 * The docs site (VitePress). Pages come from docs/: the guides, the design
 * notes, and the reference that `pnpm docs:generate` writes from the code
 * (rule catalogue, coverage, machines); the API pages are generated at build
 * time from the packages' exports and doc comments (docs/api/). Build it with
 * `pnpm docs:build` (into docs/.vitepress/dist).
 *
 * Links that leave docs/ (to the code and tests in the repository) point at
 * the repository's source browser: `ZHENGWU_SOURCE_URL` (e.g.
 * `https://github.com/<owner>/zhengwu/tree/main`) or the root package.json's
 * `repository`; without either they are shown as repository paths, not links.
 * Mermaid diagrams are shown as Mermaid source (rendering them needs a plugin
 * the workspace does not install); the `.mmd` and `.json` files beside each
 * machine page are copied into the site and linked from it.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs"
import { dirname, join, relative, resolve, sep } from "node:path"
import { fileURLToPath } from "node:url"
import { defineConfig, type MarkdownRenderer } from "vitepress"
import { entries as apiEntries } from "./api.ts"

const docs = resolve(dirname(fileURLToPath(import.meta.url)), "..")
const repo = resolve(docs, "..")

const repositoryUrl = (): string | undefined => {
  if (process.env.ZHENGWU_SOURCE_URL) return process.env.ZHENGWU_SOURCE_URL.replace(/\/$/u, "")
  const pkg = JSON.parse(readFileSync(join(repo, "package.json"), "utf8")) as {
    repository?: string | { url?: string }
  }
  const url = typeof pkg.repository === "string" ? pkg.repository : pkg.repository?.url
  if (url === undefined) return undefined
  const web = url.replace(/^git\+/u, "").replace(/\.git$/u, "")
  return /github\.com|gitlab|gitea|codeberg/u.test(web) ? `${web}/tree/main` : web
}
const sourceUrl = repositoryUrl()

interface Machine {
  readonly id: string
  readonly title: { readonly zh: string; readonly en: string }
}
const machinesDir = join(docs, "reference/machines")
const machines = readdirSync(machinesDir)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => ({
    file: f.replace(/\.json$/u, ""),
    ...(JSON.parse(readFileSync(join(machinesDir, f), "utf8")) as Machine)
  }))

/** Other pages at the top of docs/ (design notes and the like), titled by their first heading. */
const projectPages = readdirSync(docs)
  .filter((f) => f.endsWith(".md") && !["index.md", "README.md", "contributing.md"].includes(f))
  .sort()
  .map((f) => ({
    text: /^# (.+)$/mu.exec(readFileSync(join(docs, f), "utf8"))?.[1] ?? f.replace(/\.md$/u, ""),
    link: `/${f.replace(/\.md$/u, "")}`
  }))

const isDir = (p: string) => existsSync(p) && statSync(p).isDirectory()

/**
 * Where a relative link of a page points: inside docs/ it stays a page link;
 * outside, it is a repository path. A generated page one level down that links
 * `../packages/…` meaning the repository root is resolved to the repository path.
 */
const resolveLink = (page: string, href: string): { kind: "docs"; href: string } | { kind: "repo"; path: string } => {
  const [path = "", hash = ""] = href.split(/(?=#)/u)
  const target = resolve(dirname(page), decodeURIComponent(path))
  const inDocs = target === docs || target.startsWith(docs + sep)
  if (inDocs && (existsSync(target) || existsSync(`${target}.md`))) {
    // A folder without index.md (e.g. reference/machines/) goes to its list on the home page.
    if (isDir(target) && !existsSync(join(target, "index.md")))
      return { kind: "docs", href: `/#${relative(docs, target).split(sep).join("-")}` }
    return { kind: "docs", href }
  }
  const outside = inDocs ? join(repo, relative(docs, target)) : target
  if (outside.startsWith(repo + sep) && existsSync(outside)) {
    return { kind: "repo", path: relative(repo, outside).split(sep).join("/") + (isDir(outside) ? "/" : "") + hash }
  }
  return { kind: "docs", href }
}

const repositoryLinks = (md: MarkdownRenderer) => {
  const open = md.renderer.rules.link_open
  const close = md.renderer.rules.link_close
  md.renderer.rules.link_open = (tokens, idx, options, env: { path?: string; repoLinks?: boolean[] }, self) => {
    const token = tokens[idx]
    const href = token?.attrGet("href")
    env.repoLinks ??= []
    const stack = env.repoLinks
    if (token !== undefined && href && env.path && !/^([a-z]+:|#|\/)/iu.test(href)) {
      const r = resolveLink(env.path, href)
      if (r.kind === "repo" && sourceUrl === undefined) {
        stack.push(true)
        return `<span class="repo-path" title="in the repository: ${md.utils.escapeHtml(r.path)}">`
      }
      token.attrSet("href", r.kind === "repo" ? `${sourceUrl}/${r.path}` : r.href)
    }
    stack.push(false)
    return open ? open(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options)
  }
  md.renderer.rules.link_close = (tokens, idx, options, env: { repoLinks?: boolean[] }, self) => {
    if (env.repoLinks?.pop() === true) return "</span>"
    return close ? close(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options)
  }
}

/** Under each machine page's diagram: links to its Mermaid and JSON files (copied into the site by buildEnd). */
const machineFiles = (md: MarkdownRenderer) => {
  const fence = md.renderer.rules.fence
  md.renderer.rules.fence = (tokens, idx, options, env: { path?: string }, self) => {
    const html = fence ? fence(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options)
    const token = tokens[idx]
    if (token?.info.trim() !== "mermaid" || env.path === undefined || dirname(env.path) !== machinesDir) return html
    const base = env.path.slice(machinesDir.length + 1).replace(/\.md$/u, "")
    return `${html}<p class="machine-files">Mermaid source above (paste it into any Mermaid renderer); files: <a href="./${base}.mmd" target="_self">${base}.mmd</a> · <a href="./${base}.json" target="_self">${base}.json</a></p>`
  }
}

export default defineConfig({
  title: "Zhengwu 政务",
  description: "Shanghai e-government regulations as code: a TypeScript SDK",
  lang: "en",
  cleanUrls: false,
  lastUpdated: false,
  // docs/README.md is the design notes page; the site's home is docs/index.md.
  rewrites: { "README.md": "design.md" },
  markdown: {
    config: (md) => {
      md.use(repositoryLinks)
      md.use(machineFiles)
    }
  },
  buildEnd: (site) => {
    const out = join(site.outDir, "reference/machines")
    mkdirSync(out, { recursive: true })
    for (const f of readdirSync(machinesDir).filter((x) => x.endsWith(".mmd") || x.endsWith(".json"))) {
      copyFileSync(join(machinesDir, f), join(out, f))
    }
  },
  themeConfig: {
    nav: [
      { text: "Guides", link: "/guides/embedding-plain" },
      { text: "Rules", link: "/reference/rules" },
      { text: "Coverage", link: "/reference/coverage" },
      { text: "Machines", link: "/#reference-machines" },
      { text: "API", link: "/api/core" }
    ],
    sidebar: [
      {
        text: "Guides",
        items: [
          { text: "Embedding without Effect", link: "/guides/embedding-plain" },
          { text: "A browser form validator", link: "/guides/browser-validator" },
          { text: "Composing the Effect services", link: "/guides/effect-services" },
          { text: "Operating the reference server", link: "/guides/operating-the-server" },
          { text: "Adding a regulation", link: "/guides/adding-a-regulation" },
          { text: "The command line", link: "/guides/cli" }
        ]
      },
      {
        text: "Reference (generated)",
        items: [
          { text: "Rule catalogue", link: "/reference/rules" },
          { text: "Coverage of the sources", link: "/reference/coverage" },
          { text: "Demo keys", link: "/reference/demo-keys" },
          {
            text: "Machines",
            collapsed: false,
            items: machines.map((m) => ({ text: m.id, link: `/reference/machines/${m.file}` }))
          }
        ]
      },
      {
        text: "API (generated)",
        items: apiEntries.map((e) => ({ text: e.name, link: `/api/${e.file}` }))
      },
      {
        text: "Project",
        items: [
          { text: "Design notes", link: "/design" },
          { text: "Contributing", link: "/contributing" },
          ...projectPages
        ]
      }
    ],
    search: { provider: "local" },
    outline: { level: [2, 3] }
  }
})
