/** The API over the in-memory ports, with a few keys, for tests that need no database. */
import { Clock, Memory } from "@zhengwu/core"
import * as Layer from "effect/Layer"
import * as App from "../src/App.ts"
import * as Keys from "../src/Keys.ts"

export const march2 = 1_772_416_800_000

export const keys = {
  drafter: { key: "k-drafter", agency: "xh-office", role: "drafter", label: "test drafter" },
  approver: { key: "k-approver", agency: "xh-office", role: "seal-approver", label: "test approver" },
  keeper: { key: "k-keeper", agency: "xh-office", role: "seal-keeper", label: "test keeper" },
  otherUnit: { key: "k-other", agency: "xh-finance", role: "seal-approver", label: "another unit's approver" },
  auditor: { key: "k-auditor", agency: "xh-audit", role: "auditor", label: "test auditor", auditor: true }
} as const

export const services = (millis = march2) => {
  const base = Memory.layer(Clock.layerFixed(millis))
  return Layer.provideMerge(Layer.effectDiscard(Keys.configure(Object.values(keys))), base)
}

export const makeHandler = (options: App.HandlerOptions = {}) => App.makeWebHandler(services(), options)
