// docs/.vitepress/config.mts
import { copyFileSync, existsSync as existsSync2, mkdirSync as mkdirSync2, readdirSync as readdirSync2, readFileSync as readFileSync2, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname as dirname2, join as join2, relative, resolve as resolve2, sep } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
import { defineConfig } from "file:///work/wt-storage/node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@24.10.1_change-case@5.4.4_lig_373dbca48dd7ea09eb2e49187e1dc904/node_modules/vitepress/dist/node/index.js";

// docs/.vitepress/typedoc.ts
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "file:///work/wt-storage/node_modules/.pnpm/typescript@6.0.3/node_modules/typescript/lib/typescript.js";
var __vite_injected_original_import_meta_url = "file:///work/wt-storage/docs/.vitepress/typedoc.ts";
var docs = resolve(dirname(fileURLToPath(__vite_injected_original_import_meta_url)), "..");
var repo = resolve(docs, "..");
var entries = [
  { file: "core", name: "@zhengwu/core", source: "packages/core/src/index.ts" },
  { file: "core-testing", name: "@zhengwu/core/testing", source: "packages/core/src/testing/index.ts" },
  { file: "core-fp-ts", name: "@zhengwu/core/fp-ts", source: "packages/core/src/fp-ts.ts" },
  { file: "adapters-http", name: "@zhengwu/adapters-http", source: "packages/adapters-http/src/index.ts" },
  { file: "adapters-postgres", name: "@zhengwu/adapters-postgres", source: "packages/adapters-postgres/src/index.ts" }
];
var fileComment = (text) => {
  const doc = (ts.getLeadingCommentRanges(text, 0) ?? []).map((r) => text.slice(r.pos, r.end)).find((c) => c.startsWith("/**"));
  if (doc === void 0) return "";
  return doc.replace(/^\/\*\*\s?/u, "").replace(/\*\/$/u, "").split("\n").map((l) => l.replace(/^\s*\* ?/u, "")).join("\n").trim();
};
var sourcesKey = () => {
  const h = createHash("sha256");
  for (const pkg of ["core", "adapters-http", "adapters-postgres"]) {
    const src = join(repo, "packages", pkg, "src");
    for (const f of readdirSync(src, { recursive: true, encoding: "utf8" }).sort()) {
      if (!f.endsWith(".ts")) continue;
      h.update(f);
      h.update(readFileSync(join(src, f)));
    }
  }
  h.update(readFileSync(fileURLToPath(__vite_injected_original_import_meta_url)));
  return h.digest("hex").slice(0, 16);
};
var slug = (name) => name.replace(/\.md$/u, "").replaceAll(".Namespace.", ".");
var run = async (out) => {
  const { Application, Comment, Converter, ReflectionKind } = await import("file:///work/wt-storage/node_modules/.pnpm/typedoc@0.28.20_typescript@6.0.3/node_modules/typedoc/dist/index.js");
  const tsconfig = join(out, "tsconfig.json");
  mkdirSync(out, { recursive: true });
  writeFileSync(
    tsconfig,
    JSON.stringify({
      extends: join(repo, "tsconfig.base.json"),
      compilerOptions: { types: ["node"], typeRoots: [join(repo, "node_modules/@types")] },
      files: entries.map((e) => join(repo, e.source))
    })
  );
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
  });
  const byPath = new Map(entries.map((e) => [join(repo, e.source), e.file]));
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    const declaration = context.getSymbolFromReflection(reflection)?.declarations?.[0];
    if (declaration === void 0 || !ts.isSourceFile(declaration)) return;
    const entry = byPath.get(declaration.fileName);
    if (reflection.kindOf(ReflectionKind.Module) && entry !== void 0) reflection.name = entry;
    else if (reflection.kindOf(ReflectionKind.Namespace)) {
      const text = fileComment(declaration.text);
      if (text === "") delete reflection.comment;
      else reflection.comment = new Comment([{ kind: "text", text }]);
    }
  });
  const project = await app.convert();
  if (project === void 0) throw new Error("typedoc: the API could not be converted");
  await app.generateOutputs(project);
};
var pages = async () => {
  const cache = join(docs, ".vitepress/cache/api", sourcesKey());
  if (!existsSync(join(cache, "done"))) {
    rmSync(join(docs, ".vitepress/cache/api"), { recursive: true, force: true });
    await run(cache);
    writeFileSync(join(cache, "done"), "");
  }
  const md = join(cache, "md");
  return readdirSync(md).filter((f) => f.endsWith(".md") && f !== "README.md").map((f) => {
    const page = slug(f);
    const entry = entries.find((e) => e.file === page);
    let content = readFileSync(join(md, f), "utf8").replace(/\]\(([\w.-]+)\.md(#[^)]*)?\)/gu, (_, target, hash = "") => `](./${slug(target)}${hash})`).replace(/\]\(README\.md\)/gu, "](./core)");
    if (entry !== void 0) {
      const source = readFileSync(join(repo, entry.source), "utf8");
      content = content.replace(
        /^# .*$/mu,
        `# \`${entry.name}\`

Generated at docs build time by TypeDoc from \`${entry.source}\`.

${fileComment(source)}`
      );
    } else content = content.replace(/^# (.*)$/mu, "# `$1`");
    return { page, content: `<div v-pre>

${content}

</div>
` };
  });
};
var namespaces = (all, entry) => all.map((p) => p.page).filter((p) => p.startsWith(`${entry.file}.`) && !p.slice(entry.file.length + 1).includes(".")).map((p) => p.slice(entry.file.length + 1)).sort();

// docs/.vitepress/config.mts
var __vite_injected_original_import_meta_url2 = "file:///work/wt-storage/docs/.vitepress/config.mts";
var docs2 = resolve2(dirname2(fileURLToPath2(__vite_injected_original_import_meta_url2)), "..");
var repo2 = resolve2(docs2, "..");
var repositoryUrl = () => {
  if (process.env.ZHENGWU_SOURCE_URL) return process.env.ZHENGWU_SOURCE_URL.replace(/\/$/u, "");
  const pkg = JSON.parse(readFileSync2(join2(repo2, "package.json"), "utf8"));
  const url = typeof pkg.repository === "string" ? pkg.repository : pkg.repository?.url;
  if (url === void 0) return void 0;
  const web = url.replace(/^git\+/u, "").replace(/\.git$/u, "");
  return /github\.com|gitlab|gitea|codeberg/u.test(web) ? `${web}/tree/main` : web;
};
var sourceUrl = repositoryUrl();
var machinesDir = join2(docs2, "reference/machines");
var machines = readdirSync2(machinesDir).filter((f) => f.endsWith(".json")).sort().map((f) => ({
  file: f.replace(/\.json$/u, ""),
  ...JSON.parse(readFileSync2(join2(machinesDir, f), "utf8"))
}));
var isDir = (p) => existsSync2(p) && statSync(p).isDirectory();
var resolveLink = (page, href) => {
  const [path = "", hash = ""] = href.split(/(?=#)/u);
  const target = resolve2(dirname2(page), decodeURIComponent(path));
  const inDocs = target === docs2 || target.startsWith(docs2 + sep);
  if (inDocs && existsSync2(target) && !isDir(target) && !target.endsWith(".md"))
    return { kind: "file", href: `/${relative(docs2, target).split(sep).join("/")}` };
  if (inDocs && (existsSync2(target) || existsSync2(`${target}.md`))) {
    if (isDir(target) && !existsSync2(join2(target, "index.md"))) {
      const rel = relative(docs2, target).split(sep);
      const en = rel[0] === "en";
      return { kind: "docs", href: `${en ? "/en" : ""}/#${(en ? rel.slice(1) : rel).join("-")}` };
    }
    return { kind: "docs", href };
  }
  const outside = inDocs ? join2(repo2, relative(docs2, target)) : target;
  if (outside.startsWith(repo2 + sep) && existsSync2(outside)) {
    return { kind: "repo", path: relative(repo2, outside).split(sep).join("/") + (isDir(outside) ? "/" : "") + hash };
  }
  return { kind: "docs", href };
};
var repositoryLinks = (md) => {
  const open = md.renderer.rules.link_open;
  const close = md.renderer.rules.link_close;
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    const href = token?.attrGet("href");
    env.repoLinks ??= [];
    const stack = env.repoLinks;
    if (token !== void 0 && href && env.path && !/^([a-z]+:|#|\/)/iu.test(href)) {
      const r = resolveLink(env.path, href);
      if (r.kind === "repo" && sourceUrl === void 0) {
        stack.push(true);
        return `<span class="repo-path" title="in the repository: ${md.utils.escapeHtml(r.path)}">`;
      }
      token.attrSet("href", r.kind === "repo" ? `${sourceUrl}/${r.path}` : r.href);
      if (r.kind === "file") token.attrSet("target", "_self");
    }
    stack.push(false);
    return open ? open(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options);
  };
  md.renderer.rules.link_close = (tokens, idx, options, env, self) => {
    if (env.repoLinks?.pop() === true) return "</span>";
    return close ? close(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options);
  };
};
var mermaidDiagrams = (md) => {
  const fence = md.renderer.rules.fence;
  md.renderer.rules.fence = (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    if (token?.info.trim() !== "mermaid") return fence ? fence(tokens, idx, options, env, self) : "";
    return `<MachineDiagram code="${encodeURIComponent(token.content)}" />
`;
  };
};
var mermaidDist = join2(dirname2(createRequire(__vite_injected_original_import_meta_url2).resolve("mermaid")), ".");
var mermaidFiles = () => [
  "mermaid.esm.min.mjs",
  ...readdirSync2(join2(mermaidDist, "chunks/mermaid.esm.min")).filter((f) => f.endsWith(".mjs")).map((f) => `chunks/mermaid.esm.min/${f}`)
];
var api = await pages();
var t = (lang, zh, en) => lang === "zh" ? zh : en;
var prefix = (lang) => lang === "zh" ? "" : "/en";
var guides = [
  ["embedding-plain", "\u4E0D\u7528 Effect \u5D4C\u5165", "Embedding without Effect"],
  ["browser-validator", "\u6D4F\u89C8\u5668\u8868\u5355\u6821\u9A8C", "A browser form validator"],
  ["effect-services", "\u7EC4\u5408 Effect \u670D\u52A1", "Composing the Effect services"],
  ["operating-the-server", "\u8FD0\u7EF4\u53C2\u8003\u670D\u52A1\u5668", "Operating the reference server"],
  ["adding-a-regulation", "\u65B0\u589E\u4E00\u9879\u89C4\u5B9A", "Adding a regulation"],
  ["cli", "\u547D\u4EE4\u884C\u5DE5\u5177", "The command line"]
];
var nav = (lang) => [
  { text: t(lang, "\u6307\u5357", "Guides"), link: `${prefix(lang)}/guides/embedding-plain` },
  { text: t(lang, "\u5728\u7EBF\u8BD5\u7528", "Playground"), link: `${prefix(lang)}/playground` },
  { text: t(lang, "\u89C4\u5219", "Rules"), link: `${prefix(lang)}/reference/rules` },
  { text: t(lang, "\u8986\u76D6\u60C5\u51B5", "Coverage"), link: `${prefix(lang)}/reference/coverage` },
  { text: t(lang, "\u72B6\u6001\u673A", "Machines"), link: `${prefix(lang)}/#reference-machines` },
  { text: "API", link: "/en/api/core" }
];
var sidebar = (lang) => [
  {
    text: t(lang, "\u6307\u5357", "Guides"),
    items: guides.map(([file, zh, en]) => ({ text: t(lang, zh, en), link: `${prefix(lang)}/guides/${file}` }))
  },
  { text: t(lang, "\u5728\u7EBF\u8BD5\u7528", "Playground"), link: `${prefix(lang)}/playground` },
  {
    text: t(lang, "\u53C2\u8003\uFF08\u81EA\u52A8\u751F\u6210\uFF09", "Reference (generated)"),
    items: [
      { text: t(lang, "\u89C4\u5219\u76EE\u5F55", "Rule catalogue"), link: `${prefix(lang)}/reference/rules` },
      { text: t(lang, "\u6761\u6B3E\u8986\u76D6\u60C5\u51B5", "Coverage of the sources"), link: `${prefix(lang)}/reference/coverage` },
      { text: t(lang, "\u89C4\u5219\u53D8\u66F4\u8BB0\u5F55", "Rules changelog"), link: `${prefix(lang)}/reference/rules-changelog` },
      { text: t(lang, "\u6F14\u793A\u5BC6\u94A5", "Demo keys"), link: `${prefix(lang)}/reference/demo-keys` },
      {
        text: t(lang, "\u72B6\u6001\u673A", "Machines"),
        collapsed: false,
        items: machines.map((m) => ({
          text: `${m.id} ${t(lang, m.title.zh, "")}`.trim(),
          link: `${prefix(lang)}/reference/machines/${m.file}`
        }))
      }
    ]
  },
  {
    text: t(lang, "API\uFF08\u82F1\u6587\uFF0CTypeDoc \u751F\u6210\uFF09", "API (TypeDoc)"),
    collapsed: lang === "zh",
    items: entries.map((e) => ({
      text: e.name,
      link: `/en/api/${e.file}`,
      collapsed: true,
      items: namespaces(api, e).map((n) => ({ text: n, link: `/en/api/${e.file}.${n}` }))
    }))
  },
  {
    text: t(lang, "\u9879\u76EE", "Project"),
    items: [
      { text: t(lang, "\u8BBE\u8BA1\u8BF4\u660E", "Design notes"), link: `${prefix(lang)}/design` },
      { text: t(lang, "\u53C2\u4E0E\u8D21\u732E", "Contributing"), link: `${prefix(lang)}/contributing` },
      { text: t(lang, "\u53EF\u9760\u6027\uFF08\u82F1\u6587\uFF09", "Reliability"), link: "/en/reliability" },
      { text: t(lang, "\u6027\u80FD\u57FA\u51C6\uFF08\u82F1\u6587\uFF09", "Benchmarks"), link: "/benchmarks" }
    ]
  }
];
var config_default = defineConfig({
  title: "Zhengwu \u653F\u52A1",
  cleanUrls: false,
  lastUpdated: false,
  // docs/README.md (and docs/en/README.md) are the design notes; the homes are index.md.
  rewrites: { "README.md": "design.md", "en/README.md": "en/design.md" },
  locales: {
    root: {
      label: "\u7B80\u4F53\u4E2D\u6587",
      lang: "zh-CN",
      description: "\u628A\u4E0A\u6D77\u5E02\u7535\u5B50\u653F\u52A1\u6CD5\u89C4\u5199\u6210\u4EE3\u7801\uFF1A\u6BCF\u4E2A\u51B3\u5B9A\u90FD\u8BF4\u660E\u4F9D\u636E\u54EA\u4E00\u6761\u3001\u54EA\u4E9B\u4E8B\u5B9E\u3001\u4E3A\u4EC0\u4E48",
      themeConfig: {
        nav: nav("zh"),
        sidebar: sidebar("zh"),
        outline: { level: [2, 3], label: "\u672C\u9875\u76EE\u5F55" },
        docFooter: { prev: "\u4E0A\u4E00\u9875", next: "\u4E0B\u4E00\u9875" },
        darkModeSwitchLabel: "\u5916\u89C2",
        sidebarMenuLabel: "\u83DC\u5355",
        returnToTopLabel: "\u56DE\u5230\u9876\u90E8",
        langMenuLabel: "\u5207\u6362\u8BED\u8A00"
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
      md.use(repositoryLinks);
      md.use(mermaidDiagrams);
    }
  },
  vite: {
    // The playground imports the core from its sources.
    server: { fs: { allow: [repo2] } },
    plugins: [
      {
        name: "zhengwu-mermaid-static",
        configureServer: (server) => {
          server.middlewares.use("/mermaid/", (req, res, next) => {
            const file = join2(mermaidDist, (req.url ?? "").split("?")[0] ?? "");
            if (!file.startsWith(mermaidDist) || !existsSync2(file)) return next();
            res.setHeader("content-type", "text/javascript");
            res.end(readFileSync2(file));
          });
        }
      }
    ]
  },
  buildEnd: (site) => {
    for (const f of mermaidFiles()) {
      mkdirSync2(dirname2(join2(site.outDir, "mermaid", f)), { recursive: true });
      copyFileSync(join2(mermaidDist, f), join2(site.outDir, "mermaid", f));
    }
    const out = join2(site.outDir, "reference/machines");
    mkdirSync2(out, { recursive: true });
    for (const f of readdirSync2(machinesDir).filter((x) => x.endsWith(".mmd") || x.endsWith(".json"))) {
      copyFileSync(join2(machinesDir, f), join2(out, f));
    }
  },
  themeConfig: {
    search: {
      provider: "local",
      options: {
        locales: {
          root: {
            translations: {
              button: { buttonText: "\u641C\u7D22", buttonAriaLabel: "\u641C\u7D22" },
              modal: {
                noResultsText: "\u6CA1\u6709\u7ED3\u679C",
                resetButtonTitle: "\u6E05\u9664",
                footer: { selectText: "\u9009\u62E9", navigateText: "\u5207\u6362", closeText: "\u5173\u95ED" }
              }
            }
          }
        }
      }
    }
  }
});
export {
  config_default as default
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiZG9jcy8udml0ZXByZXNzL2NvbmZpZy5tdHMiLCAiZG9jcy8udml0ZXByZXNzL3R5cGVkb2MudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay93dC1zdG9yYWdlL2RvY3MvLnZpdGVwcmVzc1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvd3Qtc3RvcmFnZS9kb2NzLy52aXRlcHJlc3MvY29uZmlnLm10c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay93dC1zdG9yYWdlL2RvY3MvLnZpdGVwcmVzcy9jb25maWcubXRzXCI7LyoqXG4gKiBUaGUgZG9jcyBzaXRlIChWaXRlUHJlc3MpLCBDaGluZXNlIGZpcnN0OiB0aGUgcm9vdCBsb2NhbGUgaXMgemgtQ04sIEVuZ2xpc2hcbiAqIGlzIHVuZGVyIC9lbi8uIFBhZ2VzIGNvbWUgZnJvbSBkb2NzLzogdGhlIGd1aWRlcyAoZG9jcy9ndWlkZXMvIGFuZFxuICogZG9jcy9lbi9ndWlkZXMvKSwgdGhlIGhvbWUgcGFnZXMsIHRoZSBwbGF5Z3JvdW5kLCBhbmQgdGhlIHJlZmVyZW5jZSB0aGF0XG4gKiBgcG5wbSBkb2NzOmdlbmVyYXRlYCB3cml0ZXMgZnJvbSB0aGUgY29kZSBpbiBib3RoIGxhbmd1YWdlcyAocnVsZSBjYXRhbG9ndWUsXG4gKiBjb3ZlcmFnZSwgbWFjaGluZXMsIGRlbW8ga2V5cywgcnVsZXMgY2hhbmdlbG9nKTsgdGhlIEFQSSBwYWdlcyBhcmUgZ2VuZXJhdGVkXG4gKiBhdCBidWlsZCB0aW1lIGJ5IFR5cGVEb2MgKGRvY3MvLnZpdGVwcmVzcy90eXBlZG9jLnRzKSB1bmRlciAvZW4vYXBpLy4gQnVpbGRcbiAqIGl0IHdpdGggYHBucG0gZG9jczpidWlsZGAgKGludG8gZG9jcy8udml0ZXByZXNzL2Rpc3QpLlxuICpcbiAqIExpbmtzIHRoYXQgbGVhdmUgZG9jcy8gKHRvIHRoZSBjb2RlIGFuZCB0ZXN0cyBpbiB0aGUgcmVwb3NpdG9yeSkgcG9pbnQgYXRcbiAqIHRoZSByZXBvc2l0b3J5J3Mgc291cmNlIGJyb3dzZXI6IGBaSEVOR1dVX1NPVVJDRV9VUkxgIChlLmcuXG4gKiBgaHR0cHM6Ly9naXRodWIuY29tLzxvd25lcj4vemhlbmd3dS90cmVlL21haW5gKSBvciB0aGUgcm9vdCBwYWNrYWdlLmpzb24nc1xuICogYHJlcG9zaXRvcnlgOyB3aXRob3V0IGVpdGhlciB0aGV5IGFyZSBzaG93biBhcyByZXBvc2l0b3J5IHBhdGhzLCBub3QgbGlua3MuXG4gKiBBIGBgYG1lcm1haWQgYmxvY2sgaXMgZHJhd24gaW4gdGhlIGJyb3dzZXIgKHRoZSBNYWNoaW5lRGlhZ3JhbSBjb21wb25lbnQsXG4gKiB3aXRoIGl0cyBzb3VyY2Ugc2hvd24gdW50aWwgdGhlbik7IHRoZSBgLm1tZGAgYW5kIGAuanNvbmAgZmlsZXMgYmVzaWRlIGVhY2hcbiAqIG1hY2hpbmUgcGFnZSBhcmUgY29waWVkIGludG8gdGhlIHNpdGUgYW5kIGxpbmtlZCBmcm9tIGl0LlxuICovXG5pbXBvcnQgeyBjb3B5RmlsZVN5bmMsIGV4aXN0c1N5bmMsIG1rZGlyU3luYywgcmVhZGRpclN5bmMsIHJlYWRGaWxlU3luYywgc3RhdFN5bmMgfSBmcm9tIFwibm9kZTpmc1wiXG5pbXBvcnQgeyBjcmVhdGVSZXF1aXJlIH0gZnJvbSBcIm5vZGU6bW9kdWxlXCJcbmltcG9ydCB7IGRpcm5hbWUsIGpvaW4sIHJlbGF0aXZlLCByZXNvbHZlLCBzZXAgfSBmcm9tIFwibm9kZTpwYXRoXCJcbmltcG9ydCB7IGZpbGVVUkxUb1BhdGggfSBmcm9tIFwibm9kZTp1cmxcIlxuaW1wb3J0IHsgZGVmaW5lQ29uZmlnLCB0eXBlIE1hcmtkb3duUmVuZGVyZXIgfSBmcm9tIFwidml0ZXByZXNzXCJcbmltcG9ydCB7IGVudHJpZXMgYXMgYXBpRW50cmllcywgcGFnZXMgYXMgYXBpUGFnZXMsIG5hbWVzcGFjZXMgfSBmcm9tIFwiLi90eXBlZG9jLnRzXCJcblxuY29uc3QgZG9jcyA9IHJlc29sdmUoZGlybmFtZShmaWxlVVJMVG9QYXRoKGltcG9ydC5tZXRhLnVybCkpLCBcIi4uXCIpXG5jb25zdCByZXBvID0gcmVzb2x2ZShkb2NzLCBcIi4uXCIpXG5cbmNvbnN0IHJlcG9zaXRvcnlVcmwgPSAoKTogc3RyaW5nIHwgdW5kZWZpbmVkID0+IHtcbiAgaWYgKHByb2Nlc3MuZW52LlpIRU5HV1VfU09VUkNFX1VSTCkgcmV0dXJuIHByb2Nlc3MuZW52LlpIRU5HV1VfU09VUkNFX1VSTC5yZXBsYWNlKC9cXC8kL3UsIFwiXCIpXG4gIGNvbnN0IHBrZyA9IEpTT04ucGFyc2UocmVhZEZpbGVTeW5jKGpvaW4ocmVwbywgXCJwYWNrYWdlLmpzb25cIiksIFwidXRmOFwiKSkgYXMge1xuICAgIHJlcG9zaXRvcnk/OiBzdHJpbmcgfCB7IHVybD86IHN0cmluZyB9XG4gIH1cbiAgY29uc3QgdXJsID0gdHlwZW9mIHBrZy5yZXBvc2l0b3J5ID09PSBcInN0cmluZ1wiID8gcGtnLnJlcG9zaXRvcnkgOiBwa2cucmVwb3NpdG9yeT8udXJsXG4gIGlmICh1cmwgPT09IHVuZGVmaW5lZCkgcmV0dXJuIHVuZGVmaW5lZFxuICBjb25zdCB3ZWIgPSB1cmwucmVwbGFjZSgvXmdpdFxcKy91LCBcIlwiKS5yZXBsYWNlKC9cXC5naXQkL3UsIFwiXCIpXG4gIHJldHVybiAvZ2l0aHViXFwuY29tfGdpdGxhYnxnaXRlYXxjb2RlYmVyZy91LnRlc3Qod2ViKSA/IGAke3dlYn0vdHJlZS9tYWluYCA6IHdlYlxufVxuY29uc3Qgc291cmNlVXJsID0gcmVwb3NpdG9yeVVybCgpXG5cbmludGVyZmFjZSBNYWNoaW5lIHtcbiAgcmVhZG9ubHkgaWQ6IHN0cmluZ1xuICByZWFkb25seSB0aXRsZTogeyByZWFkb25seSB6aDogc3RyaW5nOyByZWFkb25seSBlbjogc3RyaW5nIH1cbn1cbmNvbnN0IG1hY2hpbmVzRGlyID0gam9pbihkb2NzLCBcInJlZmVyZW5jZS9tYWNoaW5lc1wiKVxuY29uc3QgbWFjaGluZXMgPSByZWFkZGlyU3luYyhtYWNoaW5lc0RpcilcbiAgLmZpbHRlcigoZikgPT4gZi5lbmRzV2l0aChcIi5qc29uXCIpKVxuICAuc29ydCgpXG4gIC5tYXAoKGYpID0+ICh7XG4gICAgZmlsZTogZi5yZXBsYWNlKC9cXC5qc29uJC91LCBcIlwiKSxcbiAgICAuLi4oSlNPTi5wYXJzZShyZWFkRmlsZVN5bmMoam9pbihtYWNoaW5lc0RpciwgZiksIFwidXRmOFwiKSkgYXMgTWFjaGluZSlcbiAgfSkpXG5cbmNvbnN0IGlzRGlyID0gKHA6IHN0cmluZykgPT4gZXhpc3RzU3luYyhwKSAmJiBzdGF0U3luYyhwKS5pc0RpcmVjdG9yeSgpXG5cbi8qKlxuICogV2hlcmUgYSByZWxhdGl2ZSBsaW5rIG9mIGEgcGFnZSBwb2ludHM6IGluc2lkZSBkb2NzLyBpdCBzdGF5cyBhIHBhZ2UgbGluaztcbiAqIG91dHNpZGUsIGl0IGlzIGEgcmVwb3NpdG9yeSBwYXRoLiBBIGdlbmVyYXRlZCBwYWdlIG9uZSBsZXZlbCBkb3duIHRoYXQgbGlua3NcbiAqIGAuLi9wYWNrYWdlcy9cdTIwMjZgIG1lYW5pbmcgdGhlIHJlcG9zaXRvcnkgcm9vdCBpcyByZXNvbHZlZCB0byB0aGUgcmVwb3NpdG9yeSBwYXRoLlxuICovXG5jb25zdCByZXNvbHZlTGluayA9IChcbiAgcGFnZTogc3RyaW5nLFxuICBocmVmOiBzdHJpbmdcbik6IHsga2luZDogXCJkb2NzXCIgfCBcImZpbGVcIjsgaHJlZjogc3RyaW5nIH0gfCB7IGtpbmQ6IFwicmVwb1wiOyBwYXRoOiBzdHJpbmcgfSA9PiB7XG4gIGNvbnN0IFtwYXRoID0gXCJcIiwgaGFzaCA9IFwiXCJdID0gaHJlZi5zcGxpdCgvKD89IykvdSlcbiAgY29uc3QgdGFyZ2V0ID0gcmVzb2x2ZShkaXJuYW1lKHBhZ2UpLCBkZWNvZGVVUklDb21wb25lbnQocGF0aCkpXG4gIGNvbnN0IGluRG9jcyA9IHRhcmdldCA9PT0gZG9jcyB8fCB0YXJnZXQuc3RhcnRzV2l0aChkb2NzICsgc2VwKVxuICAvLyBBIGZpbGUgb2YgdGhlIHNpdGUgdGhhdCBpcyBub3QgYSBwYWdlIChhIG1hY2hpbmUncyAubW1kIG9yIC5qc29uKTogYW4gYWJzb2x1dGUgbGluaywgb3BlbmVkIGJ5IHRoZSBicm93c2VyLlxuICBpZiAoaW5Eb2NzICYmIGV4aXN0c1N5bmModGFyZ2V0KSAmJiAhaXNEaXIodGFyZ2V0KSAmJiAhdGFyZ2V0LmVuZHNXaXRoKFwiLm1kXCIpKVxuICAgIHJldHVybiB7IGtpbmQ6IFwiZmlsZVwiLCBocmVmOiBgLyR7cmVsYXRpdmUoZG9jcywgdGFyZ2V0KS5zcGxpdChzZXApLmpvaW4oXCIvXCIpfWAgfVxuICBpZiAoaW5Eb2NzICYmIChleGlzdHNTeW5jKHRhcmdldCkgfHwgZXhpc3RzU3luYyhgJHt0YXJnZXR9Lm1kYCkpKSB7XG4gICAgLy8gQSBmb2xkZXIgd2l0aG91dCBpbmRleC5tZCAoZS5nLiByZWZlcmVuY2UvbWFjaGluZXMvKSBnb2VzIHRvIGl0cyBsaXN0IG9uIHRoZSBob21lIHBhZ2UuXG4gICAgaWYgKGlzRGlyKHRhcmdldCkgJiYgIWV4aXN0c1N5bmMoam9pbih0YXJnZXQsIFwiaW5kZXgubWRcIikpKSB7XG4gICAgICBjb25zdCByZWwgPSByZWxhdGl2ZShkb2NzLCB0YXJnZXQpLnNwbGl0KHNlcClcbiAgICAgIGNvbnN0IGVuID0gcmVsWzBdID09PSBcImVuXCJcbiAgICAgIHJldHVybiB7IGtpbmQ6IFwiZG9jc1wiLCBocmVmOiBgJHtlbiA/IFwiL2VuXCIgOiBcIlwifS8jJHsoZW4gPyByZWwuc2xpY2UoMSkgOiByZWwpLmpvaW4oXCItXCIpfWAgfVxuICAgIH1cbiAgICByZXR1cm4geyBraW5kOiBcImRvY3NcIiwgaHJlZiB9XG4gIH1cbiAgY29uc3Qgb3V0c2lkZSA9IGluRG9jcyA/IGpvaW4ocmVwbywgcmVsYXRpdmUoZG9jcywgdGFyZ2V0KSkgOiB0YXJnZXRcbiAgaWYgKG91dHNpZGUuc3RhcnRzV2l0aChyZXBvICsgc2VwKSAmJiBleGlzdHNTeW5jKG91dHNpZGUpKSB7XG4gICAgcmV0dXJuIHsga2luZDogXCJyZXBvXCIsIHBhdGg6IHJlbGF0aXZlKHJlcG8sIG91dHNpZGUpLnNwbGl0KHNlcCkuam9pbihcIi9cIikgKyAoaXNEaXIob3V0c2lkZSkgPyBcIi9cIiA6IFwiXCIpICsgaGFzaCB9XG4gIH1cbiAgcmV0dXJuIHsga2luZDogXCJkb2NzXCIsIGhyZWYgfVxufVxuXG5jb25zdCByZXBvc2l0b3J5TGlua3MgPSAobWQ6IE1hcmtkb3duUmVuZGVyZXIpID0+IHtcbiAgY29uc3Qgb3BlbiA9IG1kLnJlbmRlcmVyLnJ1bGVzLmxpbmtfb3BlblxuICBjb25zdCBjbG9zZSA9IG1kLnJlbmRlcmVyLnJ1bGVzLmxpbmtfY2xvc2VcbiAgbWQucmVuZGVyZXIucnVsZXMubGlua19vcGVuID0gKHRva2VucywgaWR4LCBvcHRpb25zLCBlbnY6IHsgcGF0aD86IHN0cmluZzsgcmVwb0xpbmtzPzogYm9vbGVhbltdIH0sIHNlbGYpID0+IHtcbiAgICBjb25zdCB0b2tlbiA9IHRva2Vuc1tpZHhdXG4gICAgY29uc3QgaHJlZiA9IHRva2VuPy5hdHRyR2V0KFwiaHJlZlwiKVxuICAgIGVudi5yZXBvTGlua3MgPz89IFtdXG4gICAgY29uc3Qgc3RhY2sgPSBlbnYucmVwb0xpbmtzXG4gICAgaWYgKHRva2VuICE9PSB1bmRlZmluZWQgJiYgaHJlZiAmJiBlbnYucGF0aCAmJiAhL14oW2Etel0rOnwjfFxcLykvaXUudGVzdChocmVmKSkge1xuICAgICAgY29uc3QgciA9IHJlc29sdmVMaW5rKGVudi5wYXRoLCBocmVmKVxuICAgICAgaWYgKHIua2luZCA9PT0gXCJyZXBvXCIgJiYgc291cmNlVXJsID09PSB1bmRlZmluZWQpIHtcbiAgICAgICAgc3RhY2sucHVzaCh0cnVlKVxuICAgICAgICByZXR1cm4gYDxzcGFuIGNsYXNzPVwicmVwby1wYXRoXCIgdGl0bGU9XCJpbiB0aGUgcmVwb3NpdG9yeTogJHttZC51dGlscy5lc2NhcGVIdG1sKHIucGF0aCl9XCI+YFxuICAgICAgfVxuICAgICAgdG9rZW4uYXR0clNldChcImhyZWZcIiwgci5raW5kID09PSBcInJlcG9cIiA/IGAke3NvdXJjZVVybH0vJHtyLnBhdGh9YCA6IHIuaHJlZilcbiAgICAgIGlmIChyLmtpbmQgPT09IFwiZmlsZVwiKSB0b2tlbi5hdHRyU2V0KFwidGFyZ2V0XCIsIFwiX3NlbGZcIilcbiAgICB9XG4gICAgc3RhY2sucHVzaChmYWxzZSlcbiAgICByZXR1cm4gb3BlbiA/IG9wZW4odG9rZW5zLCBpZHgsIG9wdGlvbnMsIGVudiwgc2VsZikgOiBzZWxmLnJlbmRlclRva2VuKHRva2VucywgaWR4LCBvcHRpb25zKVxuICB9XG4gIG1kLnJlbmRlcmVyLnJ1bGVzLmxpbmtfY2xvc2UgPSAodG9rZW5zLCBpZHgsIG9wdGlvbnMsIGVudjogeyByZXBvTGlua3M/OiBib29sZWFuW10gfSwgc2VsZikgPT4ge1xuICAgIGlmIChlbnYucmVwb0xpbmtzPy5wb3AoKSA9PT0gdHJ1ZSkgcmV0dXJuIFwiPC9zcGFuPlwiXG4gICAgcmV0dXJuIGNsb3NlID8gY2xvc2UodG9rZW5zLCBpZHgsIG9wdGlvbnMsIGVudiwgc2VsZikgOiBzZWxmLnJlbmRlclRva2VuKHRva2VucywgaWR4LCBvcHRpb25zKVxuICB9XG59XG5cbi8qKiBBIGBgYG1lcm1haWQgYmxvY2sgYmVjb21lcyB0aGUgTWFjaGluZURpYWdyYW0gY29tcG9uZW50LCB3aGljaCBkcmF3cyBpdCBpbiB0aGUgYnJvd3Nlci4gKi9cbmNvbnN0IG1lcm1haWREaWFncmFtcyA9IChtZDogTWFya2Rvd25SZW5kZXJlcikgPT4ge1xuICBjb25zdCBmZW5jZSA9IG1kLnJlbmRlcmVyLnJ1bGVzLmZlbmNlXG4gIG1kLnJlbmRlcmVyLnJ1bGVzLmZlbmNlID0gKHRva2VucywgaWR4LCBvcHRpb25zLCBlbnYsIHNlbGYpID0+IHtcbiAgICBjb25zdCB0b2tlbiA9IHRva2Vuc1tpZHhdXG4gICAgaWYgKHRva2VuPy5pbmZvLnRyaW0oKSAhPT0gXCJtZXJtYWlkXCIpIHJldHVybiBmZW5jZSA/IGZlbmNlKHRva2VucywgaWR4LCBvcHRpb25zLCBlbnYsIHNlbGYpIDogXCJcIlxuICAgIHJldHVybiBgPE1hY2hpbmVEaWFncmFtIGNvZGU9XCIke2VuY29kZVVSSUNvbXBvbmVudCh0b2tlbi5jb250ZW50KX1cIiAvPlxcbmBcbiAgfVxufVxuXG4vKipcbiAqIE1lcm1haWQncyBvd24gcHJlYnVpbHQgRVMgbW9kdWxlcywgc2VydmVkIGFzIHN0YXRpYyBmaWxlcyB1bmRlciAvbWVybWFpZC8gKGNvcGllZCBpbnRvIHRoZSBzaXRlIGJ5IGJ1aWxkRW5kLFxuICogc2VydmVkIGZyb20gbm9kZV9tb2R1bGVzIGluIGRldikgYW5kIGltcG9ydGVkIGJ5IE1hY2hpbmVEaWFncmFtIGF0IHJ1biB0aW1lOiB0aGUgYnJvd3NlciBsb2FkcyBvbmx5IHRoZSBjaHVua3MgYVxuICogc3RhdGUgZGlhZ3JhbSBuZWVkcywgYW5kIHRoZSBzaXRlIGJ1aWxkIGRvZXMgbm90IGJ1bmRsZSBtZXJtYWlkLlxuICovXG5jb25zdCBtZXJtYWlkRGlzdCA9IGpvaW4oZGlybmFtZShjcmVhdGVSZXF1aXJlKGltcG9ydC5tZXRhLnVybCkucmVzb2x2ZShcIm1lcm1haWRcIikpLCBcIi5cIilcbmNvbnN0IG1lcm1haWRGaWxlcyA9ICgpID0+IFtcbiAgXCJtZXJtYWlkLmVzbS5taW4ubWpzXCIsXG4gIC4uLnJlYWRkaXJTeW5jKGpvaW4obWVybWFpZERpc3QsIFwiY2h1bmtzL21lcm1haWQuZXNtLm1pblwiKSlcbiAgICAuZmlsdGVyKChmKSA9PiBmLmVuZHNXaXRoKFwiLm1qc1wiKSlcbiAgICAubWFwKChmKSA9PiBgY2h1bmtzL21lcm1haWQuZXNtLm1pbi8ke2Z9YClcbl1cbmNvbnN0IGFwaSA9IGF3YWl0IGFwaVBhZ2VzKClcblxudHlwZSBMYW5nID0gXCJ6aFwiIHwgXCJlblwiXG5jb25zdCB0ID0gKGxhbmc6IExhbmcsIHpoOiBzdHJpbmcsIGVuOiBzdHJpbmcpID0+IChsYW5nID09PSBcInpoXCIgPyB6aCA6IGVuKVxuY29uc3QgcHJlZml4ID0gKGxhbmc6IExhbmcpID0+IChsYW5nID09PSBcInpoXCIgPyBcIlwiIDogXCIvZW5cIilcblxuY29uc3QgZ3VpZGVzOiBSZWFkb25seUFycmF5PHJlYWRvbmx5IFtmaWxlOiBzdHJpbmcsIHpoOiBzdHJpbmcsIGVuOiBzdHJpbmddPiA9IFtcbiAgW1wiZW1iZWRkaW5nLXBsYWluXCIsIFwiXHU0RTBEXHU3NTI4IEVmZmVjdCBcdTVENENcdTUxNjVcIiwgXCJFbWJlZGRpbmcgd2l0aG91dCBFZmZlY3RcIl0sXG4gIFtcImJyb3dzZXItdmFsaWRhdG9yXCIsIFwiXHU2RDRGXHU4OUM4XHU1NjY4XHU4ODY4XHU1MzU1XHU2ODIxXHU5QThDXCIsIFwiQSBicm93c2VyIGZvcm0gdmFsaWRhdG9yXCJdLFxuICBbXCJlZmZlY3Qtc2VydmljZXNcIiwgXCJcdTdFQzRcdTU0MDggRWZmZWN0IFx1NjcwRFx1NTJBMVwiLCBcIkNvbXBvc2luZyB0aGUgRWZmZWN0IHNlcnZpY2VzXCJdLFxuICBbXCJvcGVyYXRpbmctdGhlLXNlcnZlclwiLCBcIlx1OEZEMFx1N0VGNFx1NTNDMlx1ODAwM1x1NjcwRFx1NTJBMVx1NTY2OFwiLCBcIk9wZXJhdGluZyB0aGUgcmVmZXJlbmNlIHNlcnZlclwiXSxcbiAgW1wiYWRkaW5nLWEtcmVndWxhdGlvblwiLCBcIlx1NjVCMFx1NTg5RVx1NEUwMFx1OTg3OVx1ODlDNFx1NUI5QVwiLCBcIkFkZGluZyBhIHJlZ3VsYXRpb25cIl0sXG4gIFtcImNsaVwiLCBcIlx1NTQ3RFx1NEVFNFx1ODg0Q1x1NURFNVx1NTE3N1wiLCBcIlRoZSBjb21tYW5kIGxpbmVcIl1cbl1cblxuY29uc3QgbmF2ID0gKGxhbmc6IExhbmcpID0+IFtcbiAgeyB0ZXh0OiB0KGxhbmcsIFwiXHU2MzA3XHU1MzU3XCIsIFwiR3VpZGVzXCIpLCBsaW5rOiBgJHtwcmVmaXgobGFuZyl9L2d1aWRlcy9lbWJlZGRpbmctcGxhaW5gIH0sXG4gIHsgdGV4dDogdChsYW5nLCBcIlx1NTcyOFx1N0VCRlx1OEJENVx1NzUyOFwiLCBcIlBsYXlncm91bmRcIiksIGxpbms6IGAke3ByZWZpeChsYW5nKX0vcGxheWdyb3VuZGAgfSxcbiAgeyB0ZXh0OiB0KGxhbmcsIFwiXHU4OUM0XHU1MjE5XCIsIFwiUnVsZXNcIiksIGxpbms6IGAke3ByZWZpeChsYW5nKX0vcmVmZXJlbmNlL3J1bGVzYCB9LFxuICB7IHRleHQ6IHQobGFuZywgXCJcdTg5ODZcdTc2RDZcdTYwQzVcdTUxQjVcIiwgXCJDb3ZlcmFnZVwiKSwgbGluazogYCR7cHJlZml4KGxhbmcpfS9yZWZlcmVuY2UvY292ZXJhZ2VgIH0sXG4gIHsgdGV4dDogdChsYW5nLCBcIlx1NzJCNlx1NjAwMVx1NjczQVwiLCBcIk1hY2hpbmVzXCIpLCBsaW5rOiBgJHtwcmVmaXgobGFuZyl9LyNyZWZlcmVuY2UtbWFjaGluZXNgIH0sXG4gIHsgdGV4dDogXCJBUElcIiwgbGluazogXCIvZW4vYXBpL2NvcmVcIiB9XG5dXG5cbmNvbnN0IHNpZGViYXIgPSAobGFuZzogTGFuZykgPT4gW1xuICB7XG4gICAgdGV4dDogdChsYW5nLCBcIlx1NjMwN1x1NTM1N1wiLCBcIkd1aWRlc1wiKSxcbiAgICBpdGVtczogZ3VpZGVzLm1hcCgoW2ZpbGUsIHpoLCBlbl0pID0+ICh7IHRleHQ6IHQobGFuZywgemgsIGVuKSwgbGluazogYCR7cHJlZml4KGxhbmcpfS9ndWlkZXMvJHtmaWxlfWAgfSkpXG4gIH0sXG4gIHsgdGV4dDogdChsYW5nLCBcIlx1NTcyOFx1N0VCRlx1OEJENVx1NzUyOFwiLCBcIlBsYXlncm91bmRcIiksIGxpbms6IGAke3ByZWZpeChsYW5nKX0vcGxheWdyb3VuZGAgfSxcbiAge1xuICAgIHRleHQ6IHQobGFuZywgXCJcdTUzQzJcdTgwMDNcdUZGMDhcdTgxRUFcdTUyQThcdTc1MUZcdTYyMTBcdUZGMDlcIiwgXCJSZWZlcmVuY2UgKGdlbmVyYXRlZClcIiksXG4gICAgaXRlbXM6IFtcbiAgICAgIHsgdGV4dDogdChsYW5nLCBcIlx1ODlDNFx1NTIxOVx1NzZFRVx1NUY1NVwiLCBcIlJ1bGUgY2F0YWxvZ3VlXCIpLCBsaW5rOiBgJHtwcmVmaXgobGFuZyl9L3JlZmVyZW5jZS9ydWxlc2AgfSxcbiAgICAgIHsgdGV4dDogdChsYW5nLCBcIlx1Njc2MVx1NkIzRVx1ODk4Nlx1NzZENlx1NjBDNVx1NTFCNVwiLCBcIkNvdmVyYWdlIG9mIHRoZSBzb3VyY2VzXCIpLCBsaW5rOiBgJHtwcmVmaXgobGFuZyl9L3JlZmVyZW5jZS9jb3ZlcmFnZWAgfSxcbiAgICAgIHsgdGV4dDogdChsYW5nLCBcIlx1ODlDNFx1NTIxOVx1NTNEOFx1NjZGNFx1OEJCMFx1NUY1NVwiLCBcIlJ1bGVzIGNoYW5nZWxvZ1wiKSwgbGluazogYCR7cHJlZml4KGxhbmcpfS9yZWZlcmVuY2UvcnVsZXMtY2hhbmdlbG9nYCB9LFxuICAgICAgeyB0ZXh0OiB0KGxhbmcsIFwiXHU2RjE0XHU3OTNBXHU1QkM2XHU5NEE1XCIsIFwiRGVtbyBrZXlzXCIpLCBsaW5rOiBgJHtwcmVmaXgobGFuZyl9L3JlZmVyZW5jZS9kZW1vLWtleXNgIH0sXG4gICAgICB7XG4gICAgICAgIHRleHQ6IHQobGFuZywgXCJcdTcyQjZcdTYwMDFcdTY3M0FcIiwgXCJNYWNoaW5lc1wiKSxcbiAgICAgICAgY29sbGFwc2VkOiBmYWxzZSxcbiAgICAgICAgaXRlbXM6IG1hY2hpbmVzLm1hcCgobSkgPT4gKHtcbiAgICAgICAgICB0ZXh0OiBgJHttLmlkfSAke3QobGFuZywgbS50aXRsZS56aCwgXCJcIil9YC50cmltKCksXG4gICAgICAgICAgbGluazogYCR7cHJlZml4KGxhbmcpfS9yZWZlcmVuY2UvbWFjaGluZXMvJHttLmZpbGV9YFxuICAgICAgICB9KSlcbiAgICAgIH1cbiAgICBdXG4gIH0sXG4gIHtcbiAgICB0ZXh0OiB0KGxhbmcsIFwiQVBJXHVGRjA4XHU4MkYxXHU2NTg3XHVGRjBDVHlwZURvYyBcdTc1MUZcdTYyMTBcdUZGMDlcIiwgXCJBUEkgKFR5cGVEb2MpXCIpLFxuICAgIGNvbGxhcHNlZDogbGFuZyA9PT0gXCJ6aFwiLFxuICAgIGl0ZW1zOiBhcGlFbnRyaWVzLm1hcCgoZSkgPT4gKHtcbiAgICAgIHRleHQ6IGUubmFtZSxcbiAgICAgIGxpbms6IGAvZW4vYXBpLyR7ZS5maWxlfWAsXG4gICAgICBjb2xsYXBzZWQ6IHRydWUsXG4gICAgICBpdGVtczogbmFtZXNwYWNlcyhhcGksIGUpLm1hcCgobikgPT4gKHsgdGV4dDogbiwgbGluazogYC9lbi9hcGkvJHtlLmZpbGV9LiR7bn1gIH0pKVxuICAgIH0pKVxuICB9LFxuICB7XG4gICAgdGV4dDogdChsYW5nLCBcIlx1OTg3OVx1NzZFRVwiLCBcIlByb2plY3RcIiksXG4gICAgaXRlbXM6IFtcbiAgICAgIHsgdGV4dDogdChsYW5nLCBcIlx1OEJCRVx1OEJBMVx1OEJGNFx1NjYwRVwiLCBcIkRlc2lnbiBub3Rlc1wiKSwgbGluazogYCR7cHJlZml4KGxhbmcpfS9kZXNpZ25gIH0sXG4gICAgICB7IHRleHQ6IHQobGFuZywgXCJcdTUzQzJcdTRFMEVcdThEMjFcdTczMkVcIiwgXCJDb250cmlidXRpbmdcIiksIGxpbms6IGAke3ByZWZpeChsYW5nKX0vY29udHJpYnV0aW5nYCB9LFxuICAgICAgeyB0ZXh0OiB0KGxhbmcsIFwiXHU1M0VGXHU5NzYwXHU2MDI3XHVGRjA4XHU4MkYxXHU2NTg3XHVGRjA5XCIsIFwiUmVsaWFiaWxpdHlcIiksIGxpbms6IFwiL2VuL3JlbGlhYmlsaXR5XCIgfSxcbiAgICAgIHsgdGV4dDogdChsYW5nLCBcIlx1NjAyN1x1ODBGRFx1NTdGQVx1NTFDNlx1RkYwOFx1ODJGMVx1NjU4N1x1RkYwOVwiLCBcIkJlbmNobWFya3NcIiksIGxpbms6IFwiL2JlbmNobWFya3NcIiB9XG4gICAgXVxuICB9XG5dXG5cbmV4cG9ydCBkZWZhdWx0IGRlZmluZUNvbmZpZyh7XG4gIHRpdGxlOiBcIlpoZW5nd3UgXHU2NTNGXHU1MkExXCIsXG4gIGNsZWFuVXJsczogZmFsc2UsXG4gIGxhc3RVcGRhdGVkOiBmYWxzZSxcbiAgLy8gZG9jcy9SRUFETUUubWQgKGFuZCBkb2NzL2VuL1JFQURNRS5tZCkgYXJlIHRoZSBkZXNpZ24gbm90ZXM7IHRoZSBob21lcyBhcmUgaW5kZXgubWQuXG4gIHJld3JpdGVzOiB7IFwiUkVBRE1FLm1kXCI6IFwiZGVzaWduLm1kXCIsIFwiZW4vUkVBRE1FLm1kXCI6IFwiZW4vZGVzaWduLm1kXCIgfSxcbiAgbG9jYWxlczoge1xuICAgIHJvb3Q6IHtcbiAgICAgIGxhYmVsOiBcIlx1N0I4MFx1NEY1M1x1NEUyRFx1NjU4N1wiLFxuICAgICAgbGFuZzogXCJ6aC1DTlwiLFxuICAgICAgZGVzY3JpcHRpb246IFwiXHU2MjhBXHU0RTBBXHU2RDc3XHU1RTAyXHU3NTM1XHU1QjUwXHU2NTNGXHU1MkExXHU2Q0Q1XHU4OUM0XHU1MTk5XHU2MjEwXHU0RUUzXHU3ODAxXHVGRjFBXHU2QkNGXHU0RTJBXHU1MUIzXHU1QjlBXHU5MEZEXHU4QkY0XHU2NjBFXHU0RjlEXHU2MzZFXHU1NEVBXHU0RTAwXHU2NzYxXHUzMDAxXHU1NEVBXHU0RTlCXHU0RThCXHU1QjlFXHUzMDAxXHU0RTNBXHU0RUMwXHU0RTQ4XCIsXG4gICAgICB0aGVtZUNvbmZpZzoge1xuICAgICAgICBuYXY6IG5hdihcInpoXCIpLFxuICAgICAgICBzaWRlYmFyOiBzaWRlYmFyKFwiemhcIiksXG4gICAgICAgIG91dGxpbmU6IHsgbGV2ZWw6IFsyLCAzXSwgbGFiZWw6IFwiXHU2NzJDXHU5ODc1XHU3NkVFXHU1RjU1XCIgfSxcbiAgICAgICAgZG9jRm9vdGVyOiB7IHByZXY6IFwiXHU0RTBBXHU0RTAwXHU5ODc1XCIsIG5leHQ6IFwiXHU0RTBCXHU0RTAwXHU5ODc1XCIgfSxcbiAgICAgICAgZGFya01vZGVTd2l0Y2hMYWJlbDogXCJcdTU5MTZcdTg5QzJcIixcbiAgICAgICAgc2lkZWJhck1lbnVMYWJlbDogXCJcdTgzRENcdTUzNTVcIixcbiAgICAgICAgcmV0dXJuVG9Ub3BMYWJlbDogXCJcdTU2REVcdTUyMzBcdTk4NzZcdTkwRThcIixcbiAgICAgICAgbGFuZ01lbnVMYWJlbDogXCJcdTUyMDdcdTYzNjJcdThCRURcdThBMDBcIlxuICAgICAgfVxuICAgIH0sXG4gICAgZW46IHtcbiAgICAgIGxhYmVsOiBcIkVuZ2xpc2hcIixcbiAgICAgIGxhbmc6IFwiZW5cIixcbiAgICAgIGxpbms6IFwiL2VuL1wiLFxuICAgICAgZGVzY3JpcHRpb246IFwiU2hhbmdoYWkgZS1nb3Zlcm5tZW50IHJlZ3VsYXRpb25zIGFzIGNvZGU6IGEgVHlwZVNjcmlwdCBTREtcIixcbiAgICAgIHRoZW1lQ29uZmlnOiB7IG5hdjogbmF2KFwiZW5cIiksIHNpZGViYXI6IHNpZGViYXIoXCJlblwiKSwgb3V0bGluZTogeyBsZXZlbDogWzIsIDNdIH0gfVxuICAgIH1cbiAgfSxcbiAgbWFya2Rvd246IHtcbiAgICBjb25maWc6IChtZCkgPT4ge1xuICAgICAgbWQudXNlKHJlcG9zaXRvcnlMaW5rcylcbiAgICAgIG1kLnVzZShtZXJtYWlkRGlhZ3JhbXMpXG4gICAgfVxuICB9LFxuICB2aXRlOiB7XG4gICAgLy8gVGhlIHBsYXlncm91bmQgaW1wb3J0cyB0aGUgY29yZSBmcm9tIGl0cyBzb3VyY2VzLlxuICAgIHNlcnZlcjogeyBmczogeyBhbGxvdzogW3JlcG9dIH0gfSxcbiAgICBwbHVnaW5zOiBbXG4gICAgICB7XG4gICAgICAgIG5hbWU6IFwiemhlbmd3dS1tZXJtYWlkLXN0YXRpY1wiLFxuICAgICAgICBjb25maWd1cmVTZXJ2ZXI6IChzZXJ2ZXIpID0+IHtcbiAgICAgICAgICBzZXJ2ZXIubWlkZGxld2FyZXMudXNlKFwiL21lcm1haWQvXCIsIChyZXEsIHJlcywgbmV4dCkgPT4ge1xuICAgICAgICAgICAgY29uc3QgZmlsZSA9IGpvaW4obWVybWFpZERpc3QsIChyZXEudXJsID8/IFwiXCIpLnNwbGl0KFwiP1wiKVswXSA/PyBcIlwiKVxuICAgICAgICAgICAgaWYgKCFmaWxlLnN0YXJ0c1dpdGgobWVybWFpZERpc3QpIHx8ICFleGlzdHNTeW5jKGZpbGUpKSByZXR1cm4gbmV4dCgpXG4gICAgICAgICAgICByZXMuc2V0SGVhZGVyKFwiY29udGVudC10eXBlXCIsIFwidGV4dC9qYXZhc2NyaXB0XCIpXG4gICAgICAgICAgICByZXMuZW5kKHJlYWRGaWxlU3luYyhmaWxlKSlcbiAgICAgICAgICB9KVxuICAgICAgICB9XG4gICAgICB9XG4gICAgXVxuICB9LFxuICBidWlsZEVuZDogKHNpdGUpID0+IHtcbiAgICBmb3IgKGNvbnN0IGYgb2YgbWVybWFpZEZpbGVzKCkpIHtcbiAgICAgIG1rZGlyU3luYyhkaXJuYW1lKGpvaW4oc2l0ZS5vdXREaXIsIFwibWVybWFpZFwiLCBmKSksIHsgcmVjdXJzaXZlOiB0cnVlIH0pXG4gICAgICBjb3B5RmlsZVN5bmMoam9pbihtZXJtYWlkRGlzdCwgZiksIGpvaW4oc2l0ZS5vdXREaXIsIFwibWVybWFpZFwiLCBmKSlcbiAgICB9XG4gICAgY29uc3Qgb3V0ID0gam9pbihzaXRlLm91dERpciwgXCJyZWZlcmVuY2UvbWFjaGluZXNcIilcbiAgICBta2RpclN5bmMob3V0LCB7IHJlY3Vyc2l2ZTogdHJ1ZSB9KVxuICAgIGZvciAoY29uc3QgZiBvZiByZWFkZGlyU3luYyhtYWNoaW5lc0RpcikuZmlsdGVyKCh4KSA9PiB4LmVuZHNXaXRoKFwiLm1tZFwiKSB8fCB4LmVuZHNXaXRoKFwiLmpzb25cIikpKSB7XG4gICAgICBjb3B5RmlsZVN5bmMoam9pbihtYWNoaW5lc0RpciwgZiksIGpvaW4ob3V0LCBmKSlcbiAgICB9XG4gIH0sXG4gIHRoZW1lQ29uZmlnOiB7XG4gICAgc2VhcmNoOiB7XG4gICAgICBwcm92aWRlcjogXCJsb2NhbFwiLFxuICAgICAgb3B0aW9uczoge1xuICAgICAgICBsb2NhbGVzOiB7XG4gICAgICAgICAgcm9vdDoge1xuICAgICAgICAgICAgdHJhbnNsYXRpb25zOiB7XG4gICAgICAgICAgICAgIGJ1dHRvbjogeyBidXR0b25UZXh0OiBcIlx1NjQxQ1x1N0QyMlwiLCBidXR0b25BcmlhTGFiZWw6IFwiXHU2NDFDXHU3RDIyXCIgfSxcbiAgICAgICAgICAgICAgbW9kYWw6IHtcbiAgICAgICAgICAgICAgICBub1Jlc3VsdHNUZXh0OiBcIlx1NkNBMVx1NjcwOVx1N0VEM1x1Njc5Q1wiLFxuICAgICAgICAgICAgICAgIHJlc2V0QnV0dG9uVGl0bGU6IFwiXHU2RTA1XHU5NjY0XCIsXG4gICAgICAgICAgICAgICAgZm9vdGVyOiB7IHNlbGVjdFRleHQ6IFwiXHU5MDA5XHU2MkU5XCIsIG5hdmlnYXRlVGV4dDogXCJcdTUyMDdcdTYzNjJcIiwgY2xvc2VUZXh0OiBcIlx1NTE3M1x1OTVFRFwiIH1cbiAgICAgICAgICAgICAgfVxuICAgICAgICAgICAgfVxuICAgICAgICAgIH1cbiAgICAgICAgfVxuICAgICAgfVxuICAgIH1cbiAgfVxufSlcbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvd3Qtc3RvcmFnZS9kb2NzLy52aXRlcHJlc3NcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL3d0LXN0b3JhZ2UvZG9jcy8udml0ZXByZXNzL3R5cGVkb2MudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvd3Qtc3RvcmFnZS9kb2NzLy52aXRlcHJlc3MvdHlwZWRvYy50c1wiOy8qKlxuICogVGhlIEFQSSByZWZlcmVuY2UsIGdlbmVyYXRlZCBhdCBkb2NzIGJ1aWxkIHRpbWUgYnkgVHlwZURvYyB3aXRoXG4gKiB0eXBlZG9jLXBsdWdpbi1tYXJrZG93biBmcm9tIGVhY2ggcHVibGljIGVudHJ5IG9mIHRoZSBwYWNrYWdlcyAodGhlaXJcbiAqIGV4cG9ydHMgYW5kIGRvYyBjb21tZW50czsgbm90aGluZyBpcyB3cml0dGVuIHRvIHRoZSByZXBvc2l0b3J5KS4gT25lIHBhZ2VcbiAqIHBlciBlbnRyeSBhbmQgcGVyIG5hbWVzcGFjZSwgdW5kZXIgL2VuL2FwaS8gKHRoZSBkb2MgY29tbWVudHMgYXJlIEVuZ2xpc2gpLlxuICogQSBuYW1lc3BhY2UgKGBleHBvcnQgKiBhcyBTZWFscyBmcm9tIFwiLi9zZWFscy9pbmRleC50c1wiYCkgaXMgZGVzY3JpYmVkIGJ5XG4gKiBpdHMgZmlsZSdzIGxlYWRpbmcgY29tbWVudC4gVGhlIG91dHB1dCBpcyBjYWNoZWQgaW5cbiAqIGRvY3MvLnZpdGVwcmVzcy9jYWNoZS9hcGkvLCBrZXllZCBieSB0aGUgc291cmNlcycgY29udGVudCwgc28gdGhlIGNvbmZpZyBhbmRcbiAqIHRoZSBwYWdlIGxvYWRlciAoYW5kIGEgcmVidWlsZCB3aXRoIHVuY2hhbmdlZCBzb3VyY2VzKSBydW4gVHlwZURvYyBvbmNlLlxuICovXG5pbXBvcnQgeyBjcmVhdGVIYXNoIH0gZnJvbSBcIm5vZGU6Y3J5cHRvXCJcbmltcG9ydCB7IGV4aXN0c1N5bmMsIG1rZGlyU3luYywgcmVhZGRpclN5bmMsIHJlYWRGaWxlU3luYywgcm1TeW5jLCB3cml0ZUZpbGVTeW5jIH0gZnJvbSBcIm5vZGU6ZnNcIlxuaW1wb3J0IHsgZGlybmFtZSwgam9pbiwgcmVzb2x2ZSB9IGZyb20gXCJub2RlOnBhdGhcIlxuaW1wb3J0IHsgZmlsZVVSTFRvUGF0aCB9IGZyb20gXCJub2RlOnVybFwiXG5pbXBvcnQgdHMgZnJvbSBcInR5cGVzY3JpcHRcIlxuXG5jb25zdCBkb2NzID0gcmVzb2x2ZShkaXJuYW1lKGZpbGVVUkxUb1BhdGgoaW1wb3J0Lm1ldGEudXJsKSksIFwiLi5cIilcbmNvbnN0IHJlcG8gPSByZXNvbHZlKGRvY3MsIFwiLi5cIilcblxuZXhwb3J0IGludGVyZmFjZSBBcGlFbnRyeSB7XG4gIC8qKiBUaGUgcGFnZSBzbHVnOiAvZW4vYXBpLzxmaWxlPi4gKi9cbiAgcmVhZG9ubHkgZmlsZTogc3RyaW5nXG4gIC8qKiBUaGUgaW1wb3J0IHNwZWNpZmllci4gKi9cbiAgcmVhZG9ubHkgbmFtZTogc3RyaW5nXG4gIC8qKiBUaGUgZW50cnkncyBzb3VyY2UsIHJlbGF0aXZlIHRvIHRoZSByZXBvc2l0b3J5LiAqL1xuICByZWFkb25seSBzb3VyY2U6IHN0cmluZ1xufVxuXG5leHBvcnQgY29uc3QgZW50cmllczogUmVhZG9ubHlBcnJheTxBcGlFbnRyeT4gPSBbXG4gIHsgZmlsZTogXCJjb3JlXCIsIG5hbWU6IFwiQHpoZW5nd3UvY29yZVwiLCBzb3VyY2U6IFwicGFja2FnZXMvY29yZS9zcmMvaW5kZXgudHNcIiB9LFxuICB7IGZpbGU6IFwiY29yZS10ZXN0aW5nXCIsIG5hbWU6IFwiQHpoZW5nd3UvY29yZS90ZXN0aW5nXCIsIHNvdXJjZTogXCJwYWNrYWdlcy9jb3JlL3NyYy90ZXN0aW5nL2luZGV4LnRzXCIgfSxcbiAgeyBmaWxlOiBcImNvcmUtZnAtdHNcIiwgbmFtZTogXCJAemhlbmd3dS9jb3JlL2ZwLXRzXCIsIHNvdXJjZTogXCJwYWNrYWdlcy9jb3JlL3NyYy9mcC10cy50c1wiIH0sXG4gIHsgZmlsZTogXCJhZGFwdGVycy1odHRwXCIsIG5hbWU6IFwiQHpoZW5nd3UvYWRhcHRlcnMtaHR0cFwiLCBzb3VyY2U6IFwicGFja2FnZXMvYWRhcHRlcnMtaHR0cC9zcmMvaW5kZXgudHNcIiB9LFxuICB7IGZpbGU6IFwiYWRhcHRlcnMtcG9zdGdyZXNcIiwgbmFtZTogXCJAemhlbmd3dS9hZGFwdGVycy1wb3N0Z3Jlc1wiLCBzb3VyY2U6IFwicGFja2FnZXMvYWRhcHRlcnMtcG9zdGdyZXMvc3JjL2luZGV4LnRzXCIgfVxuXVxuXG4vKiogVGhlIGxlYWRpbmcgYC8qKiBcdTIwMjYgKlxcL2AgY29tbWVudCBvZiBhIHNvdXJjZSBmaWxlLCBhcyBwbGFpbiB0ZXh0LiAqL1xuY29uc3QgZmlsZUNvbW1lbnQgPSAodGV4dDogc3RyaW5nKTogc3RyaW5nID0+IHtcbiAgY29uc3QgZG9jID0gKHRzLmdldExlYWRpbmdDb21tZW50UmFuZ2VzKHRleHQsIDApID8/IFtdKVxuICAgIC5tYXAoKHIpID0+IHRleHQuc2xpY2Uoci5wb3MsIHIuZW5kKSlcbiAgICAuZmluZCgoYykgPT4gYy5zdGFydHNXaXRoKFwiLyoqXCIpKVxuICBpZiAoZG9jID09PSB1bmRlZmluZWQpIHJldHVybiBcIlwiXG4gIHJldHVybiBkb2NcbiAgICAucmVwbGFjZSgvXlxcL1xcKlxcKlxccz8vdSwgXCJcIilcbiAgICAucmVwbGFjZSgvXFwqXFwvJC91LCBcIlwiKVxuICAgIC5zcGxpdChcIlxcblwiKVxuICAgIC5tYXAoKGwpID0+IGwucmVwbGFjZSgvXlxccypcXCogPy91LCBcIlwiKSlcbiAgICAuam9pbihcIlxcblwiKVxuICAgIC50cmltKClcbn1cblxuY29uc3Qgc291cmNlc0tleSA9ICgpOiBzdHJpbmcgPT4ge1xuICBjb25zdCBoID0gY3JlYXRlSGFzaChcInNoYTI1NlwiKVxuICBmb3IgKGNvbnN0IHBrZyBvZiBbXCJjb3JlXCIsIFwiYWRhcHRlcnMtaHR0cFwiLCBcImFkYXB0ZXJzLXBvc3RncmVzXCJdKSB7XG4gICAgY29uc3Qgc3JjID0gam9pbihyZXBvLCBcInBhY2thZ2VzXCIsIHBrZywgXCJzcmNcIilcbiAgICBmb3IgKGNvbnN0IGYgb2YgcmVhZGRpclN5bmMoc3JjLCB7IHJlY3Vyc2l2ZTogdHJ1ZSwgZW5jb2Rpbmc6IFwidXRmOFwiIH0pLnNvcnQoKSkge1xuICAgICAgaWYgKCFmLmVuZHNXaXRoKFwiLnRzXCIpKSBjb250aW51ZVxuICAgICAgaC51cGRhdGUoZilcbiAgICAgIGgudXBkYXRlKHJlYWRGaWxlU3luYyhqb2luKHNyYywgZikpKVxuICAgIH1cbiAgfVxuICBoLnVwZGF0ZShyZWFkRmlsZVN5bmMoZmlsZVVSTFRvUGF0aChpbXBvcnQubWV0YS51cmwpKSlcbiAgcmV0dXJuIGguZGlnZXN0KFwiaGV4XCIpLnNsaWNlKDAsIDE2KVxufVxuXG4vKiogVHlwZURvYydzIHBhZ2UgbmFtZXMgKGBjb3JlLk5hbWVzcGFjZS5WYWxpZGF0b3JgKSBhcyB0aGUgc2l0ZSBuYW1lcyB0aGVtIChgY29yZS5WYWxpZGF0b3JgKS4gKi9cbmNvbnN0IHNsdWcgPSAobmFtZTogc3RyaW5nKSA9PiBuYW1lLnJlcGxhY2UoL1xcLm1kJC91LCBcIlwiKS5yZXBsYWNlQWxsKFwiLk5hbWVzcGFjZS5cIiwgXCIuXCIpXG5cbmNvbnN0IHJ1biA9IGFzeW5jIChvdXQ6IHN0cmluZyk6IFByb21pc2U8dm9pZD4gPT4ge1xuICBjb25zdCB7IEFwcGxpY2F0aW9uLCBDb21tZW50LCBDb252ZXJ0ZXIsIFJlZmxlY3Rpb25LaW5kIH0gPSBhd2FpdCBpbXBvcnQoXCJ0eXBlZG9jXCIpXG4gIGNvbnN0IHRzY29uZmlnID0gam9pbihvdXQsIFwidHNjb25maWcuanNvblwiKVxuICBta2RpclN5bmMob3V0LCB7IHJlY3Vyc2l2ZTogdHJ1ZSB9KVxuICB3cml0ZUZpbGVTeW5jKFxuICAgIHRzY29uZmlnLFxuICAgIEpTT04uc3RyaW5naWZ5KHtcbiAgICAgIGV4dGVuZHM6IGpvaW4ocmVwbywgXCJ0c2NvbmZpZy5iYXNlLmpzb25cIiksXG4gICAgICBjb21waWxlck9wdGlvbnM6IHsgdHlwZXM6IFtcIm5vZGVcIl0sIHR5cGVSb290czogW2pvaW4ocmVwbywgXCJub2RlX21vZHVsZXMvQHR5cGVzXCIpXSB9LFxuICAgICAgZmlsZXM6IGVudHJpZXMubWFwKChlKSA9PiBqb2luKHJlcG8sIGUuc291cmNlKSlcbiAgICB9KVxuICApXG4gIGNvbnN0IGFwcCA9IGF3YWl0IEFwcGxpY2F0aW9uLmJvb3RzdHJhcFdpdGhQbHVnaW5zKHtcbiAgICBlbnRyeVBvaW50czogZW50cmllcy5tYXAoKGUpID0+IGpvaW4ocmVwbywgZS5zb3VyY2UpKSxcbiAgICB0c2NvbmZpZyxcbiAgICBwbHVnaW46IFtcInR5cGVkb2MtcGx1Z2luLW1hcmtkb3duXCJdLFxuICAgIG91dDogam9pbihvdXQsIFwibWRcIiksXG4gICAgcmVhZG1lOiBcIm5vbmVcIixcbiAgICBsb2dMZXZlbDogXCJFcnJvclwiLFxuICAgIHNraXBFcnJvckNoZWNraW5nOiB0cnVlLFxuICAgIGV4Y2x1ZGVFeHRlcm5hbHM6IHRydWUsXG4gICAgZXhjbHVkZVByaXZhdGU6IHRydWUsXG4gICAgZXhjbHVkZUludGVybmFsOiB0cnVlLFxuICAgIGRpc2FibGVTb3VyY2VzOiB0cnVlLFxuICAgIG91dHB1dEZpbGVTdHJhdGVneTogXCJtb2R1bGVzXCIsXG4gICAgZmxhdHRlbk91dHB1dEZpbGVzOiB0cnVlLFxuICAgIGhpZGVQYWdlSGVhZGVyOiB0cnVlLFxuICAgIGhpZGVCcmVhZGNydW1iczogdHJ1ZSxcbiAgICBwYXJhbWV0ZXJzRm9ybWF0OiBcInRhYmxlXCIsXG4gICAgaW50ZXJmYWNlUHJvcGVydGllc0Zvcm1hdDogXCJ0YWJsZVwiLFxuICAgIGNsYXNzUHJvcGVydGllc0Zvcm1hdDogXCJ0YWJsZVwiLFxuICAgIHR5cGVEZWNsYXJhdGlvbkZvcm1hdDogXCJ0YWJsZVwiLFxuICAgIHByb3BlcnR5TWVtYmVyc0Zvcm1hdDogXCJ0YWJsZVwiLFxuICAgIGluZGV4Rm9ybWF0OiBcInRhYmxlXCJcbiAgfSBhcyBuZXZlcilcbiAgY29uc3QgYnlQYXRoID0gbmV3IE1hcChlbnRyaWVzLm1hcCgoZSkgPT4gW2pvaW4ocmVwbywgZS5zb3VyY2UpLCBlLmZpbGVdKSlcbiAgYXBwLmNvbnZlcnRlci5vbihDb252ZXJ0ZXIuRVZFTlRfQ1JFQVRFX0RFQ0xBUkFUSU9OLCAoY29udGV4dCwgcmVmbGVjdGlvbikgPT4ge1xuICAgIGNvbnN0IGRlY2xhcmF0aW9uID0gY29udGV4dC5nZXRTeW1ib2xGcm9tUmVmbGVjdGlvbihyZWZsZWN0aW9uKT8uZGVjbGFyYXRpb25zPy5bMF1cbiAgICBpZiAoZGVjbGFyYXRpb24gPT09IHVuZGVmaW5lZCB8fCAhdHMuaXNTb3VyY2VGaWxlKGRlY2xhcmF0aW9uKSkgcmV0dXJuXG4gICAgY29uc3QgZW50cnkgPSBieVBhdGguZ2V0KGRlY2xhcmF0aW9uLmZpbGVOYW1lKVxuICAgIGlmIChyZWZsZWN0aW9uLmtpbmRPZihSZWZsZWN0aW9uS2luZC5Nb2R1bGUpICYmIGVudHJ5ICE9PSB1bmRlZmluZWQpIHJlZmxlY3Rpb24ubmFtZSA9IGVudHJ5XG4gICAgZWxzZSBpZiAocmVmbGVjdGlvbi5raW5kT2YoUmVmbGVjdGlvbktpbmQuTmFtZXNwYWNlKSkge1xuICAgICAgY29uc3QgdGV4dCA9IGZpbGVDb21tZW50KGRlY2xhcmF0aW9uLnRleHQpXG4gICAgICBpZiAodGV4dCA9PT0gXCJcIikgZGVsZXRlIHJlZmxlY3Rpb24uY29tbWVudFxuICAgICAgZWxzZSByZWZsZWN0aW9uLmNvbW1lbnQgPSBuZXcgQ29tbWVudChbeyBraW5kOiBcInRleHRcIiwgdGV4dCB9XSlcbiAgICB9XG4gIH0pXG4gIGNvbnN0IHByb2plY3QgPSBhd2FpdCBhcHAuY29udmVydCgpXG4gIGlmIChwcm9qZWN0ID09PSB1bmRlZmluZWQpIHRocm93IG5ldyBFcnJvcihcInR5cGVkb2M6IHRoZSBBUEkgY291bGQgbm90IGJlIGNvbnZlcnRlZFwiKVxuICBhd2FpdCBhcHAuZ2VuZXJhdGVPdXRwdXRzKHByb2plY3QpXG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgQXBpUGFnZSB7XG4gIHJlYWRvbmx5IHBhZ2U6IHN0cmluZ1xuICByZWFkb25seSBjb250ZW50OiBzdHJpbmdcbn1cblxuLyoqIEV2ZXJ5IEFQSSBwYWdlIChtYXJrZG93biBmb3IgVml0ZVByZXNzKSwgVHlwZURvYyBydW4gb25jZSBwZXIgY2hhbmdlIG9mIHRoZSBzb3VyY2VzLiAqL1xuZXhwb3J0IGNvbnN0IHBhZ2VzID0gYXN5bmMgKCk6IFByb21pc2U8UmVhZG9ubHlBcnJheTxBcGlQYWdlPj4gPT4ge1xuICBjb25zdCBjYWNoZSA9IGpvaW4oZG9jcywgXCIudml0ZXByZXNzL2NhY2hlL2FwaVwiLCBzb3VyY2VzS2V5KCkpXG4gIGlmICghZXhpc3RzU3luYyhqb2luKGNhY2hlLCBcImRvbmVcIikpKSB7XG4gICAgcm1TeW5jKGpvaW4oZG9jcywgXCIudml0ZXByZXNzL2NhY2hlL2FwaVwiKSwgeyByZWN1cnNpdmU6IHRydWUsIGZvcmNlOiB0cnVlIH0pXG4gICAgYXdhaXQgcnVuKGNhY2hlKVxuICAgIHdyaXRlRmlsZVN5bmMoam9pbihjYWNoZSwgXCJkb25lXCIpLCBcIlwiKVxuICB9XG4gIGNvbnN0IG1kID0gam9pbihjYWNoZSwgXCJtZFwiKVxuICByZXR1cm4gcmVhZGRpclN5bmMobWQpXG4gICAgLmZpbHRlcigoZikgPT4gZi5lbmRzV2l0aChcIi5tZFwiKSAmJiBmICE9PSBcIlJFQURNRS5tZFwiKVxuICAgIC5tYXAoKGYpID0+IHtcbiAgICAgIGNvbnN0IHBhZ2UgPSBzbHVnKGYpXG4gICAgICBjb25zdCBlbnRyeSA9IGVudHJpZXMuZmluZCgoZSkgPT4gZS5maWxlID09PSBwYWdlKVxuICAgICAgbGV0IGNvbnRlbnQgPSByZWFkRmlsZVN5bmMoam9pbihtZCwgZiksIFwidXRmOFwiKVxuICAgICAgICAucmVwbGFjZSgvXFxdXFwoKFtcXHcuLV0rKVxcLm1kKCNbXildKik/XFwpL2d1LCAoXywgdGFyZ2V0OiBzdHJpbmcsIGhhc2ggPSBcIlwiKSA9PiBgXSguLyR7c2x1Zyh0YXJnZXQpfSR7aGFzaH0pYClcbiAgICAgICAgLnJlcGxhY2UoL1xcXVxcKFJFQURNRVxcLm1kXFwpL2d1LCBcIl0oLi9jb3JlKVwiKVxuICAgICAgaWYgKGVudHJ5ICE9PSB1bmRlZmluZWQpIHtcbiAgICAgICAgY29uc3Qgc291cmNlID0gcmVhZEZpbGVTeW5jKGpvaW4ocmVwbywgZW50cnkuc291cmNlKSwgXCJ1dGY4XCIpXG4gICAgICAgIGNvbnRlbnQgPSBjb250ZW50LnJlcGxhY2UoXG4gICAgICAgICAgL14jIC4qJC9tdSxcbiAgICAgICAgICBgIyBcXGAke2VudHJ5Lm5hbWV9XFxgXFxuXFxuR2VuZXJhdGVkIGF0IGRvY3MgYnVpbGQgdGltZSBieSBUeXBlRG9jIGZyb20gXFxgJHtlbnRyeS5zb3VyY2V9XFxgLlxcblxcbiR7ZmlsZUNvbW1lbnQoc291cmNlKX1gXG4gICAgICAgIClcbiAgICAgIH0gZWxzZSBjb250ZW50ID0gY29udGVudC5yZXBsYWNlKC9eIyAoLiopJC9tdSwgXCIjIGAkMWBcIilcbiAgICAgIC8vIFZ1ZSB3b3VsZCByZWFkIGB7e2AgaW4gdGhlIHNpZ25hdHVyZXMgYXMgaW50ZXJwb2xhdGlvbi5cbiAgICAgIHJldHVybiB7IHBhZ2UsIGNvbnRlbnQ6IGA8ZGl2IHYtcHJlPlxcblxcbiR7Y29udGVudH1cXG5cXG48L2Rpdj5cXG5gIH1cbiAgICB9KVxufVxuXG4vKiogVGhlIG5hbWVzcGFjZXMgb2YgYW4gZW50cnksIGZvciB0aGUgc2lkZWJhci4gKi9cbmV4cG9ydCBjb25zdCBuYW1lc3BhY2VzID0gKGFsbDogUmVhZG9ubHlBcnJheTxBcGlQYWdlPiwgZW50cnk6IEFwaUVudHJ5KTogUmVhZG9ubHlBcnJheTxzdHJpbmc+ID0+XG4gIGFsbFxuICAgIC5tYXAoKHApID0+IHAucGFnZSlcbiAgICAuZmlsdGVyKChwKSA9PiBwLnN0YXJ0c1dpdGgoYCR7ZW50cnkuZmlsZX0uYCkgJiYgIXAuc2xpY2UoZW50cnkuZmlsZS5sZW5ndGggKyAxKS5pbmNsdWRlcyhcIi5cIikpXG4gICAgLm1hcCgocCkgPT4gcC5zbGljZShlbnRyeS5maWxlLmxlbmd0aCArIDEpKVxuICAgIC5zb3J0KClcbiJdLAogICJtYXBwaW5ncyI6ICI7QUFpQkEsU0FBUyxjQUFjLGNBQUFBLGFBQVksYUFBQUMsWUFBVyxlQUFBQyxjQUFhLGdCQUFBQyxlQUFjLGdCQUFnQjtBQUN6RixTQUFTLHFCQUFxQjtBQUM5QixTQUFTLFdBQUFDLFVBQVMsUUFBQUMsT0FBTSxVQUFVLFdBQUFDLFVBQVMsV0FBVztBQUN0RCxTQUFTLGlCQUFBQyxzQkFBcUI7QUFDOUIsU0FBUyxvQkFBMkM7OztBQ1hwRCxTQUFTLGtCQUFrQjtBQUMzQixTQUFTLFlBQVksV0FBVyxhQUFhLGNBQWMsUUFBUSxxQkFBcUI7QUFDeEYsU0FBUyxTQUFTLE1BQU0sZUFBZTtBQUN2QyxTQUFTLHFCQUFxQjtBQUM5QixPQUFPLFFBQVE7QUFkcUosSUFBTSwyQ0FBMkM7QUFnQnJOLElBQU0sT0FBTyxRQUFRLFFBQVEsY0FBYyx3Q0FBZSxDQUFDLEdBQUcsSUFBSTtBQUNsRSxJQUFNLE9BQU8sUUFBUSxNQUFNLElBQUk7QUFXeEIsSUFBTSxVQUFtQztBQUFBLEVBQzlDLEVBQUUsTUFBTSxRQUFRLE1BQU0saUJBQWlCLFFBQVEsNkJBQTZCO0FBQUEsRUFDNUUsRUFBRSxNQUFNLGdCQUFnQixNQUFNLHlCQUF5QixRQUFRLHFDQUFxQztBQUFBLEVBQ3BHLEVBQUUsTUFBTSxjQUFjLE1BQU0sdUJBQXVCLFFBQVEsNkJBQTZCO0FBQUEsRUFDeEYsRUFBRSxNQUFNLGlCQUFpQixNQUFNLDBCQUEwQixRQUFRLHNDQUFzQztBQUFBLEVBQ3ZHLEVBQUUsTUFBTSxxQkFBcUIsTUFBTSw4QkFBOEIsUUFBUSwwQ0FBMEM7QUFDckg7QUFHQSxJQUFNLGNBQWMsQ0FBQyxTQUF5QjtBQUM1QyxRQUFNLE9BQU8sR0FBRyx3QkFBd0IsTUFBTSxDQUFDLEtBQUssQ0FBQyxHQUNsRCxJQUFJLENBQUMsTUFBTSxLQUFLLE1BQU0sRUFBRSxLQUFLLEVBQUUsR0FBRyxDQUFDLEVBQ25DLEtBQUssQ0FBQyxNQUFNLEVBQUUsV0FBVyxLQUFLLENBQUM7QUFDbEMsTUFBSSxRQUFRLE9BQVcsUUFBTztBQUM5QixTQUFPLElBQ0osUUFBUSxlQUFlLEVBQUUsRUFDekIsUUFBUSxVQUFVLEVBQUUsRUFDcEIsTUFBTSxJQUFJLEVBQ1YsSUFBSSxDQUFDLE1BQU0sRUFBRSxRQUFRLGFBQWEsRUFBRSxDQUFDLEVBQ3JDLEtBQUssSUFBSSxFQUNULEtBQUs7QUFDVjtBQUVBLElBQU0sYUFBYSxNQUFjO0FBQy9CLFFBQU0sSUFBSSxXQUFXLFFBQVE7QUFDN0IsYUFBVyxPQUFPLENBQUMsUUFBUSxpQkFBaUIsbUJBQW1CLEdBQUc7QUFDaEUsVUFBTSxNQUFNLEtBQUssTUFBTSxZQUFZLEtBQUssS0FBSztBQUM3QyxlQUFXLEtBQUssWUFBWSxLQUFLLEVBQUUsV0FBVyxNQUFNLFVBQVUsT0FBTyxDQUFDLEVBQUUsS0FBSyxHQUFHO0FBQzlFLFVBQUksQ0FBQyxFQUFFLFNBQVMsS0FBSyxFQUFHO0FBQ3hCLFFBQUUsT0FBTyxDQUFDO0FBQ1YsUUFBRSxPQUFPLGFBQWEsS0FBSyxLQUFLLENBQUMsQ0FBQyxDQUFDO0FBQUEsSUFDckM7QUFBQSxFQUNGO0FBQ0EsSUFBRSxPQUFPLGFBQWEsY0FBYyx3Q0FBZSxDQUFDLENBQUM7QUFDckQsU0FBTyxFQUFFLE9BQU8sS0FBSyxFQUFFLE1BQU0sR0FBRyxFQUFFO0FBQ3BDO0FBR0EsSUFBTSxPQUFPLENBQUMsU0FBaUIsS0FBSyxRQUFRLFVBQVUsRUFBRSxFQUFFLFdBQVcsZUFBZSxHQUFHO0FBRXZGLElBQU0sTUFBTSxPQUFPLFFBQStCO0FBQ2hELFFBQU0sRUFBRSxhQUFhLFNBQVMsV0FBVyxlQUFlLElBQUksTUFBTSxPQUFPLGdIQUFTO0FBQ2xGLFFBQU0sV0FBVyxLQUFLLEtBQUssZUFBZTtBQUMxQyxZQUFVLEtBQUssRUFBRSxXQUFXLEtBQUssQ0FBQztBQUNsQztBQUFBLElBQ0U7QUFBQSxJQUNBLEtBQUssVUFBVTtBQUFBLE1BQ2IsU0FBUyxLQUFLLE1BQU0sb0JBQW9CO0FBQUEsTUFDeEMsaUJBQWlCLEVBQUUsT0FBTyxDQUFDLE1BQU0sR0FBRyxXQUFXLENBQUMsS0FBSyxNQUFNLHFCQUFxQixDQUFDLEVBQUU7QUFBQSxNQUNuRixPQUFPLFFBQVEsSUFBSSxDQUFDLE1BQU0sS0FBSyxNQUFNLEVBQUUsTUFBTSxDQUFDO0FBQUEsSUFDaEQsQ0FBQztBQUFBLEVBQ0g7QUFDQSxRQUFNLE1BQU0sTUFBTSxZQUFZLHFCQUFxQjtBQUFBLElBQ2pELGFBQWEsUUFBUSxJQUFJLENBQUMsTUFBTSxLQUFLLE1BQU0sRUFBRSxNQUFNLENBQUM7QUFBQSxJQUNwRDtBQUFBLElBQ0EsUUFBUSxDQUFDLHlCQUF5QjtBQUFBLElBQ2xDLEtBQUssS0FBSyxLQUFLLElBQUk7QUFBQSxJQUNuQixRQUFRO0FBQUEsSUFDUixVQUFVO0FBQUEsSUFDVixtQkFBbUI7QUFBQSxJQUNuQixrQkFBa0I7QUFBQSxJQUNsQixnQkFBZ0I7QUFBQSxJQUNoQixpQkFBaUI7QUFBQSxJQUNqQixnQkFBZ0I7QUFBQSxJQUNoQixvQkFBb0I7QUFBQSxJQUNwQixvQkFBb0I7QUFBQSxJQUNwQixnQkFBZ0I7QUFBQSxJQUNoQixpQkFBaUI7QUFBQSxJQUNqQixrQkFBa0I7QUFBQSxJQUNsQiwyQkFBMkI7QUFBQSxJQUMzQix1QkFBdUI7QUFBQSxJQUN2Qix1QkFBdUI7QUFBQSxJQUN2Qix1QkFBdUI7QUFBQSxJQUN2QixhQUFhO0FBQUEsRUFDZixDQUFVO0FBQ1YsUUFBTSxTQUFTLElBQUksSUFBSSxRQUFRLElBQUksQ0FBQyxNQUFNLENBQUMsS0FBSyxNQUFNLEVBQUUsTUFBTSxHQUFHLEVBQUUsSUFBSSxDQUFDLENBQUM7QUFDekUsTUFBSSxVQUFVLEdBQUcsVUFBVSwwQkFBMEIsQ0FBQyxTQUFTLGVBQWU7QUFDNUUsVUFBTSxjQUFjLFFBQVEsd0JBQXdCLFVBQVUsR0FBRyxlQUFlLENBQUM7QUFDakYsUUFBSSxnQkFBZ0IsVUFBYSxDQUFDLEdBQUcsYUFBYSxXQUFXLEVBQUc7QUFDaEUsVUFBTSxRQUFRLE9BQU8sSUFBSSxZQUFZLFFBQVE7QUFDN0MsUUFBSSxXQUFXLE9BQU8sZUFBZSxNQUFNLEtBQUssVUFBVSxPQUFXLFlBQVcsT0FBTztBQUFBLGFBQzlFLFdBQVcsT0FBTyxlQUFlLFNBQVMsR0FBRztBQUNwRCxZQUFNLE9BQU8sWUFBWSxZQUFZLElBQUk7QUFDekMsVUFBSSxTQUFTLEdBQUksUUFBTyxXQUFXO0FBQUEsVUFDOUIsWUFBVyxVQUFVLElBQUksUUFBUSxDQUFDLEVBQUUsTUFBTSxRQUFRLEtBQUssQ0FBQyxDQUFDO0FBQUEsSUFDaEU7QUFBQSxFQUNGLENBQUM7QUFDRCxRQUFNLFVBQVUsTUFBTSxJQUFJLFFBQVE7QUFDbEMsTUFBSSxZQUFZLE9BQVcsT0FBTSxJQUFJLE1BQU0seUNBQXlDO0FBQ3BGLFFBQU0sSUFBSSxnQkFBZ0IsT0FBTztBQUNuQztBQVFPLElBQU0sUUFBUSxZQUE2QztBQUNoRSxRQUFNLFFBQVEsS0FBSyxNQUFNLHdCQUF3QixXQUFXLENBQUM7QUFDN0QsTUFBSSxDQUFDLFdBQVcsS0FBSyxPQUFPLE1BQU0sQ0FBQyxHQUFHO0FBQ3BDLFdBQU8sS0FBSyxNQUFNLHNCQUFzQixHQUFHLEVBQUUsV0FBVyxNQUFNLE9BQU8sS0FBSyxDQUFDO0FBQzNFLFVBQU0sSUFBSSxLQUFLO0FBQ2Ysa0JBQWMsS0FBSyxPQUFPLE1BQU0sR0FBRyxFQUFFO0FBQUEsRUFDdkM7QUFDQSxRQUFNLEtBQUssS0FBSyxPQUFPLElBQUk7QUFDM0IsU0FBTyxZQUFZLEVBQUUsRUFDbEIsT0FBTyxDQUFDLE1BQU0sRUFBRSxTQUFTLEtBQUssS0FBSyxNQUFNLFdBQVcsRUFDcEQsSUFBSSxDQUFDLE1BQU07QUFDVixVQUFNLE9BQU8sS0FBSyxDQUFDO0FBQ25CLFVBQU0sUUFBUSxRQUFRLEtBQUssQ0FBQyxNQUFNLEVBQUUsU0FBUyxJQUFJO0FBQ2pELFFBQUksVUFBVSxhQUFhLEtBQUssSUFBSSxDQUFDLEdBQUcsTUFBTSxFQUMzQyxRQUFRLGtDQUFrQyxDQUFDLEdBQUcsUUFBZ0IsT0FBTyxPQUFPLE9BQU8sS0FBSyxNQUFNLENBQUMsR0FBRyxJQUFJLEdBQUcsRUFDekcsUUFBUSxzQkFBc0IsV0FBVztBQUM1QyxRQUFJLFVBQVUsUUFBVztBQUN2QixZQUFNLFNBQVMsYUFBYSxLQUFLLE1BQU0sTUFBTSxNQUFNLEdBQUcsTUFBTTtBQUM1RCxnQkFBVSxRQUFRO0FBQUEsUUFDaEI7QUFBQSxRQUNBLE9BQU8sTUFBTSxJQUFJO0FBQUE7QUFBQSxpREFBd0QsTUFBTSxNQUFNO0FBQUE7QUFBQSxFQUFVLFlBQVksTUFBTSxDQUFDO0FBQUEsTUFDcEg7QUFBQSxJQUNGLE1BQU8sV0FBVSxRQUFRLFFBQVEsY0FBYyxRQUFRO0FBRXZELFdBQU8sRUFBRSxNQUFNLFNBQVM7QUFBQTtBQUFBLEVBQWtCLE9BQU87QUFBQTtBQUFBO0FBQUEsRUFBZTtBQUFBLEVBQ2xFLENBQUM7QUFDTDtBQUdPLElBQU0sYUFBYSxDQUFDLEtBQTZCLFVBQ3RELElBQ0csSUFBSSxDQUFDLE1BQU0sRUFBRSxJQUFJLEVBQ2pCLE9BQU8sQ0FBQyxNQUFNLEVBQUUsV0FBVyxHQUFHLE1BQU0sSUFBSSxHQUFHLEtBQUssQ0FBQyxFQUFFLE1BQU0sTUFBTSxLQUFLLFNBQVMsQ0FBQyxFQUFFLFNBQVMsR0FBRyxDQUFDLEVBQzdGLElBQUksQ0FBQyxNQUFNLEVBQUUsTUFBTSxNQUFNLEtBQUssU0FBUyxDQUFDLENBQUMsRUFDekMsS0FBSzs7O0FEaEswSixJQUFNQyw0Q0FBMkM7QUF3QnJOLElBQU1DLFFBQU9DLFNBQVFDLFNBQVFDLGVBQWNKLHlDQUFlLENBQUMsR0FBRyxJQUFJO0FBQ2xFLElBQU1LLFFBQU9ILFNBQVFELE9BQU0sSUFBSTtBQUUvQixJQUFNLGdCQUFnQixNQUEwQjtBQUM5QyxNQUFJLFFBQVEsSUFBSSxtQkFBb0IsUUFBTyxRQUFRLElBQUksbUJBQW1CLFFBQVEsUUFBUSxFQUFFO0FBQzVGLFFBQU0sTUFBTSxLQUFLLE1BQU1LLGNBQWFDLE1BQUtGLE9BQU0sY0FBYyxHQUFHLE1BQU0sQ0FBQztBQUd2RSxRQUFNLE1BQU0sT0FBTyxJQUFJLGVBQWUsV0FBVyxJQUFJLGFBQWEsSUFBSSxZQUFZO0FBQ2xGLE1BQUksUUFBUSxPQUFXLFFBQU87QUFDOUIsUUFBTSxNQUFNLElBQUksUUFBUSxXQUFXLEVBQUUsRUFBRSxRQUFRLFdBQVcsRUFBRTtBQUM1RCxTQUFPLHFDQUFxQyxLQUFLLEdBQUcsSUFBSSxHQUFHLEdBQUcsZUFBZTtBQUMvRTtBQUNBLElBQU0sWUFBWSxjQUFjO0FBTWhDLElBQU0sY0FBY0UsTUFBS04sT0FBTSxvQkFBb0I7QUFDbkQsSUFBTSxXQUFXTyxhQUFZLFdBQVcsRUFDckMsT0FBTyxDQUFDLE1BQU0sRUFBRSxTQUFTLE9BQU8sQ0FBQyxFQUNqQyxLQUFLLEVBQ0wsSUFBSSxDQUFDLE9BQU87QUFBQSxFQUNYLE1BQU0sRUFBRSxRQUFRLFlBQVksRUFBRTtBQUFBLEVBQzlCLEdBQUksS0FBSyxNQUFNRixjQUFhQyxNQUFLLGFBQWEsQ0FBQyxHQUFHLE1BQU0sQ0FBQztBQUMzRCxFQUFFO0FBRUosSUFBTSxRQUFRLENBQUMsTUFBY0UsWUFBVyxDQUFDLEtBQUssU0FBUyxDQUFDLEVBQUUsWUFBWTtBQU90RSxJQUFNLGNBQWMsQ0FDbEIsTUFDQSxTQUM2RTtBQUM3RSxRQUFNLENBQUMsT0FBTyxJQUFJLE9BQU8sRUFBRSxJQUFJLEtBQUssTUFBTSxRQUFRO0FBQ2xELFFBQU0sU0FBU1AsU0FBUUMsU0FBUSxJQUFJLEdBQUcsbUJBQW1CLElBQUksQ0FBQztBQUM5RCxRQUFNLFNBQVMsV0FBV0YsU0FBUSxPQUFPLFdBQVdBLFFBQU8sR0FBRztBQUU5RCxNQUFJLFVBQVVRLFlBQVcsTUFBTSxLQUFLLENBQUMsTUFBTSxNQUFNLEtBQUssQ0FBQyxPQUFPLFNBQVMsS0FBSztBQUMxRSxXQUFPLEVBQUUsTUFBTSxRQUFRLE1BQU0sSUFBSSxTQUFTUixPQUFNLE1BQU0sRUFBRSxNQUFNLEdBQUcsRUFBRSxLQUFLLEdBQUcsQ0FBQyxHQUFHO0FBQ2pGLE1BQUksV0FBV1EsWUFBVyxNQUFNLEtBQUtBLFlBQVcsR0FBRyxNQUFNLEtBQUssSUFBSTtBQUVoRSxRQUFJLE1BQU0sTUFBTSxLQUFLLENBQUNBLFlBQVdGLE1BQUssUUFBUSxVQUFVLENBQUMsR0FBRztBQUMxRCxZQUFNLE1BQU0sU0FBU04sT0FBTSxNQUFNLEVBQUUsTUFBTSxHQUFHO0FBQzVDLFlBQU0sS0FBSyxJQUFJLENBQUMsTUFBTTtBQUN0QixhQUFPLEVBQUUsTUFBTSxRQUFRLE1BQU0sR0FBRyxLQUFLLFFBQVEsRUFBRSxNQUFNLEtBQUssSUFBSSxNQUFNLENBQUMsSUFBSSxLQUFLLEtBQUssR0FBRyxDQUFDLEdBQUc7QUFBQSxJQUM1RjtBQUNBLFdBQU8sRUFBRSxNQUFNLFFBQVEsS0FBSztBQUFBLEVBQzlCO0FBQ0EsUUFBTSxVQUFVLFNBQVNNLE1BQUtGLE9BQU0sU0FBU0osT0FBTSxNQUFNLENBQUMsSUFBSTtBQUM5RCxNQUFJLFFBQVEsV0FBV0ksUUFBTyxHQUFHLEtBQUtJLFlBQVcsT0FBTyxHQUFHO0FBQ3pELFdBQU8sRUFBRSxNQUFNLFFBQVEsTUFBTSxTQUFTSixPQUFNLE9BQU8sRUFBRSxNQUFNLEdBQUcsRUFBRSxLQUFLLEdBQUcsS0FBSyxNQUFNLE9BQU8sSUFBSSxNQUFNLE1BQU0sS0FBSztBQUFBLEVBQ2pIO0FBQ0EsU0FBTyxFQUFFLE1BQU0sUUFBUSxLQUFLO0FBQzlCO0FBRUEsSUFBTSxrQkFBa0IsQ0FBQyxPQUF5QjtBQUNoRCxRQUFNLE9BQU8sR0FBRyxTQUFTLE1BQU07QUFDL0IsUUFBTSxRQUFRLEdBQUcsU0FBUyxNQUFNO0FBQ2hDLEtBQUcsU0FBUyxNQUFNLFlBQVksQ0FBQyxRQUFRLEtBQUssU0FBUyxLQUErQyxTQUFTO0FBQzNHLFVBQU0sUUFBUSxPQUFPLEdBQUc7QUFDeEIsVUFBTSxPQUFPLE9BQU8sUUFBUSxNQUFNO0FBQ2xDLFFBQUksY0FBYyxDQUFDO0FBQ25CLFVBQU0sUUFBUSxJQUFJO0FBQ2xCLFFBQUksVUFBVSxVQUFhLFFBQVEsSUFBSSxRQUFRLENBQUMsb0JBQW9CLEtBQUssSUFBSSxHQUFHO0FBQzlFLFlBQU0sSUFBSSxZQUFZLElBQUksTUFBTSxJQUFJO0FBQ3BDLFVBQUksRUFBRSxTQUFTLFVBQVUsY0FBYyxRQUFXO0FBQ2hELGNBQU0sS0FBSyxJQUFJO0FBQ2YsZUFBTyxxREFBcUQsR0FBRyxNQUFNLFdBQVcsRUFBRSxJQUFJLENBQUM7QUFBQSxNQUN6RjtBQUNBLFlBQU0sUUFBUSxRQUFRLEVBQUUsU0FBUyxTQUFTLEdBQUcsU0FBUyxJQUFJLEVBQUUsSUFBSSxLQUFLLEVBQUUsSUFBSTtBQUMzRSxVQUFJLEVBQUUsU0FBUyxPQUFRLE9BQU0sUUFBUSxVQUFVLE9BQU87QUFBQSxJQUN4RDtBQUNBLFVBQU0sS0FBSyxLQUFLO0FBQ2hCLFdBQU8sT0FBTyxLQUFLLFFBQVEsS0FBSyxTQUFTLEtBQUssSUFBSSxJQUFJLEtBQUssWUFBWSxRQUFRLEtBQUssT0FBTztBQUFBLEVBQzdGO0FBQ0EsS0FBRyxTQUFTLE1BQU0sYUFBYSxDQUFDLFFBQVEsS0FBSyxTQUFTLEtBQWdDLFNBQVM7QUFDN0YsUUFBSSxJQUFJLFdBQVcsSUFBSSxNQUFNLEtBQU0sUUFBTztBQUMxQyxXQUFPLFFBQVEsTUFBTSxRQUFRLEtBQUssU0FBUyxLQUFLLElBQUksSUFBSSxLQUFLLFlBQVksUUFBUSxLQUFLLE9BQU87QUFBQSxFQUMvRjtBQUNGO0FBR0EsSUFBTSxrQkFBa0IsQ0FBQyxPQUF5QjtBQUNoRCxRQUFNLFFBQVEsR0FBRyxTQUFTLE1BQU07QUFDaEMsS0FBRyxTQUFTLE1BQU0sUUFBUSxDQUFDLFFBQVEsS0FBSyxTQUFTLEtBQUssU0FBUztBQUM3RCxVQUFNLFFBQVEsT0FBTyxHQUFHO0FBQ3hCLFFBQUksT0FBTyxLQUFLLEtBQUssTUFBTSxVQUFXLFFBQU8sUUFBUSxNQUFNLFFBQVEsS0FBSyxTQUFTLEtBQUssSUFBSSxJQUFJO0FBQzlGLFdBQU8seUJBQXlCLG1CQUFtQixNQUFNLE9BQU8sQ0FBQztBQUFBO0FBQUEsRUFDbkU7QUFDRjtBQU9BLElBQU0sY0FBY0UsTUFBS0osU0FBUSxjQUFjSCx5Q0FBZSxFQUFFLFFBQVEsU0FBUyxDQUFDLEdBQUcsR0FBRztBQUN4RixJQUFNLGVBQWUsTUFBTTtBQUFBLEVBQ3pCO0FBQUEsRUFDQSxHQUFHUSxhQUFZRCxNQUFLLGFBQWEsd0JBQXdCLENBQUMsRUFDdkQsT0FBTyxDQUFDLE1BQU0sRUFBRSxTQUFTLE1BQU0sQ0FBQyxFQUNoQyxJQUFJLENBQUMsTUFBTSwwQkFBMEIsQ0FBQyxFQUFFO0FBQzdDO0FBQ0EsSUFBTSxNQUFNLE1BQU0sTUFBUztBQUczQixJQUFNLElBQUksQ0FBQyxNQUFZLElBQVksT0FBZ0IsU0FBUyxPQUFPLEtBQUs7QUFDeEUsSUFBTSxTQUFTLENBQUMsU0FBZ0IsU0FBUyxPQUFPLEtBQUs7QUFFckQsSUFBTSxTQUF5RTtBQUFBLEVBQzdFLENBQUMsbUJBQW1CLG9DQUFnQiwwQkFBMEI7QUFBQSxFQUM5RCxDQUFDLHFCQUFxQiw4Q0FBVywwQkFBMEI7QUFBQSxFQUMzRCxDQUFDLG1CQUFtQixvQ0FBZ0IsK0JBQStCO0FBQUEsRUFDbkUsQ0FBQyx3QkFBd0IsOENBQVcsZ0NBQWdDO0FBQUEsRUFDcEUsQ0FBQyx1QkFBdUIsd0NBQVUscUJBQXFCO0FBQUEsRUFDdkQsQ0FBQyxPQUFPLGtDQUFTLGtCQUFrQjtBQUNyQztBQUVBLElBQU0sTUFBTSxDQUFDLFNBQWU7QUFBQSxFQUMxQixFQUFFLE1BQU0sRUFBRSxNQUFNLGdCQUFNLFFBQVEsR0FBRyxNQUFNLEdBQUcsT0FBTyxJQUFJLENBQUMsMEJBQTBCO0FBQUEsRUFDaEYsRUFBRSxNQUFNLEVBQUUsTUFBTSw0QkFBUSxZQUFZLEdBQUcsTUFBTSxHQUFHLE9BQU8sSUFBSSxDQUFDLGNBQWM7QUFBQSxFQUMxRSxFQUFFLE1BQU0sRUFBRSxNQUFNLGdCQUFNLE9BQU8sR0FBRyxNQUFNLEdBQUcsT0FBTyxJQUFJLENBQUMsbUJBQW1CO0FBQUEsRUFDeEUsRUFBRSxNQUFNLEVBQUUsTUFBTSw0QkFBUSxVQUFVLEdBQUcsTUFBTSxHQUFHLE9BQU8sSUFBSSxDQUFDLHNCQUFzQjtBQUFBLEVBQ2hGLEVBQUUsTUFBTSxFQUFFLE1BQU0sc0JBQU8sVUFBVSxHQUFHLE1BQU0sR0FBRyxPQUFPLElBQUksQ0FBQyx1QkFBdUI7QUFBQSxFQUNoRixFQUFFLE1BQU0sT0FBTyxNQUFNLGVBQWU7QUFDdEM7QUFFQSxJQUFNLFVBQVUsQ0FBQyxTQUFlO0FBQUEsRUFDOUI7QUFBQSxJQUNFLE1BQU0sRUFBRSxNQUFNLGdCQUFNLFFBQVE7QUFBQSxJQUM1QixPQUFPLE9BQU8sSUFBSSxDQUFDLENBQUMsTUFBTSxJQUFJLEVBQUUsT0FBTyxFQUFFLE1BQU0sRUFBRSxNQUFNLElBQUksRUFBRSxHQUFHLE1BQU0sR0FBRyxPQUFPLElBQUksQ0FBQyxXQUFXLElBQUksR0FBRyxFQUFFO0FBQUEsRUFDM0c7QUFBQSxFQUNBLEVBQUUsTUFBTSxFQUFFLE1BQU0sNEJBQVEsWUFBWSxHQUFHLE1BQU0sR0FBRyxPQUFPLElBQUksQ0FBQyxjQUFjO0FBQUEsRUFDMUU7QUFBQSxJQUNFLE1BQU0sRUFBRSxNQUFNLG9EQUFZLHVCQUF1QjtBQUFBLElBQ2pELE9BQU87QUFBQSxNQUNMLEVBQUUsTUFBTSxFQUFFLE1BQU0sNEJBQVEsZ0JBQWdCLEdBQUcsTUFBTSxHQUFHLE9BQU8sSUFBSSxDQUFDLG1CQUFtQjtBQUFBLE1BQ25GLEVBQUUsTUFBTSxFQUFFLE1BQU0sd0NBQVUseUJBQXlCLEdBQUcsTUFBTSxHQUFHLE9BQU8sSUFBSSxDQUFDLHNCQUFzQjtBQUFBLE1BQ2pHLEVBQUUsTUFBTSxFQUFFLE1BQU0sd0NBQVUsaUJBQWlCLEdBQUcsTUFBTSxHQUFHLE9BQU8sSUFBSSxDQUFDLDZCQUE2QjtBQUFBLE1BQ2hHLEVBQUUsTUFBTSxFQUFFLE1BQU0sNEJBQVEsV0FBVyxHQUFHLE1BQU0sR0FBRyxPQUFPLElBQUksQ0FBQyx1QkFBdUI7QUFBQSxNQUNsRjtBQUFBLFFBQ0UsTUFBTSxFQUFFLE1BQU0sc0JBQU8sVUFBVTtBQUFBLFFBQy9CLFdBQVc7QUFBQSxRQUNYLE9BQU8sU0FBUyxJQUFJLENBQUMsT0FBTztBQUFBLFVBQzFCLE1BQU0sR0FBRyxFQUFFLEVBQUUsSUFBSSxFQUFFLE1BQU0sRUFBRSxNQUFNLElBQUksRUFBRSxDQUFDLEdBQUcsS0FBSztBQUFBLFVBQ2hELE1BQU0sR0FBRyxPQUFPLElBQUksQ0FBQyx1QkFBdUIsRUFBRSxJQUFJO0FBQUEsUUFDcEQsRUFBRTtBQUFBLE1BQ0o7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUFBLEVBQ0E7QUFBQSxJQUNFLE1BQU0sRUFBRSxNQUFNLHlEQUFzQixlQUFlO0FBQUEsSUFDbkQsV0FBVyxTQUFTO0FBQUEsSUFDcEIsT0FBTyxRQUFXLElBQUksQ0FBQyxPQUFPO0FBQUEsTUFDNUIsTUFBTSxFQUFFO0FBQUEsTUFDUixNQUFNLFdBQVcsRUFBRSxJQUFJO0FBQUEsTUFDdkIsV0FBVztBQUFBLE1BQ1gsT0FBTyxXQUFXLEtBQUssQ0FBQyxFQUFFLElBQUksQ0FBQyxPQUFPLEVBQUUsTUFBTSxHQUFHLE1BQU0sV0FBVyxFQUFFLElBQUksSUFBSSxDQUFDLEdBQUcsRUFBRTtBQUFBLElBQ3BGLEVBQUU7QUFBQSxFQUNKO0FBQUEsRUFDQTtBQUFBLElBQ0UsTUFBTSxFQUFFLE1BQU0sZ0JBQU0sU0FBUztBQUFBLElBQzdCLE9BQU87QUFBQSxNQUNMLEVBQUUsTUFBTSxFQUFFLE1BQU0sNEJBQVEsY0FBYyxHQUFHLE1BQU0sR0FBRyxPQUFPLElBQUksQ0FBQyxVQUFVO0FBQUEsTUFDeEUsRUFBRSxNQUFNLEVBQUUsTUFBTSw0QkFBUSxjQUFjLEdBQUcsTUFBTSxHQUFHLE9BQU8sSUFBSSxDQUFDLGdCQUFnQjtBQUFBLE1BQzlFLEVBQUUsTUFBTSxFQUFFLE1BQU0sOENBQVcsYUFBYSxHQUFHLE1BQU0sa0JBQWtCO0FBQUEsTUFDbkUsRUFBRSxNQUFNLEVBQUUsTUFBTSxvREFBWSxZQUFZLEdBQUcsTUFBTSxjQUFjO0FBQUEsSUFDakU7QUFBQSxFQUNGO0FBQ0Y7QUFFQSxJQUFPLGlCQUFRLGFBQWE7QUFBQSxFQUMxQixPQUFPO0FBQUEsRUFDUCxXQUFXO0FBQUEsRUFDWCxhQUFhO0FBQUE7QUFBQSxFQUViLFVBQVUsRUFBRSxhQUFhLGFBQWEsZ0JBQWdCLGVBQWU7QUFBQSxFQUNyRSxTQUFTO0FBQUEsSUFDUCxNQUFNO0FBQUEsTUFDSixPQUFPO0FBQUEsTUFDUCxNQUFNO0FBQUEsTUFDTixhQUFhO0FBQUEsTUFDYixhQUFhO0FBQUEsUUFDWCxLQUFLLElBQUksSUFBSTtBQUFBLFFBQ2IsU0FBUyxRQUFRLElBQUk7QUFBQSxRQUNyQixTQUFTLEVBQUUsT0FBTyxDQUFDLEdBQUcsQ0FBQyxHQUFHLE9BQU8sMkJBQU87QUFBQSxRQUN4QyxXQUFXLEVBQUUsTUFBTSxzQkFBTyxNQUFNLHFCQUFNO0FBQUEsUUFDdEMscUJBQXFCO0FBQUEsUUFDckIsa0JBQWtCO0FBQUEsUUFDbEIsa0JBQWtCO0FBQUEsUUFDbEIsZUFBZTtBQUFBLE1BQ2pCO0FBQUEsSUFDRjtBQUFBLElBQ0EsSUFBSTtBQUFBLE1BQ0YsT0FBTztBQUFBLE1BQ1AsTUFBTTtBQUFBLE1BQ04sTUFBTTtBQUFBLE1BQ04sYUFBYTtBQUFBLE1BQ2IsYUFBYSxFQUFFLEtBQUssSUFBSSxJQUFJLEdBQUcsU0FBUyxRQUFRLElBQUksR0FBRyxTQUFTLEVBQUUsT0FBTyxDQUFDLEdBQUcsQ0FBQyxFQUFFLEVBQUU7QUFBQSxJQUNwRjtBQUFBLEVBQ0Y7QUFBQSxFQUNBLFVBQVU7QUFBQSxJQUNSLFFBQVEsQ0FBQyxPQUFPO0FBQ2QsU0FBRyxJQUFJLGVBQWU7QUFDdEIsU0FBRyxJQUFJLGVBQWU7QUFBQSxJQUN4QjtBQUFBLEVBQ0Y7QUFBQSxFQUNBLE1BQU07QUFBQTtBQUFBLElBRUosUUFBUSxFQUFFLElBQUksRUFBRSxPQUFPLENBQUNGLEtBQUksRUFBRSxFQUFFO0FBQUEsSUFDaEMsU0FBUztBQUFBLE1BQ1A7QUFBQSxRQUNFLE1BQU07QUFBQSxRQUNOLGlCQUFpQixDQUFDLFdBQVc7QUFDM0IsaUJBQU8sWUFBWSxJQUFJLGFBQWEsQ0FBQyxLQUFLLEtBQUssU0FBUztBQUN0RCxrQkFBTSxPQUFPRSxNQUFLLGNBQWMsSUFBSSxPQUFPLElBQUksTUFBTSxHQUFHLEVBQUUsQ0FBQyxLQUFLLEVBQUU7QUFDbEUsZ0JBQUksQ0FBQyxLQUFLLFdBQVcsV0FBVyxLQUFLLENBQUNFLFlBQVcsSUFBSSxFQUFHLFFBQU8sS0FBSztBQUNwRSxnQkFBSSxVQUFVLGdCQUFnQixpQkFBaUI7QUFDL0MsZ0JBQUksSUFBSUgsY0FBYSxJQUFJLENBQUM7QUFBQSxVQUM1QixDQUFDO0FBQUEsUUFDSDtBQUFBLE1BQ0Y7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUFBLEVBQ0EsVUFBVSxDQUFDLFNBQVM7QUFDbEIsZUFBVyxLQUFLLGFBQWEsR0FBRztBQUM5QixNQUFBSSxXQUFVUCxTQUFRSSxNQUFLLEtBQUssUUFBUSxXQUFXLENBQUMsQ0FBQyxHQUFHLEVBQUUsV0FBVyxLQUFLLENBQUM7QUFDdkUsbUJBQWFBLE1BQUssYUFBYSxDQUFDLEdBQUdBLE1BQUssS0FBSyxRQUFRLFdBQVcsQ0FBQyxDQUFDO0FBQUEsSUFDcEU7QUFDQSxVQUFNLE1BQU1BLE1BQUssS0FBSyxRQUFRLG9CQUFvQjtBQUNsRCxJQUFBRyxXQUFVLEtBQUssRUFBRSxXQUFXLEtBQUssQ0FBQztBQUNsQyxlQUFXLEtBQUtGLGFBQVksV0FBVyxFQUFFLE9BQU8sQ0FBQyxNQUFNLEVBQUUsU0FBUyxNQUFNLEtBQUssRUFBRSxTQUFTLE9BQU8sQ0FBQyxHQUFHO0FBQ2pHLG1CQUFhRCxNQUFLLGFBQWEsQ0FBQyxHQUFHQSxNQUFLLEtBQUssQ0FBQyxDQUFDO0FBQUEsSUFDakQ7QUFBQSxFQUNGO0FBQUEsRUFDQSxhQUFhO0FBQUEsSUFDWCxRQUFRO0FBQUEsTUFDTixVQUFVO0FBQUEsTUFDVixTQUFTO0FBQUEsUUFDUCxTQUFTO0FBQUEsVUFDUCxNQUFNO0FBQUEsWUFDSixjQUFjO0FBQUEsY0FDWixRQUFRLEVBQUUsWUFBWSxnQkFBTSxpQkFBaUIsZUFBSztBQUFBLGNBQ2xELE9BQU87QUFBQSxnQkFDTCxlQUFlO0FBQUEsZ0JBQ2Ysa0JBQWtCO0FBQUEsZ0JBQ2xCLFFBQVEsRUFBRSxZQUFZLGdCQUFNLGNBQWMsZ0JBQU0sV0FBVyxlQUFLO0FBQUEsY0FDbEU7QUFBQSxZQUNGO0FBQUEsVUFDRjtBQUFBLFFBQ0Y7QUFBQSxNQUNGO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDRixDQUFDOyIsCiAgIm5hbWVzIjogWyJleGlzdHNTeW5jIiwgIm1rZGlyU3luYyIsICJyZWFkZGlyU3luYyIsICJyZWFkRmlsZVN5bmMiLCAiZGlybmFtZSIsICJqb2luIiwgInJlc29sdmUiLCAiZmlsZVVSTFRvUGF0aCIsICJfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsIiwgImRvY3MiLCAicmVzb2x2ZSIsICJkaXJuYW1lIiwgImZpbGVVUkxUb1BhdGgiLCAicmVwbyIsICJyZWFkRmlsZVN5bmMiLCAiam9pbiIsICJyZWFkZGlyU3luYyIsICJleGlzdHNTeW5jIiwgIm1rZGlyU3luYyJdCn0K
