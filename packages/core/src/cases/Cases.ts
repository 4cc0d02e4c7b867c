/**
 * Cases: a regulated procedure run against the ports. A case is one event
 * stream; its state is rebuilt by replaying the stream; every accepted event
 * and every refusal is written to the audit log with its citations. A refused
 * or conflicting command writes nothing to the stream.
 *
 * Retries are exact: a command with an idempotency key that was accepted
 * before answers what it answered then (the case as of that event) and writes
 * nothing; the same key with another request is `idempotency-mismatch`;
 * concurrent duplicates have one effect (the event store decides, inside the
 * unit of work). A start with a key but no case id gets an id derived from the
 * principal and the key, so its retries meet the same stream.
 *
 * Reads are authorised when a reader is given (see Access): a reader who is
 * not a party gets `not-readable`, whatever the case holds.
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import type { Decision } from "../decision/Decision.ts"
import * as Decisions from "../decision/Decision.ts"
import { decoder } from "../decision/DecodeError.ts"
import type { Finding } from "../decision/Finding.ts"
import * as Access from "../machine/Access.ts"
import type { Actor } from "../machine/Actor.ts"
import type { AnyMachine } from "../machine/Machine.ts"
import * as Transition from "../machine/transition.ts"
import { AuditLog } from "../ports/AuditLog.ts"
import { CaseIndex } from "../ports/CaseIndex.ts"
import { Clock } from "../ports/Clock.ts"
import { canonicalJson } from "../ports/canonicalJson.ts"
import {
  type AppendResult,
  EventStore,
  type EventStoreError,
  type StoredEvent,
  type StreamId
} from "../ports/EventStore.ts"
import { Ids } from "../ports/Ids.ts"
import { sha256Hex } from "../ports/sha256Hex.ts"
import { UnitOfWork } from "../ports/UnitOfWork.ts"
import * as AuditTrail from "./AuditTrail.ts"
import { type CaseError, caseError } from "./CaseError.ts"
import { eventHash } from "./Integrity.ts"
import { type CaseView, type Rebuilt, rebuild, startedEvent, view } from "./Rebuild.ts"
import * as StorableJson from "./StorableJson.ts"
import * as Timeline from "./Timeline.ts"

export { type CaseView, rebuild, startedEvent } from "./Rebuild.ts"

export interface StartCommand {
  readonly machine: string
  /** What the machine's `input` schema describes (the application, the request, …); the first context derives from it. */
  readonly input: unknown
  readonly actor: Actor
  /** A case id chosen by the caller; generated when absent (derived from the key when one is given). */
  readonly id?: string | undefined
  readonly idempotencyKey?: string | undefined
}

export interface FireCommand {
  readonly caseId: string
  readonly event: unknown
  /** Who fires the event; also the reader (a principal who may not read the case cannot fire on it). */
  readonly actor: Actor
  readonly expectedVersion?: number | undefined
  readonly idempotencyKey?: string | undefined
}

/** Who reads: a principal's agency. Absent for trusted callers (embedding code, projections). */
export type Reader = { readonly agency: string }

export class Cases extends Context.Service<
  Cases,
  {
    readonly start: (command: StartCommand) => Effect.Effect<CaseView, CaseError>
    readonly fire: (command: FireCommand) => Effect.Effect<CaseView, CaseError>
    readonly get: (caseId: string, reader?: Reader) => Effect.Effect<CaseView, CaseError>
    /** The case's stored events, in version order. */
    readonly history: (caseId: string, reader?: Reader) => Effect.Effect<ReadonlyArray<StoredEvent>, CaseError>
    /** Every accepted event and refused attempt, with the decision and citations behind it. */
    readonly timeline: (caseId: string, reader?: Reader) => Effect.Effect<ReadonlyArray<Timeline.Entry>, CaseError>
  }
>()("@zhengwu/core/cases/Cases") {}

