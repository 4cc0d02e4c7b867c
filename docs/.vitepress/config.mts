/**
 * The docs site (VitePress), Chinese first: the root locale is zh-CN, English
 * is under /en/. Pages come from docs/: the guides (docs/guides/ and
 * docs/en/guides/), the home pages, the playground, and the reference that
 * `pnpm docs:generate` writes from the code in both languages (rule catalogue,
 * coverage, machines, demo keys, rules changelog); the API pages are generated
 * at build time by TypeDoc (docs/.vitepress/typedoc.ts) under /en/api/. Build
 * it with `pnpm docs:build` (into docs/.vitepress/dist).
 *
 * Links that leave docs/ (to the code and tests in the repository) point at
 * the repository's source browser: `ZHENGWU_SOURCE_URL` (e.g.
 * `https://github.com/<owner>/zhengwu/tree/main`) or the root package.json's
 * `repository`; without either they are shown as repository paths, not links.
 * A ```mermaid block is drawn in the browser (the MachineDiagram component,
 * with its source shown until then); the `.mmd` and `.json` files beside each
 * machine page are copied into the site and linked from it.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, join, relative, resolve, sep } from "node:path"
import { fileURLToPath } from "node:url"
import { defineConfig, type MarkdownRenderer } from "vitepress"
import { entries as apiEntries, pages as apiPages, namespaces } from "./typedoc.ts"

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

const isDir = (p: string) => existsSync(p) && statSync(p).isDirectory()

/**
 * Where a relative link of a page points: inside docs/ it stays a page link;
 * outside, it is a repository path. A generated page one level down that links
 * `../packages/…` meaning the repository root is resolved to the repository path.
 */
