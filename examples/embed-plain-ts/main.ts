/**
 * A vendor's OA system checks a seal use (xuhui-eseal-2015) and fires the
 * approval events of the seal-signing flow, with plain functions and plain
 * data: no Effect import. Results are tagged unions (`_tag`) to switch on.
 * Ten statements; `oa.ts` stands in for the vendor's own system.
 */
import { Seals, Transition, Validator } from "@zhengwu/core"
import { sealForm, today, user } from "./oa.ts"

const form = Validator.decodeInput(Seals.use)(sealForm) // bad JSON: a DecodeError naming the path, nothing decided
if (form._tag === "Failure") throw new Error(form.failure.message)
const use = Validator.decide(Seals.use, form.success, today) // allowed | refused | not-applicable, with its reasons
console.log(
  `seal use ${use.outcome}:`,
  use.reasons.map((r) => `${r.rule} (${r.citations.join(", ")}) ${r.message.en}`)
)
const draft = Transition.start(Seals.signing, Seals.initialContext(form.success), today) // refused before art 7 applies
const sent =
  draft._tag === "Success"
    ? Transition.transition(Seals.signing, draft.success, { type: "submit", payload: {} }, user("drafter"), today)
    : { _tag: "Refused" as const, decision: draft.failure }
const approved =
  sent._tag === "Accepted"
    ? Transition.transition(
        Seals.signing,
        sent.snapshot,
        { type: "approve", payload: {} },
        user("seal-approver"),
        today
      )
    : sent
console.log(
  `approval ${approved._tag}:`,
  approved._tag === "Accepted"
    ? approved.to
    : approved.decision.reasons.map((r) => `${r.rule} (${r.citations.join(", ")})`)
)
