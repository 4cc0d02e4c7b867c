/**
 * The one place the audit trail is written: an entry, timestamped by the
 * clock, appended to the audit log, and every finding of the decision behind
 * it indexed under its rule (decisions by rule). Accepted events and refused
 * attempts (Cases) and validator decisions (DecisionLog) all go through it.
 */
import * as Effect from "effect/Effect"
import type { Finding } from "../decision/Finding.ts"
import type { AuditEntry, AuditLog, AuditRecord } from "../ports/AuditLog.ts"
import type { CaseIndex } from "../ports/CaseIndex.ts"
import type { Clock } from "../ports/Clock.ts"

export interface Services {
  readonly audit: AuditLog["Service"]
  readonly index: CaseIndex["Service"]
  readonly clock: Clock["Service"]
}

/** Appends an audit entry and indexes the findings it rests on under the new record. */
export const appender =
  ({ audit, index, clock }: Services) =>
  (entry: Omit<AuditEntry, "recordedAt">, findings: ReadonlyArray<Finding>): Effect.Effect<AuditRecord> =>
    Effect.gen(function* () {
      const recordedAt = yield* clock.currentTimeMillis
      const record = yield* audit.append({ ...entry, recordedAt }).pipe(Effect.orDie)
      yield* index.putDecisions(
        findings.map((f) => ({
          auditSeq: record.seq,
          rule: f.rule,
          status: f.status,
          subject: record.subject,
          outcome: record.outcome,
          at: record.recordedAt
        }))
      )
      return record
    })
