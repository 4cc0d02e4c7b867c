/**
 * The same three decisions as json-rules-engine rules, written the way the
 * engine's documentation suggests: facts from the request, paths into them,
 * custom operators where the built-in ones compare numbers only (dates), and
 * dynamic facts for what JSON conditions cannot express (reachability in a
 * network graph, lookups in a custody register) — that code is the same
 * hand-written code as the bare functions'. Each rule fires a `violated` event
 * naming the Zhengwu rule it stands for.
 */
import { type Almanac, Engine, type Event, type RuleProperties, type TopLevelCondition } from "json-rules-engine"
import { topologySummary, useFacts, type Verdict } from "./bare.ts"

/**
 * A plain property-path resolver (`$.a.b`), the engine's documented
 * `pathResolver` option: the default, JSONPath-Plus, is several times slower,
 * and the comparison should give the engine its best configuration.
 */
const pathResolver = (value: object, path: string): unknown => {
  let at: unknown = value
  for (const key of path.slice(2).split(".")) at = (at as Record<string, unknown> | null)?.[key]
  return at
}
const options = { allowUndefinedFacts: false, pathResolver }

const addOperators = (engine: Engine) => {
  engine.addOperator("nonEmpty", (a: ReadonlyArray<unknown>, b: boolean) => a.length > 0 === b)
  engine.addOperator("dateBefore", (a: string, b: string) => a < b)
  engine.addOperator("dateAfter", (a: string, b: string) => a > b)
}

const violated = (rule: string, severity: "error" | "warning", conditions: TopLevelCondition): RuleProperties => ({
  name: rule,
  conditions,
  event: { type: "violated", params: { rule, severity } }
})

const toVerdict = (events: ReadonlyArray<Event>, alwaysApplicable: boolean): Verdict => {
  const refusing: Array<string> = []
  const warnings: Array<string> = []
  let outOfScope = false
  let applicable = alwaysApplicable
  for (const e of events) {
    if (e.type === "out-of-scope") outOfScope = true
    else if (e.type === "applicable") applicable = true
    else if (e.params?.severity === "error") refusing.push(e.params.rule as string)
    else warnings.push(e.params?.rule as string)
  }
  if (outOfScope) return { outcome: "not-applicable", refusing: [], warnings: [] }
  return {
    outcome: refusing.length > 0 ? "refused" : applicable ? "allowed" : "not-applicable",
    refusing: refusing.sort(),
    warnings: warnings.sort()
  }
}

// ---------------------------------------------------------------- seals/use

export const sealRules: ReadonlyArray<RuleProperties> = [
  {
    name: "seals/seal-owner-in-scope",
    conditions: { all: [{ fact: "sealOwner", path: "$.xuhuiDistrictUnit", operator: "equal", value: false }] },
    event: { type: "out-of-scope" }
  },
  violated("seals/document-kind-permitted", "error", {
    all: [{ fact: "documentKind", operator: "notIn", value: ["notice", "report", "letter", "other-formal-document"] }]
  }),
  violated("seals/on-internal-platform", "error", {
    all: [{ fact: "channel", operator: "notEqual", value: "internal-office-platform" }]
  }),
  violated("seals/not-classified-or-sensitive", "error", {
    all: [{ fact: "secrecy", operator: "notEqual", value: "none" }]
  }),
  violated("seals/lead-unit-seal-on-joint-issue", "error", {
    all: [
      { fact: "issuers", path: "$.coIssuers", operator: "nonEmpty", value: true },
      { fact: "sealOwner", path: "$.id", operator: "notEqual", value: { fact: "issuers", path: "$.lead" } }
    ]
  }),
  violated("seals/certificate-valid", "error", {
    any: [
      { fact: "certificate", path: "$.status", operator: "notEqual", value: "active" },
      { fact: "certificate", path: "$.validFrom", operator: "dateAfter", value: { fact: "asOf" } },
      { fact: "certificate", path: "$.validUntil", operator: "dateBefore", value: { fact: "asOf" } }
    ]
  })
]

