/**
 * Section: the who-may-fire decision beside Cedar. Not measured yet: the goal
 * is stated as given and reported missed with what is left to build.
 */
import { finish, newResult, parseArgs } from "./lib/report.ts"

const main = () => {
  const args = parseArgs()
  const started = performance.now()
  const result = newResult(
    "cedar",
    "Who may fire an event: Zhengwu's actor check vs Cedar",
    "The actor tables of the approval machines written as Cedar policies over the same principals and events, checked equivalent on generated requests, then decisions/s side by side with Zhengwu's actor check (`Transition.transition` refusing with `actor-not-permitted`, and the compiled actor predicate alone)."
  )
  result.goals.push({
    goal: "ahead of Cedar (`@cedar-policy/cedar-wasm`) on the who-may-fire decision",
    measured: "not measured",
    met: false,
    because: "the Cedar policies for the actor tables and their equivalence check are not written yet",
    next: "generate one `permit` per actor-table entry (principal role and agency, action = event, resource = case in state), check equivalence with fast-check on generated (actor, state, event) requests, then time `isAuthorized` beside the actor check"
  })
  finish(args, result, started)
}

if (import.meta.main) main()
