/**
 * `@zhengwu/core/seals`: the procedure's validators, rules, models and machines
 * (what `seals` is in the package index), with the functions that decide on a
 * validator and check a day, so a page using one procedure loads only that
 * procedure (the package index loads them all).
 */
export { isLocalDate, make as localDate } from "../date/LocalDate.ts"
export { decide, decideUnknown, decodeInput } from "../decision/Validator.ts"
export * from "../seals/index.ts"
