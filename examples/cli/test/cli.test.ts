import { spawnSync } from "node:child_process"
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Registry } from "@zhengwu/core"
import { describe, expect, it } from "vitest"

const main = new URL("../main.ts", import.meta.url).pathname
/** Runs the CLI; `lang` is appended as `--lang` unless null (the default, Chinese). */
const zhengwu = (args: string[], stdin?: string, lang: "en" | "zh" | null = "en") => {
  const r = spawnSync(process.execPath, [main, ...args, ...(lang === null ? [] : ["--lang", lang])], {
    encoding: "utf8",
    input: stdin,
    maxBuffer: 64 * 1024 * 1024
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, lines: r.stdout.trim().split("\n") }
}
const tmp = mkdtempSync(join(tmpdir(), "zhengwu-cli-"))
const file = (name: string, content: string) => {
  const path = join(tmp, name)
  writeFileSync(path, content)
  return path
}

const notice = {
  documentKind: "notice",
  channel: "internal-office-platform",
  secrecy: "none",
  sealOwner: { id: "xh-office", xuhuiDistrictUnit: true },
  issuers: { lead: "xh-office", coIssuers: [] },
  certificate: { serial: "5A3F00C1", status: "active", validFrom: "2024-01-01", validUntil: "2030-12-31" }
}
/** The caveat every seal use carries: it rests on sh-digital-cert art 10, whose date of effect the source omits. */
const caveat =
  "warning catalogue/in-force-date-known (sh-digital-cert/10): in force: date unknown: no date of effect is given for the Shanghai Municipal Measures for the Administration of the Use of Digital Certificates, so whether the articles this decision rests on were in force on 2026-03-02 cannot be confirmed"
const item = (input: object, extra: object = {}) => ({ validator: "seals/use", asOf: "2026-03-02", ...extra, input })

describe("zhengwu check", () => {
  it("a 2026 batch with a contract: one line per item, the refusal cites xuhui-eseal-2015 art 4, exit 1", () => {
    const batch = [item(notice, { id: "notice-1" }), item({ ...notice, documentKind: "contract" })]
    const r = zhengwu(["check", file("batch.json", JSON.stringify(batch))])
    expect(r.code).toBe(1)
    expect(r.lines).toEqual([
      `notice-1\tseals/use\t2026-03-02\tallowed\t${caveat}`,
      "#2\tseals/use\t2026-03-02\trefused\tseals/document-kind-permitted (xuhui-eseal-2015/4): an electronic seal may not be used on a contract"
    ])
    expect(r.stderr).toContain("2 checked: 1 allowed, 1 refused, 0 not applicable, 0 invalid")
  })

  it("NDJSON with nothing refused exits 0; --as-of applies to items without asOf; 2014 is before the measures", () => {
    const ndjson = `${JSON.stringify({ validator: "seals/use", input: notice })}\n\n${JSON.stringify(item(notice))}\n`
    const r = zhengwu(["check", file("ok.ndjson", ndjson), "--as-of", "2014-06-01"])
    expect(r.code).toBe(0)
    expect(r.lines.map((l) => l.split("\t").slice(0, 4).join(" "))).toEqual([
      "#1 seals/use 2014-06-01 not-applicable",
      "#2 seals/use 2026-03-02 allowed"
    ])
  })

  it("reads the batch from stdin with `-`", () => {
    const r = zhengwu(["check", "-"], JSON.stringify([item(notice)]))
    expect(r.code).toBe(0)
    expect(r.lines).toEqual([`#1\tseals/use\t2026-03-02\tallowed\t${caveat}`])
  })

  it("bad input exits 2 and names the path of each problem; the other items are still decided", () => {
    const batch = [
      item({ ...notice, documentKind: "contract" }),
      item({ ...notice, certificate: { ...notice.certificate, validUntil: "2030-02-30" } }),
      { validator: "seals/stamp", input: notice },
      { validator: "seals/use", asOf: "yesterday", input: notice }
    ]
    const r = zhengwu(["check", file("bad.json", JSON.stringify(batch))])
    expect(r.code).toBe(2)
    expect(r.lines[0]).toMatch(/^#1\tseals\/use\t2026-03-02\trefused\t/u)
    expect(r.lines[1]).toMatch(/^#2\tinvalid\t\[1\]\.input\.certificate\.validUntil: /u)
    expect(r.lines[2]).toMatch(
      /^#3\tinvalid\t\[2\]\.validator: unknown validator `seals\/stamp` \(known: .*seals\/use/u
    )
    expect(r.lines[3]).toMatch(/^#4\tinvalid\t\[3\]\.asOf: /u)
    const nd = zhengwu([
      "check",
      file("bad.ndjson", `${JSON.stringify(item(notice))}\n{"validator": "seals/use", "input": {\n`)
    ])
    expect(nd.code).toBe(2)
    expect(nd.lines[1]).toMatch(/^#2\tinvalid\tline 2: not valid JSON/u)
    expect(zhengwu(["check", join(tmp, "missing.json")]).code).toBe(2)
    expect(zhengwu(["check", file("obj.json", "[1"), "--as-of", "2026-13-01"]).code).toBe(2)
  })

  it("a long batch (500 items): a progress bar on stderr when asked (or on a terminal), none otherwise", () => {
    const long = Array.from({ length: 500 }, (_, i) =>
      item(i % 50 === 0 ? { ...notice, secrecy: "classified" } : notice)
    )
    const path = file("long.json", JSON.stringify(long))
    const plain = zhengwu(["check", path])
    expect(plain.code).toBe(1)
    expect(plain.lines).toHaveLength(500)
    expect(plain.lines.filter((l) => l.includes("\trefused\t"))).toHaveLength(10)
    expect(plain.stderr).not.toContain("500/500")
    const withBar = zhengwu(["check", path, "--progress"])
    expect(withBar.stderr).toContain("500/500")
    expect(withBar.lines).toEqual(plain.lines)
  })

  // `script` gives the command a terminal for stdout, as a user at a shell has.
  it.skipIf(!existsSync("/usr/bin/script"))("on a terminal: a bar for a batch over 100 items, none for 100", () => {
    const onTerminal = (n: number) => {
      const path = file(`tty-${n}.json`, JSON.stringify(Array.from({ length: n }, () => item(notice))))
      const stderr = join(tmp, `tty-${n}.err`)
      const cmd = `'${process.execPath}' '${main}' check '${path}' --lang en 2>'${stderr}'`
      const r = spawnSync("/usr/bin/script", ["-qec", cmd, "/dev/null"], { encoding: "utf8" })
      return { code: r.status, stdout: r.stdout, stderr: readFileSync(stderr, "utf8") }
    }
    const long = onTerminal(101)
    expect(long.code).toBe(0)
    expect(long.stderr).toContain("101/101")
    expect(long.stdout).toContain("#101\tseals/use\t2026-03-02\tallowed")
    expect(onTerminal(100).stderr).not.toContain("100/100")
  })
})

describe("zhengwu explain and rules", () => {
  it("explain prints the rule, its articles' Chinese text and their gloss", () => {
    const r = zhengwu(["explain", "seals/document-kind-permitted"])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain("seals/document-kind-permitted  (error)")
    expect(r.stdout).toContain("电子印章只用于通知、报告、函等正式文件")
    expect(r.stdout).toContain("xuhui-eseal-2015/4  第四条")
    expect(r.stdout).toContain("第四条电子印章用于区政府各委办局")
    expect(r.stdout).toContain("gloss: Electronic seals may be used only on notices")
  })

  it("explain of a 2026 alias (an id one rule per clause merged) finds the rule it stands for and says it is an alias", () => {
    const r = zhengwu(["explain", "approvals/licensed-software"])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain("approvals/licensed-software is an alias of security/licensed-software")
    expect(r.stdout).toContain("security/licensed-software  (error)")
    const json = JSON.parse(zhengwu(["explain", "approvals/licensed-software", "--json"]).stdout) as {
      rule: { id: string }
      alias: { aliasOf: string }
    }
    expect(json.rule.id).toBe("security/licensed-software")
    expect(json.alias.aliasOf).toBe("security/licensed-software")
  })

  it("explain takes an article too, and lists the rules citing it; an unknown id exits 2 with suggestions", () => {
    const a = zhengwu(["explain", "xuhui-eseal-2015/4"])
    expect(a.stdout).toContain("rules citing it: seals/document-kind-permitted")
    const unknown = zhengwu(["explain", "document-kind"])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain("did you mean: seals/document-kind-permitted")
  })

  it("rules lists every rule with its severity, citations and title; a prefix narrows it", () => {
    const all = zhengwu(["rules"])
    expect(all.code).toBe(0)
    expect(all.lines.map((l) => l.split("\t")[0])).toEqual(Registry.rules.map((r) => r.id))
    const seals = zhengwu(["rules", "seals/"])
    expect(seals.lines.every((l) => l.startsWith("seals/"))).toBe(true)
    expect(seals.lines).toContain(
      "seals/on-internal-platform\terror\txuhui-eseal-2015/4\tthe document travels on the internal office platform"
    )
    expect(zhengwu(["frobnicate"]).code).toBe(2)
  })
})

describe("zhengwu options", () => {
  const batch = () =>
    file("lang.json", JSON.stringify([item(notice, { id: "n" }), item({ ...notice, documentKind: "contract" })]))

  it("messages are in Chinese by default and in English with --lang en (xuhui-eseal-2015 art 4, 2026)", () => {
    const zh = zhengwu(["check", batch()], undefined, null)
    expect(zh.lines[1]).toBe(
      "#2\tseals/use\t2026-03-02\trefused\tseals/document-kind-permitted (xuhui-eseal-2015/4): 电子印章不得在合同中使用"
    )
    expect(zh.stderr).toContain("共检查 2 项：允许 1 项，拒绝 1 项，不适用 0 项，无效 0 项")
    expect(zhengwu(["rules", "seals/on-"], undefined, "zh").lines).toEqual([
      "seals/on-internal-platform\terror\txuhui-eseal-2015/4\t文件在内部办公平台上传输"
    ])
    expect(zhengwu(["explain", "xuhui-eseal-2015/4"], undefined, "zh").stdout).toContain(
      "引用该条款的规则: seals/document-kind-permitted"
    )
  })

  it("--json prints each checked item as a JSON line with its whole decision, and bad items with their problems", () => {
    const bad = file(
      "json.json",
      JSON.stringify([item({ ...notice, documentKind: "contract" }), item({ ...notice, secrecy: 3 })])
    )
    const r = zhengwu(["check", bad, "--json"])
    expect(r.code).toBe(2)
    const [refused, invalid] = r.lines.map((l) => JSON.parse(l) as Record<string, never>)
    expect(refused).toMatchObject({ id: "#1", validator: "seals/use", asOf: "2026-03-02", outcome: "refused" })
    expect(refused?.decision).toMatchObject({
      reasons: [{ rule: "seals/document-kind-permitted", citations: ["xuhui-eseal-2015/4"] }]
    })
    expect(invalid).toMatchObject({ id: "#2", outcome: "invalid", problems: [{ at: "[1].input.secrecy" }] })
    const rules = JSON.parse(zhengwu(["rules", "seals/", "--json"]).stdout) as Array<{
      id: string
      citations: string[]
    }>
    expect(rules.map((x) => x.id)).toEqual(Registry.rules.filter((x) => x.id.startsWith("seals/")).map((x) => x.id))
    const explained = JSON.parse(zhengwu(["explain", "seals/document-kind-permitted", "--json"]).stdout) as {
      articles: Array<{ id: string; textZh: string }>
    }
    expect(explained.articles[0]?.textZh).toContain("第四条电子印章用于区政府各委办局")
    const validators = JSON.parse(zhengwu(["validators", "--json"]).stdout) as Array<{ id: string }>
    expect(validators.map((v) => v.id)).toEqual(Registry.validators.map((v) => v.id))
  })

  it("an unknown option, an option of another command, a bad value or an extra argument exits 2 with the usage", () => {
    for (const args of [
      ["check", batch(), "--frob"],
      ["check", batch(), "--asof", "2026-03-02"],
      ["rules", "--as-of", "2026-03-02"],
      ["validators", "--progress"],
      ["check", batch(), "--json=yes"],
      ["check"],
      ["explain", "seals/use", "seals/legal-effect"],
      ["check", batch(), "--lang", "fr"]
    ]) {
      const r = zhengwu(args, undefined, null)
      expect(r.code, args.join(" ")).toBe(2)
      expect(r.stdout, args.join(" ")).toBe("")
      expect(r.stderr, args.join(" ")).toContain("usage:\n  zhengwu check <file.json|file.ndjson|->")
    }
    expect(zhengwu(["check", batch(), "--frob"], undefined, null).stderr).toMatch(
      /^zhengwu check: unknown option `--frob`\n/u
    )
    expect(zhengwu(["rules", "--as-of", "x"], undefined, null).stderr).toMatch(
      /^zhengwu rules: unknown option `--as-of`\n/u
    )
  })

  it("--no-progress turns the bar off even when asked for earlier; help prints the usage and exits 0", () => {
    const long = file("np.json", JSON.stringify(Array.from({ length: 150 }, () => item(notice))))
    expect(zhengwu(["check", long, "--progress", "--no-progress"]).stderr).not.toContain("150/150")
    const help = zhengwu(["help"], undefined, null)
    expect(help.code).toBe(0)
    expect(help.stdout).toContain("--lang zh|en")
    expect(zhengwu(["--help"], undefined, null).code).toBe(0)
  })
})

describe("zhengwu impact", () => {
  const repeal = file(
    "art4.json",
    JSON.stringify({
      title: { zh: "第四条废止", en: "art 4 repealed" },
      changes: [{ kind: "repeal-article", article: "xuhui-eseal-2015/4", from: "2027-01-01" }]
    })
  )
  const contract = { ...notice, documentKind: "contract" }
  const log = [
    { id: "c-2026", validator: "seals/use", asOf: "2026-03-02", input: contract },
    { id: "c-2027", validator: "seals/use", asOf: "2027-03-01", input: contract },
    {
      decisionId: "d-9",
      seq: 9,
      at: 0,
      validator: "seals/use",
      asOf: "2027-03-01",
      outcome: "refused",
      reasons: [],
      rulesVersion: { package: "0.1.0", hash: "sha256:0" },
      inputHash: "sha256:abc",
      actor: null
    }
  ]
  const decisions = file("log.ndjson", log.map((l) => JSON.stringify(l)).join("\n"))

  it("repealing xuhui-eseal-2015 art 4 from 2027-01-01: the 2027 contract sealing flips from refused to allowed, the 2026 one does not, a hash-only entry cannot be re-decided; exit 1", () => {
    const r = zhengwu(["impact", repeal, decisions, "--as-of", "2027-03-01"])
    expect(r.code).toBe(1)
    expect(r.lines[0]).toBe("amendment: art 4 repealed")
    expect(r.lines).toContain("  xuhui-eseal-2015/4 repealed from 2027-01-01")
    const flip = r.lines.find((l) => l.startsWith("  c-2027\t"))
    expect(flip?.split("\t")).toEqual([
      "  c-2027",
      "seals/use",
      "2027-03-01",
      "refused → allowed",
      "seals/document-kind-permitted (xuhui-eseal-2015/4) violated → not-applicable: the cited articles are not in force on 2027-03-01"
    ])
    expect(r.lines.some((l) => l.startsWith("  c-2026\t"))).toBe(false)
    expect(r.lines).toContain(
      "  d-9\tseals/use\tinput-not-recorded\tcannot be re-decided: input not recorded (only its hash sha256:abc)"
    )
    expect(r.lines.at(-1)).toBe(
      "art 4 repealed: of 3 recorded decisions 1 would flip, 1 unchanged, 1 cannot be re-decided; of 0 next transitions of 0 open cases 0 would be blocked, 0 unblocked"
    )
  })

  it("--cases re-checks an open case's next transitions; --json prints the whole report; in Chinese by default", () => {
    const context = {
      request: { ...contract },
      rejection: null,
      certificateAtSealing: null
    }
    const cases = file(
      "cases.json",
      JSON.stringify([{ id: "k-1", machine: "seals/signing", state: "drafted", context }])
    )
    const r = zhengwu(["impact", repeal, decisions, "--cases", cases, "--as-of", "2027-03-01", "--json"])
    expect(r.code).toBe(1)
    const report = JSON.parse(r.stdout)
    expect(report.cases.unblocked).toEqual([
      expect.objectContaining({ case: "k-1", event: "submit", actor: { agency: "xh-office", role: "drafter" } })
    ])
    const zh = zhengwu(["impact", repeal, decisions, "--cases", cases, "--as-of", "2027-03-01"], undefined, null)
    expect(zh.lines[0]).toBe("修订：第四条废止")
    expect(zh.lines).toContain("将可办理的办理")
  })

  it("nothing would change: exit 0; bad input exits 2 naming each problem and reports nothing", () => {
    const noop = file(
      "noop.json",
      JSON.stringify({
        title: { zh: "无变化", en: "no change" },
        changes: [{ kind: "move-in-force", document: "xuhui-eseal-2015", inForceFrom: "2015-01-28" }]
      })
    )
    expect(zhengwu(["impact", noop, decisions, "--as-of", "2027-03-01"]).code).toBe(0)
    const bad = file("bad.ndjson", `${JSON.stringify({ validator: "seals/use", asOf: "2027-13-01" })}\nnot json\n`)
    const r = zhengwu(["impact", repeal, bad])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe("")
    expect(r.stderr).toContain("decisions line 1: asOf")
    expect(r.stderr).toContain("decisions line 2:")
    const unknown = file(
      "unknown.json",
      JSON.stringify({
        title: { zh: "x", en: "x" },
        changes: [{ kind: "repeal-article", article: "nowhere/1", from: "2027-01-01" }]
      })
    )
    const u = zhengwu(["impact", unknown, decisions])
    expect(u.code).toBe(2)
    expect(u.stderr).toContain("amendment: changes.0: no article `nowhere/1` is catalogued")
    expect(zhengwu(["impact", repeal]).code).toBe(2)
    expect(zhengwu(["impact", repeal, decisions, "--progress"]).stderr).toContain("impact: unknown option `--progress`")
    expect(zhengwu(["check", decisions, "--cases", "x"]).stderr).toContain("check: unknown option `--cases`")
  })
})
