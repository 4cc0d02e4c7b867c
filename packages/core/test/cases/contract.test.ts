import * as Layer from "effect/Layer"
import * as Cases from "../../src/cases/Cases.ts"
import * as Clock from "../../src/ports/Clock.ts"
import * as Memory from "../../src/ports/memory/layer.ts"
import * as Registry from "../../src/registry.ts"
import { casesContract } from "../../src/testing/contracts/index.ts"

casesContract("cases over the in-memory ports", () => {
  const ports = Memory.layer(Clock.layerFixed(1_772_416_800_000))
  return Layer.merge(Cases.layer(Registry.getMachine).pipe(Layer.provide(ports)), ports)
})
