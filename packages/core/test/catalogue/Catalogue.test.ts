import { createHash } from "node:crypto"
import { readFileSync } from "node:fs"
import * as Schema from "effect/Schema"
import { describe, expect, it } from "vitest"
import { Article } from "../../src/catalogue/Article.ts"
import * as Catalogue from "../../src/catalogue/Catalogue.ts"
import { Document } from "../../src/catalogue/Document.ts"
import { excluded } from "../../src/catalogue/excluded.ts"
import * as LocalDate from "../../src/date/LocalDate.ts"

const read = (file: string) => readFileSync(new URL(`../../../../sources/${file}`, import.meta.url), "utf8")
const source = read("000_5dfbf7890559298e.txt")
const sourceOf = (documentId: string) => read(Catalogue.getDocument(documentId)?.source ?? "missing")
const d = LocalDate.make

describe("the regulation catalogue", () => {
  it("every article's Chinese text occurs verbatim in the project's copy of the source", () => {
    const missing = Catalogue.articles.filter((a) => !sourceOf(a.document).includes(a.textZh)).map((a) => a.id)
    expect(missing).toEqual([])
    expect(Catalogue.articles.length).toBeGreaterThan(100)
  })

  it("every article's text starts with its own label, and no text runs on into the next article's label", () => {
    for (const a of Catalogue.articles) {
      expect(a.textZh.startsWith(a.label), a.id).toBe(true)
      const next = Catalogue.articles.find(
        (b) => b.document === a.document && Number(b.number) === Number(a.number) + 1 && /^第.+条$/u.test(b.label)
      )
      if (next !== undefined) expect(a.textZh.includes(next.label), a.id).toBe(false)
    }
  })

  it("the project's copy of the source is byte-identical to the corpus it was made from (SHA-256 recorded at import)", () => {
    expect(createHash("sha256").update(source, "utf8").digest("hex")).toBe(
      "47c7130b9de6e8ccc12c0815c489d57d4c2a721f0cac0b262f7bc17d38f1b71a"
    )
  })

  it("every document and article decodes against its schema", () => {
    for (const doc of Catalogue.documents) Schema.decodeUnknownSync(Document)(doc)
    for (const a of Catalogue.articles) Schema.decodeUnknownSync(Article)(a)
  })

  it("ids are unique and every article belongs to a catalogued document", () => {
    const ids = Catalogue.articles.map((a) => a.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(new Set(Catalogue.documents.map((x) => x.id)).size).toBe(Catalogue.documents.length)
    for (const a of Catalogue.articles) expect(Catalogue.getDocument(a.document), a.id).toBeDefined()
  })

  it("catalogues the thirteen Shanghai e-government documents of the design and accounts for what it leaves out", () => {
    const primary = Catalogue.documents.filter((x) => x.source === "000_5dfbf7890559298e.txt")
    expect(primary.map((x) => x.id).sort()).toEqual(
      [
        "sh-egov-2012",
        "sh-extranet-2020",
        "sh-digital-cert",
        "xuhui-eseal-2015",
        "sh-archive-2005",
        "sh-public-data-2018",
        "sh-data-2021",
        "minhang-it-2023",
        "yangpu-it-2018",
        "sh-website-security-2012",
        "sh-gov-website",
        "egov-cloud-password",
        "sh-e-license"
      ].sort()
    )
    expect(Catalogue.articlesOf("sh-egov-2012")).toHaveLength(39)
    for (const x of excluded) {
      expect(source.includes(x.titleZh), x.titleZh).toBe(true)
      expect(x.reason.length).toBeGreaterThan(20)
    }
  })

  it("takes dates, numbers and levels from the source: sh-egov-2012 is 沪府发〔2012〕53号, in force 2012-05-28", () => {
    expect(Catalogue.getDocument("sh-egov-2012")).toMatchObject({
      number: "沪府发〔2012〕53号",
      inForceFrom: "2012-05-28",
      level: "normative-document"
    })
    expect(Catalogue.getDocument("sh-data-2021")).toMatchObject({ inForceFrom: "2022-01-01", level: "local-statute" })
    expect(Catalogue.getDocument("sh-public-data-2018")).toMatchObject({
      inForceFrom: "2018-11-01",
      level: "government-rule"
    })
  })

  it("records as unknown what the source does not give: sh-digital-cert has no date or level", () => {
    expect(Catalogue.getDocument("sh-digital-cert")).toMatchObject({
      published: null,
      inForceFrom: null,
      level: "unknown"
    })
    for (const doc of Catalogue.documents) {
      for (const date of [doc.published, doc.inForceFrom]) {
        if (date !== null) expect(sourceOf(doc.id).includes(date.slice(0, 4)), `${doc.id} ${date}`).toBe(true)
      }
      if (doc.number !== null) expect(sourceOf(doc.id).includes(doc.number), doc.id).toBe(true)
    }
  })
})

describe("catalogue queries", () => {
  it("on 2015-06-01 sh-egov-2012 is in force and sh-extranet-2020 is not", () => {
    const ids = Catalogue.documentsInForce(d("2015-06-01")).map((x) => x.id)
    expect(ids).toContain("sh-egov-2012")
    expect(ids).not.toContain("sh-extranet-2020")
  })

  it("sh-extranet-2020 is not in force on 2020-06-14 and is on 2020-06-15", () => {
    const doc = Catalogue.getDocument("sh-extranet-2020")
    if (doc === undefined) throw new Error("missing")
    expect(Catalogue.inForceOn(doc, d("2020-06-14"))).toBe("no")
    expect(Catalogue.inForceOn(doc, d("2020-06-15"))).toBe("yes")
  })

  it("a document without a known start date is in force `unknown`, never guessed", () => {
    const doc = Catalogue.getDocument("sh-digital-cert")
    if (doc === undefined) throw new Error("missing")
    expect(Catalogue.inForceOn(doc, d("2026-01-01"))).toBe("unknown")
    expect(Catalogue.documentsInForce(d("2026-01-01")).map((x) => x.id)).not.toContain("sh-digital-cert")
  })

  it("an undated document is not in force before the bound its own text gives: sh-e-license on 2017-12-31 is `no`, on 2018-01-01 `unknown`", () => {
    const doc = Catalogue.getDocument("sh-e-license")
    if (doc === undefined) throw new Error("missing")
    expect(Catalogue.inForceOn(doc, d("2017-12-31"))).toBe("no")
    expect(Catalogue.inForceOn(doc, d("2018-01-01"))).toBe("unknown")
  })

  it("a bound's evidence is the document's own words: it occurs verbatim in the document's source", () => {
    for (const doc of Catalogue.documents) {
      const evidence = doc.startBound?.evidence ?? null
      if (evidence !== null) expect(sourceOf(doc.id).includes(evidence), doc.id).toBe(true)
    }
  })

  it("the 2021 data statute prevails over the 2018 government rule, which prevails over the 2012 normative document", () => {
    const get = (id: string) => {
      const doc = Catalogue.getDocument(id)
      if (doc === undefined) throw new Error(id)
      return doc
    }
    const sorted = [get("sh-egov-2012"), get("sh-data-2021"), get("sh-public-data-2018")].sort(Catalogue.compareByForce)
    expect(sorted.map((x) => x.id)).toEqual(["sh-data-2021", "sh-public-data-2018", "sh-egov-2012"])
  })

  it("between two normative documents the later one prevails", () => {
    const a = Catalogue.getDocument("sh-egov-2012")
    const b = Catalogue.getDocument("sh-extranet-2020")
    if (a === undefined || b === undefined) throw new Error("missing")
    expect(Catalogue.prevailing(a, b).id).toBe("sh-extranet-2020")
    expect(Catalogue.prevailing(b, a).id).toBe("sh-extranet-2020")
  })
})
