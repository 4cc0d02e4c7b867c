/**
 * The vendor's side of the example, standing in for its OA system: the seal
 * request form as the OA holds it (parsed JSON, here read from a file), the
 * day, and the signed-in users of the unit that owns the seal.
 * `node main.ts [form.json] [YYYY-MM-DD]`
 */
import { readFileSync } from "node:fs"
import { Actor, LocalDate } from "@zhengwu/core"

const [file, day] = process.argv.slice(2)

/** The seal request form, as parsed JSON: nothing about it is trusted yet. */
export const sealForm: unknown = JSON.parse(
  readFileSync(file ?? new URL("seal-request.json", import.meta.url), "utf8")
) as unknown

export const today = LocalDate.make(day ?? "2026-03-02")

/** A signed-in user of the Xuhui district office in a role of its physical-seal flow. */
export const user = (role: "drafter" | "seal-approver" | "seal-keeper") => ({
  agency: Actor.agencyId("xh-office"),
  role
})
