/**
 * Cases: a regulated procedure run against the ports. A case is one event
 * stream; its state is rebuilt by replaying the stream; every accepted event
 * and every refusal is written to the audit log with its citations. A refused
 * or conflicting command writes nothing to the stream.
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Result from "effect/Result"
import * as Decision from "../decision/Decision.ts"
import { decoder } from "../decision/DecodeError.ts"
import type { Finding } from "../decision/Finding.ts"
import type { Actor } from "../machine/Actor.ts"
import type { AnyMachine, Snapshot } from "../machine/Machine.ts"
import * as Transition from "../machine/transition.ts"
import { AuditLog, type AuditRecord } from "../ports/AuditLog.ts"
import { CaseIndex } from "../ports/CaseIndex.ts"
import { Clock } from "../ports/Clock.ts"
import { EventStore, type StoredEvent, type StreamId } from "../ports/EventStore.ts"
import { Ids } from "../ports/Ids.ts"
import { UnitOfWork } from "../ports/UnitOfWork.ts"
import { type CaseError, caseError } from "./CaseError.ts"
import { eventHash } from "./Integrity.ts"

/** What a client sees of a case. */
export interface CaseView {
  readonly id: string
  readonly machine: string
  readonly state: string
  readonly context: unknown
  /** The stream version: 1 after start, +1 for each accepted event. */
  readonly version: number
  readonly final: boolean
}

export interface StartCommand {
  readonly machine: string
  readonly context: unknown
  readonly actor: Actor
  /** A case id chosen by the caller (makes a retried start idempotent); generated when absent. */
  readonly id?: string | undefined
  readonly idempotencyKey?: string | undefined
}

export interface FireCommand {
  readonly caseId: string
  readonly event: unknown
  readonly actor: Actor
  readonly expectedVersion?: number | undefined
  readonly idempotencyKey?: string | undefined
}

export class Cases extends Context.Service<
  Cases,
  {
    readonly start: (command: StartCommand) => Effect.Effect<CaseView, CaseError>
    readonly fire: (command: FireCommand) => Effect.Effect<CaseView, CaseError>
    readonly get: (caseId: string) => Effect.Effect<CaseView, CaseError>
    readonly history: (caseId: string) => Effect.Effect<ReadonlyArray<StoredEvent>, CaseError>
  }
>()("@zhengwu/core/cases/Cases") {}

export const startedEvent = "case-started"

/** Rebuilds a case's snapshot from its stored events (replay), checking the stream's shape. */
export const rebuild = (
  machines: (id: string) => AnyMachine | undefined,
  caseId: string,
  events: ReadonlyArray<StoredEvent>
): Result.Result<{ machine: AnyMachine; snapshot: Snapshot<string, unknown> }, CaseError> => {
  const corrupt = (detail: string) => Result.fail(caseError("corrupt-stream", { caseId, detail }))
  const first = events[0]
  if (first === undefined) return Result.fail(caseError("not-found", { caseId }))
  const started = first.payload as { machine?: unknown; context?: unknown }
  if (first.type !== startedEvent || typeof started.machine !== "string") return corrupt("first event is not a start")
  const machine = machines(started.machine)
  if (machine === undefined) return corrupt(`unknown machine \`${started.machine}\``)
  const context = decoder(machine.context, `${machine.id} context`)(started.context)
  if (Result.isFailure(context)) return corrupt(context.failure.message)
  let snapshot: Snapshot<string, unknown> = {
    machine: machine.id,
    state: machine.initial,
    context: context.success,
    version: first.version
  }
  for (const e of events.slice(1)) {
    const stored = e.payload as { payload?: unknown; to?: unknown }
    const event = Transition.decodeEvent(machine, { type: e.type, payload: stored.payload })
    if (Result.isFailure(event) || typeof stored.to !== "string") return corrupt(`event ${e.version} does not decode`)
    try {
      snapshot = { ...Transition.replay(machine, snapshot, event.success, stored.to), version: e.version }
    } catch (cause) {
      return corrupt(cause instanceof Error ? cause.message : String(cause))
    }
  }
  return Result.succeed({ machine, snapshot })
}