const resolveLink = (
  page: string,
  href: string
): { kind: "docs" | "file"; href: string } | { kind: "repo"; path: string } => {
  const [path = "", hash = ""] = href.split(/(?=#)/u)
  const target = resolve(dirname(page), decodeURIComponent(path))
  const inDocs = target === docs || target.startsWith(docs + sep)
  // A file of the site that is not a page (a machine's .mmd or .json): an absolute link, opened by the browser.
  if (inDocs && existsSync(target) && !isDir(target) && !target.endsWith(".md"))
    return { kind: "file", href: `/${relative(docs, target).split(sep).join("/")}` }
  if (inDocs && (existsSync(target) || existsSync(`${target}.md`))) {
    // A folder without index.md (e.g. reference/machines/) goes to its list on the home page.
    if (isDir(target) && !existsSync(join(target, "index.md"))) {
      const rel = relative(docs, target).split(sep)
      const en = rel[0] === "en"
      return { kind: "docs", href: `${en ? "/en" : ""}/#${(en ? rel.slice(1) : rel).join("-")}` }
    }
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
      if (r.kind === "file") token.attrSet("target", "_self")
    }
    stack.push(false)
    return open ? open(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options)
  }
  md.renderer.rules.link_close = (tokens, idx, options, env: { repoLinks?: boolean[] }, self) => {
    if (env.repoLinks?.pop() === true) return "</span>"
    return close ? close(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options)
  }
}

/** A ```mermaid block becomes the MachineDiagram component, which draws it in the browser. */
const mermaidDiagrams = (md: MarkdownRenderer) => {
  const fence = md.renderer.rules.fence
  md.renderer.rules.fence = (tokens, idx, options, env, self) => {
    const token = tokens[idx]
    if (token?.info.trim() !== "mermaid") return fence ? fence(tokens, idx, options, env, self) : ""
    return `<MachineDiagram code="${encodeURIComponent(token.content)}" />\n`
  }
}

/**
 * Mermaid's own prebuilt ES modules, served as static files under /mermaid/ (copied into the site by buildEnd,
 * served from node_modules in dev) and imported by MachineDiagram at run time: the browser loads only the chunks a
 * state diagram needs, and the site build does not bundle mermaid.
 */
const mermaidDist = join(dirname(createRequire(import.meta.url).resolve("mermaid")), ".")
const mermaidFiles = () => [
  "mermaid.esm.min.mjs",
  ...readdirSync(join(mermaidDist, "chunks/mermaid.esm.min"))
    .filter((f) => f.endsWith(".mjs"))
    .map((f) => `chunks/mermaid.esm.min/${f}`)
]
const api = await apiPages()

type Lang = "zh" | "en"
const t = (lang: Lang, zh: string, en: string) => (lang === "zh" ? zh : en)
const prefix = (lang: Lang) => (lang === "zh" ? "" : "/en")

const guides: ReadonlyArray<readonly [file: string, zh: string, en: string]> = [
  ["embedding-plain", "不用 Effect 嵌入", "Embedding without Effect"],
  ["browser-validator", "浏览器表单校验", "A browser form validator"],
  ["effect-services", "组合 Effect 服务", "Composing the Effect services"],
  ["operating-the-server", "运维参考服务器", "Operating the reference server"],
  ["adding-a-regulation", "新增一项规定", "Adding a regulation"],
  ["cli", "命令行工具", "The command line"],
  ["impact", "规则修订的影响", "The impact of a rule change"]
]

const nav = (lang: Lang) => [
  { text: t(lang, "指南", "Guides"), link: `${prefix(lang)}/guides/embedding-plain` },
  { text: t(lang, "在线试用", "Playground"), link: `${prefix(lang)}/playground` },
  { text: t(lang, "规则", "Rules"), link: `${prefix(lang)}/reference/rules` },
  { text: t(lang, "覆盖情况", "Coverage"), link: `${prefix(lang)}/reference/coverage` },
  { text: t(lang, "状态机", "Machines"), link: `${prefix(lang)}/#reference-machines` },
  { text: "API", link: "/en/api/core" }
]

const sidebar = (lang: Lang) => [
  {
    text: t(lang, "指南", "Guides"),
    items: guides.map(([file, zh, en]) => ({ text: t(lang, zh, en), link: `${prefix(lang)}/guides/${file}` }))
  },
  { text: t(lang, "在线试用", "Playground"), link: `${prefix(lang)}/playground` },
  {
    text: t(lang, "参考（自动生成）", "Reference (generated)"),
    items: [
      { text: t(lang, "规则目录", "Rule catalogue"), link: `${prefix(lang)}/reference/rules` },
      { text: t(lang, "条款覆盖情况", "Coverage of the sources"), link: `${prefix(lang)}/reference/coverage` },
      { text: t(lang, "规则变更记录", "Rules changelog"), link: `${prefix(lang)}/reference/rules-changelog` },
      { text: t(lang, "演示密钥", "Demo keys"), link: `${prefix(lang)}/reference/demo-keys` },
      {
        text: t(lang, "状态机", "Machines"),
        collapsed: false,
        items: machines.map((m) => ({
          text: `${m.id} ${t(lang, m.title.zh, "")}`.trim(),
          link: `${prefix(lang)}/reference/machines/${m.file}`
        }))
      }
    ]
  },
  {
    text: t(lang, "API（英文，TypeDoc 生成）", "API (TypeDoc)"),
    collapsed: lang === "zh",
    items: apiEntries.map((e) => ({
      text: e.name,
      link: `/en/api/${e.file}`,
      collapsed: true,
      items: namespaces(api, e).map((n) => ({ text: n, link: `/en/api/${e.file}.${n}` }))
    }))
  },
  {
    text: t(lang, "项目", "Project"),
    items: [
      { text: t(lang, "设计说明", "Design notes"), link: `${prefix(lang)}/design` },
      { text: t(lang, "参与贡献", "Contributing"), link: `${prefix(lang)}/contributing` },
      { text: t(lang, "可靠性", "Reliability"), link: `${prefix(lang)}/reliability` },
      { text: t(lang, "性能基准（英文）", "Benchmarks"), link: "/benchmarks" }
    ]
  }
]

export default defineConfig({
  title: "Zhengwu 政务",
  cleanUrls: false,
  lastUpdated: false,
  // docs/README.md (and docs/en/README.md) are the design notes; the homes are index.md.
  rewrites: { "README.md": "design.md", "en/README.md": "en/design.md" },
  locales: {
    root: {
      label: "简体中文",
      lang: "zh-CN",
      description: "把上海市电子政务法规写成代码：每个决定都说明依据哪一条、哪些事实、为什么",
      themeConfig: {
        nav: nav("zh"),
        sidebar: sidebar("zh"),
        outline: { level: [2, 3], label: "本页目录" },
        docFooter: { prev: "上一页", next: "下一页" },
        darkModeSwitchLabel: "外观",
        sidebarMenuLabel: "菜单",
        returnToTopLabel: "回到顶部",
        langMenuLabel: "切换语言"
      }
    },
    en: {
      label: "English",
      lang: "en",
      link: "/en/",
      description: "Shanghai e-government regulations as code: a TypeScript SDK",
      themeConfig: { nav: nav("en"), sidebar: sidebar("en"), outline: { level: [2, 3] } }
    }
  },
  markdown: {
    config: (md) => {
      md.use(repositoryLinks)
      md.use(mermaidDiagrams)
    }
  },
  vite: {
    // The playground imports the core from its sources.
    server: { fs: { allow: [repo] } },
    plugins: [
      {
        name: "zhengwu-mermaid-static",
        configureServer: (server) => {
          server.middlewares.use("/mermaid/", (req, res, next) => {
            const file = join(mermaidDist, (req.url ?? "").split("?")[0] ?? "")
            if (!file.startsWith(mermaidDist) || !existsSync(file)) return next()
            res.setHeader("content-type", "text/javascript")
            res.end(readFileSync(file))
          })
        }
      }
    ]
  },
  buildEnd: (site) => {
    for (const f of mermaidFiles()) {
      mkdirSync(dirname(join(site.outDir, "mermaid", f)), { recursive: true })
      copyFileSync(join(mermaidDist, f), join(site.outDir, "mermaid", f))
    }
    const out = join(site.outDir, "reference/machines")
    mkdirSync(out, { recursive: true })
    for (const f of readdirSync(machinesDir).filter((x) => x.endsWith(".mmd") || x.endsWith(".json"))) {
      copyFileSync(join(machinesDir, f), join(out, f))
    }
  },
  themeConfig: {
    search: {
      provider: "local",
      options: {
        locales: {
          root: {
            translations: {
              button: { buttonText: "搜索", buttonAriaLabel: "搜索" },
              modal: {
                noResultsText: "没有结果",
                resetButtonTitle: "清除",
                footer: { selectText: "选择", navigateText: "切换", closeText: "关闭" }
              }
            }
          }
        }
      }
    }
  }
})
