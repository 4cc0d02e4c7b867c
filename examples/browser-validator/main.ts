/**
 * A project application form validated in the browser: the form's fields
 * become the JSON of an `approvals/submission` input, the core decodes and
 * decides it as of the chosen day, and the page shows each finding with its
 * rule id, the articles it cites and its message in Chinese and English. It
 * imports the approvals entry (`@zhengwu/core/approvals`), so the page ships
 * that procedure alone.
 */
import type { Decision, DecodeError, Finding } from "@zhengwu/core"
import { decideUnknown, isLocalDate, localDate, submission } from "@zhengwu/core/approvals"

const form = document.querySelector<HTMLFormElement>("#application")
const result = document.querySelector<HTMLElement>("#result")
if (form === null || result === null) throw new Error("the page lacks #application or #result")

const text = (name: string): string => String(new FormData(form).get(name) ?? "")
const checked = (name: string): boolean => new FormData(form).get(name) === "on"

/** The form as the JSON a client would send: no validation here, the core's schema does it. */
const application = (): unknown => {
  const network = text("newBusinessNetwork")
  const provision = text("stateProvision").trim()
  const level = text("gradedLevel")
  return {
    name: text("name").trim(),
    projectUnit: text("projectUnit").trim(),
    funding: text("funding"),
    system: {
      publicFacing: checked("publicFacing"),
      builtOn: text("builtOn"),
      servedOverInternet: checked("servedOverInternet"),
      classified: checked("classified"),
      isolatedSingleDepartment: checked("isolatedSingleDepartment")
    },
    newBusinessNetwork:
      network === "none"
        ? null
        : { classified: network === "classified", stateProvision: provision === "" ? null : provision },
    software: [{ name: "软件", licensed: checked("licensed") }],
    securityProducts: [{ name: "安全产品", certified: checked("certified") }],
    protection: { gradedLevel: level === "" ? null : Number(level), classifiedGrade: null },
    district: null
  }
}

const el = (tag: string, attrs: Record<string, string>, ...children: Array<Node | string>): HTMLElement => {
  const e = document.createElement(tag)
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v)
  e.append(...children)
  return e
}

const showFinding = (f: Finding.Finding): HTMLElement =>
  el(
    "li",
    { class: "finding", "data-rule": f.rule, "data-status": f.status, "data-citations": f.citations.join(" ") },
    el("code", {}, f.rule),
    ` [${f.status}] `,
    el("span", { class: "citations" }, f.citations.join(", ")),
    el("div", { class: "zh", lang: "zh-CN" }, f.message.zh),
    el("div", { class: "en", lang: "en" }, f.message.en)
  )

const showDecision = (d: Decision.Decision): void => {
  result.dataset.outcome = d.outcome
  result.replaceChildren(
    el("h2", { class: "outcome" }, `${d.outcome} (${d.subject}, as of ${d.asOf})`),
    el("ul", { class: "reasons" }, ...d.reasons.map(showFinding))
  )
}

const showProblems = (problems: ReadonlyArray<DecodeError.Problem>): void => {
  result.dataset.outcome = "invalid-input"
  result.replaceChildren(
    el("h2", { class: "outcome" }, "invalid input"),
    el(
      "ul",
      { class: "problems" },
      ...problems.map((p) => el("li", { class: "problem", "data-path": p.path.join(".") }, p.message))
    )
  )
}

form.addEventListener("submit", (event) => {
  event.preventDefault()
  const asOf = text("asOf")
  if (!isLocalDate(asOf)) return showProblems([{ path: ["asOf"], message: `Expected YYYY-MM-DD, got "${asOf}"` }])
  const r = decideUnknown(submission, application(), localDate(asOf))
  if (r._tag === "Failure") showProblems(r.failure.problems)
  else showDecision(r.success)
})

document.body.dataset.ready = "true"
