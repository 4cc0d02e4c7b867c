import * as Effect from "effect/Effect"
import { describe, expect, it } from "vitest"
import { eventHash } from "../../src/cases/Integrity.ts"
import * as AuditedAppend from "../../src/ports/AuditedAppend.ts"
import * as AuditLog from "../../src/ports/AuditLog.ts"
import { canonicalJson } from "../../src/ports/canonicalJson.ts"
import type { StreamId } from "../../src/ports/EventStore.ts"
import { sha256Hex } from "../../src/ports/sha256Hex.ts"

const actor = { agency: "xh-office" as never, role: "drafter" }
const request = (data: Record<string, unknown>, payload: unknown = { n: 1 }): AuditedAppend.Request => ({
  append: {
    stream: "case-1" as StreamId,
    expectedVersion: 2,
    events: [{ type: "submit", payload, actor }]
  },
  audit: {
    kind: "event",
    subject: "case-1",
    actor,
    outcome: "awaiting-approval",
    citations: ["sh-seal-2019/7"],
    data,
    recordedAt: 1_772_416_800_000
  },
  findings: [],
  summary: {
    id: "case-1",
    machine: "seals/signing",
    state: "awaiting-approval",
    agency: "xh-office",
    version: 3,
    final: false,
    parties: [],
    createdAt: 1,
    updatedAt: 1_772_416_800_000
  }
})

describe("the hash texts a store fills for appendAudited", () => {
  it("filled with the store's values, they hash to the event's hash and the record's hash the core recomputes", async () => {
    const r = request({ command: "fire", from: "drafting", note: '备注 "引号" \u2028', nested: { z: 1, a: [1, "x"] } })
    const texts = AuditedAppend.hashTexts(r, 1_772_416_800_123)
    if (texts === null) throw new Error("no texts")
    expect(texts.event.holes).toEqual(["position"])
    expect([...texts.record.holes].sort()).toEqual(["eventHash", "position", "prevHash", "seq"])
    const position = 76_540_000_001
    const values = { position, seq: 17, prevHash: "ab".repeat(32), eventHash: "" }
    const eh = await Effect.runPromise(sha256Hex(AuditedAppend.fill(texts.event, values)))
    const expectedEvent = await Effect.runPromise(
      eventHash({
        stream: r.append.stream,
        version: 3,
        position,
        type: "submit",
        payload: { n: 1 },
        actor,
        occurredAt: 1_772_416_800_123
      })
    )
    expect(eh).toBe(expectedEvent)
    const rh = await Effect.runPromise(sha256Hex(AuditedAppend.fill(texts.record, { ...values, eventHash: eh })))
    const record = await Effect.runPromise(
      AuditLog.nextRecord(
        { seq: 16, hash: "ab".repeat(32) },
        { ...r.audit, data: { ...r.audit.data, version: 3, position, eventHash: eh } }
      )
    )
    expect(rh).toBe(record.hash)
  })

  it("content that holds a hole's marker is declined (null), never hashed ambiguously", () => {
    const marker = "\u0000zhengwu-hole:position\u0000"
    expect(AuditedAppend.hashTexts(request({ command: "fire", note: marker }), 1)).toBeNull()
    expect(AuditedAppend.hashTexts(request({ command: "fire" }, { text: marker }), 1)).toBeNull()
    expect(canonicalJson(marker)).toContain("\\u0000")
  })
})
