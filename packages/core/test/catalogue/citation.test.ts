import { describe, expect, it } from "vitest"
import * as Citation from "../../src/catalogue/citation.ts"

describe("citations as clerks read them, built in one place", () => {
  it("a document, an article and a message with the articles it rests on, from the catalogue's titles", () => {
    expect(Citation.document("sh-egov-2012").zh).toBe("《上海市电子政务管理办法》")
    expect(Citation.name("sh-egov-2012/15").zh).toBe("《上海市电子政务管理办法》第十五条")
    expect(Citation.name("sh-egov-2012/15").en).toMatch(/, art 15$/u)
    const cited = Citation.cite({ zh: "不得新建", en: "may not be built" }, ["sh-egov-2012/15", "sh-egov-2012/15"])
    expect(cited.zh).toBe("不得新建（依据《上海市电子政务管理办法》第十五条）")
    expect(cited.en).toBe(`may not be built (under ${Citation.name("sh-egov-2012/15").en})`)
    expect(Citation.cite({ zh: "不予办理", en: "refused" }, [])).toEqual({ zh: "不予办理", en: "refused" })
  })

  it("an id the catalogue does not hold is shown as given, never dropped", () => {
    expect(Citation.document("no-such-document")).toEqual({ zh: "no-such-document", en: "no-such-document" })
    expect(Citation.name("no-such-document/1")).toEqual({ zh: "no-such-document/1", en: "no-such-document/1" })
  })
})