export const sealsEngine = (rules: ReadonlyArray<RuleProperties> = sealRules) => {
  const engine = new Engine([...rules], options)
  addOperators(engine)
  return async (input: object, asOf: string): Promise<Verdict> => {
    const { events } = await engine.run({ ...input, asOf })
    return toVerdict(events, true)
  }
}

// --------------------------------------------------------- networks/topology

const gt0 = (path: string) => ({ fact: "summary", path, operator: "greaterThan", value: 0 })

export const topologyRules: ReadonlyArray<RuleProperties> = [
  violated("networks/internal-network-physically-isolated", "error", {
    all: [gt0("$.internalCount"), gt0("$.internalBreaches")]
  }),
  violated("networks/extranet-logically-isolated", "error", {
    all: [gt0("$.extranetCount"), gt0("$.extranetBreaches")]
  }),
  violated("networks/internet-egress-through-extranet", "warning", {
    all: [gt0("$.egressCount"), gt0("$.egressOutside")]
  }),
  violated("networks/nothing-classified-on-extranet", "error", { all: [gt0("$.classifiedOnExtranet")] }),
  violated("networks/classified-system-on-internal-network", "warning", { all: [gt0("$.classifiedMisplaced")] }),
  violated("networks/system-on-network-for-its-purpose", "warning", { all: [gt0("$.relevantMisplaced")] }),
  violated("networks/public-facing-system-on-extranet", "error", {
    any: [gt0("$.publicOffExtranet"), gt0("$.publicOffInternet")]
  }),
  {
    name: "networks/any-rule-applies",
    conditions: {
      any: [
        gt0("$.internalCount"),
        gt0("$.extranetCount"),
        gt0("$.egressCount"),
        gt0("$.classifiedCount"),
        gt0("$.relevantCount"),
        gt0("$.publicFacingCount")
      ]
    },
    event: { type: "applicable" }
  }
]

export const topologyEngine = () => {
  const engine = new Engine([...topologyRules], options)
  addOperators(engine)
  engine.addFact("summary", async (_params: Record<string, unknown>, almanac: Almanac) =>
    topologySummary(await almanac.factValue("topology"))
  )
  return async (input: object, asOf: string): Promise<Verdict> => {
    const { events } = await engine.run({ topology: input, asOf })
    return toVerdict(events, false)
  }
}

// ---------------------------------------------------------- certificates/use

const use = (path: string, operator: string, value: unknown) => ({ fact: "use", path, operator, value })

export const useRules: ReadonlyArray<RuleProperties> = [
  violated("certificates/certificate-valid", "error", {
    all: [
      use("$.found", "equal", true),
      {
        any: [
          use("$.status", "notEqual", "active"),
          use("$.validFrom", "dateAfter", { fact: "asOf" }),
          use("$.validUntil", "dateBefore", { fact: "asOf" })
        ]
      }
    ]
  }),
  violated("certificates/carrier-compliant", "error", {
    all: [use("$.found", "equal", true), use("$.carrierOk", "equal", false)]
  }),
  violated("certificates/use-authorised", "error", {
    any: [
      use("$.found", "equal", false),
      { all: [use("$.isHolder", "equal", false), use("$.covered", "equal", false)] }
    ]
  })
]

export const useEngine = () => {
  const engine = new Engine([...useRules], options)
  addOperators(engine)
  engine.addFact("use", async (_params: Record<string, unknown>, almanac: Almanac) => {
    const q = await almanac.factValue<Parameters<typeof useFacts>[0]>("query")
    const asOf = await almanac.factValue<string>("asOf")
    const f = useFacts(q, asOf)
    return {
      found: f.cert !== undefined,
      status: f.cert?.status ?? null,
      validFrom: f.cert?.validFrom ?? null,
      validUntil: f.cert?.validUntil ?? null,
      carrierOk: f.cert?.carrier.meetsNationalCryptographyRules ?? null,
      isHolder: f.isHolder,
      covered: f.covered
    }
  })
  return async (input: object, asOf: string): Promise<Verdict> => {
    const { events } = await engine.run({ query: input, asOf })
    return toVerdict(events, true)
  }
}
