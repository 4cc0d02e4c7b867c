/**
 * One valid example per approvals machine (see Procedure.examples): a starting
 * context and a payload per event that passes the guards, as the JSON a client
 * sends. The applying unit is `demo-unit`, so demos and tests can act as it.
 */

import type { AgencyId } from "../machine/Actor.ts"
import type { MachineExample } from "../procedure.ts"
import type { ProjectApplication } from "./model.ts"

const unit = "demo-unit" as AgencyId
const asOf = "2026-03-02"

/** A municipal government-investment project that meets every submission rule. */
const municipal: ProjectApplication = {
  name: "健康云",
  projectUnit: unit,
  funding: "municipal-government-investment",
  system: {
    publicFacing: true,
    builtOn: "extranet",
    servedOverInternet: true,
    classified: false,
    isolatedSingleDepartment: false
  },
  newBusinessNetwork: null,
  software: [{ name: "数据库", licensed: true }],
  securityProducts: [{ name: "防火墙", certified: true }],
  protection: { gradedLevel: 3, classifiedGrade: null },
  district: null
}
const budget: ProjectApplication = { ...municipal, funding: "municipal-annual-it-budget" }
const minhang: ProjectApplication = {
  ...municipal,
  name: "闵行城运平台",
  funding: "district-level",
  district: {
    district: "minhang",
    kind: "construction",
    work: "new-build",
    investmentYuan: 1_200_000,
    level3CostsInConstructionCost: false
  }
}

const payloads = {
  submit: {},
  "review-by-eitc": {},
  "review-by-gov-office": {},
  "request-changes": { changes: "补充材料" },
  refuse: { reason: "不符合要求" },
  approve: {
    reference: "沪发改批〔2026〕1号",
    copiedTo: ["sh-gov-office"],
    copied: ["approval-document", "budget-arrangement"]
  },
  withdraw: {},
  "record-procurement": { reference: "采购-1" },
  "record-supervision": { supervisor: "监理单位" },
  "record-completion-acceptance": { reference: "验收-1" },
  "record-roll-out": {},
  "pass-review": { note: "同意" },
  "fail-review": { note: "不同意" },
  "submit-for-acceptance": {},
  "pass-acceptance": { reference: "验收-2" },
  "record-evaluation": { period: "2027", summary: "良好" },
  "submit-for-approval": { coDrafters: ["sh-ndrc", "sh-eitc"], opinionsSought: true },
  return: { reason: "修改" },
  publish: {},
  revise: { title: "2026年度工作计划", cityPlan: "上海市电子政务发展规划", milestones: ["Q2"] },
  file: {},
  register: { reference: "备-1" },
  "report-progress": { period: "Q1", summary: "按计划推进" },
  open: { filing: { reference: "网备-1" } },
  change: { description: "改版", filing: { reference: "网备-2" } }
}

const json = (x: unknown): unknown => JSON.parse(JSON.stringify(x))

export const examples: ReadonlyArray<MachineExample> = [
  {
    machine: "approvals/municipal-construction-project",
    unitAgency: unit,
    asOf,
    input: json({ application: municipal }),
    payloads: { ...payloads, amend: { application: json(municipal) } }
  },
  {
    machine: "approvals/municipal-budget-project",
    unitAgency: unit,
    asOf,
    input: json({ application: budget }),
    payloads: { ...payloads, amend: { application: json(budget) } }
  },
  {
    machine: "approvals/district-project",
    unitAgency: unit,
    asOf,
    input: json({ application: minhang, competentBody: unit }),
    payloads: { ...payloads, amend: { application: json(minhang) } }
  },
  {
    machine: "approvals/city-plan",
    unitAgency: unit,
    asOf,
    input: { title: "上海市电子政务发展规划" },
    payloads
  },
  {
    machine: "approvals/plan-filing",
    unitAgency: unit,
    asOf,
    input: {
      plan: { kind: "annual-work-plan", title: "2026年度工作计划", filer: unit, cityPlan: null, milestones: ["Q2"] }
    },
    payloads
  },
  {
    machine: "approvals/website-filing",
    unitAgency: unit,
    asOf,
    input: { website: { name: "区政府网", domain: "example.gov.cn", unit } },
    payloads
  }
]
