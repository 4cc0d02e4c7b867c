import { describe, expect, it } from "vitest"
import * as DataSharing from "../../src/data-sharing/index.ts"

describe("data processing — sh-data-2021 art 2 item 2, as data", () => {
  it("lists the statute's seven kinds of processing in its order, and the open end, each citing art 2", () => {
    expect(DataSharing.dataProcessing.map((e) => e.name.zh).slice(0, 7)).toEqual([
      "收集",
      "存储",
      "使用",
      "加工",
      "传输",
      "提供",
      "公开"
    ])
    expect(DataSharing.dataProcessing.map((e) => e.id)).toEqual([...DataSharing.DataProcessing.literals])
    for (const e of DataSharing.dataProcessing) expect(e.citation).toBe("sh-data-2021/2")
    expect(DataSharing.dataProcessingEntry("transmission").name.zh).toBe("传输")
  })
})