const view = (id: string, machine: AnyMachine, s: Snapshot<string, unknown>): CaseView => ({
  id,
  machine: machine.id,
  state: s.state,
  context: s.context,
  version: s.version,
  final: machine.states[s.state]?.final === true
})

/** The Cases service over the ports, for the given machines (usually `Registry.getMachine`). */
export const make = (machines: (id: string) => AnyMachine | undefined) =>
  Effect.gen(function* () {
    const store = yield* EventStore
    const audit = yield* AuditLog
    const clock = yield* Clock
    const ids = yield* Ids
    const unit = yield* UnitOfWork
    const index = yield* CaseIndex

    /** Indexes each finding of an audited decision under its rule. */
    const indexFindings = (record: AuditRecord, findings: ReadonlyArray<Finding>) =>
      index.putDecisions(
        findings.map((f) => ({
          auditSeq: record.seq,
          rule: f.rule,
          status: f.status,
          subject: record.subject,
          outcome: record.outcome,
          at: record.recordedAt
        }))
      )

    const record = (entry: Omit<Parameters<typeof audit.append>[0], "recordedAt">) =>
      Effect.flatMap(clock.currentTimeMillis, (recordedAt) => audit.append({ ...entry, recordedAt })).pipe(Effect.orDie)

    const load = (caseId: string) =>
      Effect.flatMap(store.read(caseId as StreamId), (events) =>
        Effect.fromResult(rebuild(machines, caseId, events)).pipe(Effect.map((r) => ({ ...r, events })))
      )

    const start = Effect.fnUntraced(function* (command: StartCommand) {
      const machine = machines(command.machine)
      if (machine === undefined) return yield* caseError("unknown-machine", { detail: command.machine })
      const context = decoder(machine.context, `${machine.id} context`)(command.context)
      if (Result.isFailure(context)) return yield* caseError("invalid-input", { problems: context.failure.problems })
      const today = yield* clock.today
      const started = Transition.start(machine, context.success, today)
      const caseId = command.id ?? (yield* ids.next(machine.id.replace("/", "-")))
      if (Result.isFailure(started)) {
        yield* unit.atomically(
          Effect.flatMap(
            record({
              kind: "decision",
              subject: caseId,
              actor: command.actor,
              outcome: "refused",
              citations: Decision.citations(started.failure),
              data: { command: "start", decision: started.failure }
            }),
            (r) => indexFindings(r, started.failure.findings)
          )
        )
        return yield* caseError("refused", { caseId, decision: started.failure })
      }
      yield* unit.atomically(
        Effect.gen(function* () {
          const appended = yield* store
            .append({
              stream: caseId as StreamId,
              expectedVersion: 0,
              events: [
                { type: startedEvent, payload: { machine: machine.id, context: command.context }, actor: command.actor }
              ],
              idempotencyKey: command.idempotencyKey
            })
            .pipe(
              Effect.mapError((e) =>
                caseError(e.reason === "version-conflict" ? "version-conflict" : "idempotency-mismatch", {
                  caseId,
                  expectedVersion: 0,
                  actualVersion: e.actual
                })
              )
            )
          if (!appended.replayed) {
            const hash = yield* eventHash({
              stream: caseId as StreamId,
              version: appended.toVersion,
              position: appended.positions[0] ?? 0,
              type: startedEvent,
              payload: JSON.parse(JSON.stringify({ machine: machine.id, context: command.context })),
              actor: command.actor,
              occurredAt: appended.occurredAt
            })
            const r = yield* record({
              kind: "event",
              subject: caseId,
              actor: command.actor,
              outcome: machine.initial,
              citations: machine.citations,
              data: {
                command: "start",
                machine: machine.id,
                version: appended.toVersion,
                position: appended.positions[0] ?? 0,
                eventHash: hash
              }
            })
            yield* index.put({
              id: caseId,
              machine: machine.id,
              state: machine.initial,
              agency: command.actor.agency,
              version: appended.toVersion,
              final: machine.states[machine.initial]?.final === true,
              createdAt: r.recordedAt,
              updatedAt: r.recordedAt
            })
          }
        })
      )
      const loaded = yield* load(caseId)
      return view(caseId, loaded.machine, loaded.snapshot)
    })

    const fire = Effect.fnUntraced(function* (command: FireCommand) {
      const { caseId } = command
      const { machine, snapshot, events } = yield* load(caseId)
      if (command.idempotencyKey !== undefined) {
        const earlier = events.find((e) => e.idempotencyKey === command.idempotencyKey)
        if (earlier !== undefined) {
          const upTo = yield* Effect.fromResult(
            rebuild(
              machines,
              caseId,
              events.filter((e) => e.version <= earlier.version)
            )
          )
          return view(caseId, upTo.machine, upTo.snapshot)
        }
      }
      if (command.expectedVersion !== undefined && command.expectedVersion !== snapshot.version) {
        return yield* caseError("version-conflict", {
          caseId,
          expectedVersion: command.expectedVersion,
          actualVersion: snapshot.version
        })
      }
      const event = Transition.decodeEvent(machine, command.event)
      if (Result.isFailure(event))
        return yield* caseError("invalid-input", { caseId, problems: event.failure.problems })
      const today = yield* clock.today
      const result = Transition.transition(machine, snapshot, event.success, command.actor, today)
      if (result._tag === "Refused") {
        yield* unit.atomically(
          Effect.flatMap(
            record({
              kind: "decision",
              subject: caseId,
              actor: command.actor,
              outcome: "refused",
              citations: Decision.citations(result.decision),
              data: { command: "fire", event: event.success.type, version: snapshot.version, decision: result.decision }
            }),
            (r) => indexFindings(r, result.decision.findings)
          )
        )
        return yield* caseError("refused", { caseId, decision: result.decision })
      }
      const appended = yield* unit.atomically(
        Effect.gen(function* () {
          const appended = yield* store
            .append({
              stream: caseId as StreamId,
              expectedVersion: snapshot.version,
              events: [
                {
                  type: event.success.type,
                  payload: { payload: event.success.payload, to: result.to },
                  actor: command.actor
                }
              ],
              idempotencyKey: command.idempotencyKey
            })
            .pipe(
              Effect.mapError((e) =>
                caseError(e.reason === "version-conflict" ? "version-conflict" : "idempotency-mismatch", {
                  caseId,
                  expectedVersion: snapshot.version,
                  actualVersion: e.actual
                })
              )
            )
          const hash = yield* eventHash({
            stream: caseId as StreamId,
            version: appended.toVersion,
            position: appended.positions[0] ?? 0,
            type: event.success.type,
            payload: JSON.parse(JSON.stringify({ payload: event.success.payload, to: result.to })),
            actor: command.actor,
            occurredAt: appended.occurredAt
          })
          const r = yield* record({
            kind: "event",
            subject: caseId,
            actor: command.actor,
            outcome: result.to,
            citations: Decision.citations(result.decision),
            data: {
              command: "fire",
              event: event.success.type,
              from: result.from,
              to: result.to,
              version: appended.toVersion,
              position: appended.positions[0] ?? 0,
              eventHash: hash,
              findings: result.decision.findings
            }
          })
          yield* indexFindings(r, result.decision.findings)
          const first = events[0]
          yield* index.put({
            id: caseId,
            machine: machine.id,
            state: result.to,
            agency: first?.actor.agency ?? command.actor.agency,
            version: appended.toVersion,
            final: machine.states[result.to]?.final === true,
            createdAt: first?.occurredAt ?? r.recordedAt,
            updatedAt: r.recordedAt
          })
          return appended
        })
      )
      return view(caseId, machine, { ...result.snapshot, version: appended.toVersion })
    })

    const get = (caseId: string) => Effect.map(load(caseId), (l) => view(caseId, l.machine, l.snapshot))
    const history = (caseId: string) =>
      Effect.flatMap(store.read(caseId as StreamId), (events) =>
        events.length === 0 ? Effect.fail(caseError("not-found", { caseId })) : Effect.succeed(events)
      )

    return Cases.of({ start, fire, get, history })
  })

export const layer = (machines: (id: string) => AnyMachine | undefined) => Layer.effect(Cases, make(machines))