/** The case id a keyed start without an id gets: the same for the same principal and key, and only for them. */
export const keyedCaseId = (actor: Actor, idempotencyKey: string): Effect.Effect<string> =>
  Effect.map(
    sha256Hex(canonicalJson({ agency: actor.agency, role: actor.role, key: idempotencyKey })),
    (hex) => `case-k${hex.slice(0, 32)}`
  )

/** Why an id cannot name a stored case, or null (ids are stored as text: no NUL, no lone surrogate). */
const idProblem = (id: string): string | null => (id.length === 0 ? "is empty" : StorableJson.stringProblem(id))

/** The Cases service over the ports, for the given machines (usually `Registry.getMachine`). */
export const make = (machines: (id: string) => AnyMachine | undefined) =>
  Effect.gen(function* () {
    const store = yield* EventStore
    const audit = yield* AuditLog
    const clock = yield* Clock
    const ids = yield* Ids
    const unit = yield* UnitOfWork
    const index = yield* CaseIndex

    /** Every audit record, with the findings behind it indexed by rule, is written by one function. */
    const audited = AuditTrail.appender({ audit, index, clock })

    /** A refusal: audited with its decision and indexed by rule; nothing else is written. */
    const refuse = (caseId: string, actor: Actor, decision: Decision, data: Record<string, unknown>) =>
      Effect.andThen(
        unit.atomically(
          audited(
            {
              kind: "decision",
              subject: caseId,
              actor,
              outcome: "refused",
              citations: Decisions.citations(decision),
              data: { ...data, decision }
            },
            decision.findings
          )
        ),
        Effect.fail(caseError("refused", { caseId, decision }))
      )

    const invalid = (
      caseId: string | null,
      found: ReadonlyArray<{ path: ReadonlyArray<string | number>; message: string }>
    ) => caseError("invalid-input", { caseId, problems: found.map((p) => ({ ...p, path: [...p.path] })) })

    interface Commit {
      readonly caseId: string
      readonly machine: AnyMachine
      readonly expectedVersion: number
      readonly type: string
      readonly payload: unknown
      readonly actor: Actor
      readonly idempotencyKey: string | undefined
      /** The state the event leads to. */
      readonly to: string
      readonly citations: ReadonlyArray<string>
      readonly findings: ReadonlyArray<Finding>
      /** What the audit record says of the command, beside the event's place and hash. */
      readonly data: Record<string, unknown>
      /** The case as indexed after the event. */
      readonly summary: {
        readonly starter: string
        readonly createdAt: number | null
        readonly bound: ReadonlySet<string>
      }
    }

    /**
     * The one place an event is appended: the event, its audit record (with the
     * event's hash), the findings by rule and the case index, in one unit of
     * work. A replayed append (a retry with a known key) writes nothing more.
     */
    const commit = (c: Commit): Effect.Effect<AppendResult, CaseError> =>
      unit.atomically(
        Effect.gen(function* () {
          const request = {
            stream: c.caseId as StreamId,
            expectedVersion: c.expectedVersion,
            events: [{ type: c.type, payload: c.payload, actor: c.actor }] as const,
            idempotencyKey: c.idempotencyKey
          }
          const refused = (e: EventStoreError) =>
            e.reason === "invalid-payload"
              ? invalid(c.caseId, [{ path: [], message: e.message }])
              : caseError(e.reason, {
                  caseId: c.caseId,
                  expectedVersion: c.expectedVersion,
                  actualVersion: e.actual
                })
          // a store that writes the event, its audit record, the findings and the index row in one go
          if (store.appendAudited !== undefined) {
            const recordedAt = yield* clock.currentTimeMillis
            const done = yield* store
              .appendAudited({
                append: request,
                audit: {
                  kind: "event",
                  subject: c.caseId,
                  actor: c.actor,
                  outcome: c.to,
                  citations: c.citations,
                  data: c.data,
                  recordedAt
                },
                findings: c.findings.map((f) => ({ rule: f.rule, status: f.status })),
                summary: summaryOf(c, c.expectedVersion + 1, recordedAt)
              })
              .pipe(Effect.mapError(refused))
            if (done !== null) return done.appended
          }
          const appended = yield* store.append(request).pipe(Effect.mapError(refused))
          if (appended.replayed) return appended
          const position = appended.positions[0] ?? 0
          const hash = yield* eventHash({
            stream: c.caseId as StreamId,
            version: appended.toVersion,
            position,
            type: c.type,
            payload: JSON.parse(JSON.stringify(c.payload)),
            actor: c.actor,
            occurredAt: appended.occurredAt
          })
          const r = yield* audited(
            {
              kind: "event",
              subject: c.caseId,
              actor: c.actor,
              outcome: c.to,
              citations: c.citations,
              data: { ...c.data, version: appended.toVersion, position, eventHash: hash }
            },
            c.findings
          )
          yield* index.put(summaryOf(c, appended.toVersion, r.recordedAt))
          return appended
        })
      )

    /** The case as indexed after the commit's event. */
    const summaryOf = (c: Commit, version: number, recordedAt: number) => ({
      id: c.caseId,
      machine: c.machine.id,
      state: c.to,
      agency: c.summary.starter,
      version,
      final: c.machine.states[c.to]?.final === true,
      parties: [...c.summary.bound].sort(),
      createdAt: c.summary.createdAt ?? recordedAt,
      updatedAt: recordedAt
    })

    const load = (caseId: string) => {
      const bad = idProblem(caseId)
      if (bad !== null) return Effect.fail(caseError("not-found", { caseId, detail: `the case id ${bad}` }))
      return Effect.flatMap(store.read(caseId as StreamId), (events) =>
        Effect.fromResult(rebuild(machines, caseId, events)).pipe(Effect.map((r) => ({ ...r, events })))
      )
    }

    /** Loads a case for a reader: `not-readable` when the reader is not a party. */
    const loadFor = (caseId: string, reader: Reader | undefined) =>
      Effect.flatMap(load(caseId), (loaded) =>
        reader === undefined || Access.mayRead(loaded.machine, loaded.bound, reader) !== null
          ? Effect.succeed(loaded)
          : Effect.fail(caseError("not-readable", { caseId }))
      )

    /** The case as it stood after `version` (what a replayed command answers). */
    const viewAt = (caseId: string, version: number) =>
      Effect.flatMap(store.read(caseId as StreamId), (events) =>
        Effect.map(
          Effect.fromResult(
            rebuild(
              machines,
              caseId,
              events.filter((e) => e.version <= version)
            )
          ),
          (r: Rebuilt) => view(caseId, r.machine, r.snapshot)
        )
      )

    const start = Effect.fnUntraced(function* (command: StartCommand) {
      const machine = machines(command.machine)
      if (machine === undefined) return yield* caseError("unknown-machine", { detail: command.machine })
      const unstorable = StorableJson.problems(command.input)
      if (unstorable.length > 0) return yield* invalid(null, unstorable)
      const input = decoder(machine.input, `${machine.id} input`)(command.input)
      if (Result.isFailure(input)) return yield* invalid(null, input.failure.problems)
      const first = machine.initialContext(input.success)
      if (command.id !== undefined) {
        const bad = idProblem(command.id)
        if (bad !== null) return yield* invalid(null, [{ path: ["id"], message: `the case id ${bad}` }])
      }
      const today = yield* clock.today
      const started = Transition.start(machine, first, today)
      const caseId =
        command.id ??
        (command.idempotencyKey !== undefined
          ? yield* keyedCaseId(command.actor, command.idempotencyKey)
          : yield* ids.next(machine.id.replace("/", "-")))
      if (Result.isFailure(started)) return yield* refuse(caseId, command.actor, started.failure, { command: "start" })
      const appended = yield* commit({
        caseId,
        machine,
        expectedVersion: 0,
        type: startedEvent,
        // the input as sent and the context derived from it: replay reads the context, never re-derives it
        payload: { machine: machine.id, input: command.input, context: encodeContext(machine, first) },
        actor: command.actor,
        idempotencyKey: command.idempotencyKey,
        to: machine.initial,
        citations: machine.citations,
        findings: [],
        data: { command: "start", machine: machine.id },
        summary: {
          starter: command.actor.agency,
          createdAt: null,
          bound: Access.bind(new Set(), machine, first, command.actor)
        }
      })
      return yield* viewAt(caseId, appended.toVersion)
    })

    const fire = Effect.fnUntraced(function* (command: FireCommand) {
      const { caseId } = command
      const loaded = yield* loadFor(caseId, command.actor)
      const { machine, snapshot, events } = loaded
      const unstorable = StorableJson.problems(command.event)
      if (unstorable.length > 0) return yield* invalid(caseId, unstorable)
      const event = Transition.decodeEvent(machine, command.event)
      if (Result.isFailure(event)) return yield* invalid(caseId, event.failure.problems)
      if (command.idempotencyKey !== undefined) {
        const earlier = events.find((e) => e.idempotencyKey === command.idempotencyKey)
        if (earlier !== undefined) {
          const same = sameEvent(earlier, event.success, command.actor)
          if (!same) return yield* caseError("idempotency-mismatch", { caseId, detail: command.idempotencyKey })
          return yield* viewAt(caseId, earlier.version)
        }
      }
      if (command.expectedVersion !== undefined && command.expectedVersion !== snapshot.version) {
        return yield* caseError("version-conflict", {
          caseId,
          expectedVersion: command.expectedVersion,
          actualVersion: snapshot.version
        })
      }
      const today = yield* clock.today
      const result = Transition.transition(machine, snapshot, event.success, command.actor, today)
      if (result._tag === "Refused") {
        return yield* refuse(caseId, command.actor, result.decision, {
          command: "fire",
          event: event.success.type,
          version: snapshot.version
        })
      }
      const appended = yield* commit({
        caseId,
        machine,
        expectedVersion: snapshot.version,
        type: event.success.type,
        payload: { payload: event.success.payload, to: result.to },
        actor: command.actor,
        idempotencyKey: command.idempotencyKey,
        to: result.to,
        citations: Decisions.citations(result.decision),
        findings: result.decision.findings,
        data: {
          command: "fire",
          event: event.success.type,
          from: result.from,
          to: result.to,
          findings: result.decision.findings,
          decision: result.decision
        },
        summary: {
          starter: loaded.starter,
          createdAt: loaded.createdAt,
          bound: Access.bind(loaded.bound, machine, result.snapshot.context, command.actor)
        }
      })
      if (appended.replayed) return yield* viewAt(caseId, appended.toVersion)
      return view(caseId, machine, { ...result.snapshot, version: appended.toVersion })
    })

    const get = (caseId: string, reader?: Reader) =>
      Effect.map(loadFor(caseId, reader), (l) => view(caseId, l.machine, l.snapshot))
    const history = (caseId: string, reader?: Reader) => Effect.map(loadFor(caseId, reader), (l) => l.events)

    const timeline = (caseId: string, reader?: Reader) =>
      Effect.flatMap(loadFor(caseId, reader), () =>
        Effect.map(audit.list({ subject: caseId }), (records) => Timeline.fromAudit(caseId, records))
      )

    return Cases.of({ start, fire, get, history, timeline })
  })

/** A context as JSON, through its schema (what the store holds and replay decodes). */
const encodeContext = (machine: AnyMachine, context: unknown): unknown =>
  Schema.encodeSync(machine.context as Schema.Codec<unknown, unknown>)(context)

/** Whether a stored event is the one a retried command asks for: same type, payload and actor. */
const sameEvent = (stored: StoredEvent, event: { type: string; payload: unknown }, actor: Actor): boolean => {
  const storedPayload = (stored.payload as { payload?: unknown }).payload
  const normal = (x: unknown) => canonicalJson(JSON.parse(JSON.stringify(x ?? null)))
  return (
    stored.type === event.type &&
    stored.actor.agency === actor.agency &&
    stored.actor.role === actor.role &&
    normal(storedPayload) === normal(event.payload)
  )
}

export const layer = (machines: (id: string) => AnyMachine | undefined) => Layer.effect(Cases, make(machines))
