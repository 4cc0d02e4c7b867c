/**
 * A duplex stream that speaks the PostgreSQL wire protocol to an in-process
 * PGlite, so that `@effect/sql-pg`'s client (which takes a `stream` factory)
 * drives PGlite through exactly the SQL code it uses for a real server.
 *
 * The client's bytes are cut into whole protocol messages; an SSLRequest is
 * answered `N` (no TLS, there is no network), a CancelRequest is ignored, and
 * every other batch of whole messages goes to PGlite in order, one batch at a
 * time under PGlite's exclusive lock. Use it with one connection only.
 */

import { Duplex } from "node:stream"
import type { PGlite } from "@electric-sql/pglite"

const sslRequestCode = 80877103
const cancelRequestCode = 80877102

export class PgliteStream extends Duplex {
  private buffer: Buffer = Buffer.alloc(0)
  private started = false
  private queue: Promise<void> = Promise.resolve()
  private readonly db: PGlite

  constructor(db: PGlite) {
    super()
    this.db = db
  }

  override _read(): void {}

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk])
    const batch: Buffer[] = []
    for (;;) {
      const message = this.nextMessage()
      if (message === null) break
      if (message === "ssl") {
        this.flushBatch(batch.splice(0))
        this.enqueue(async () => void this.push(Buffer.from("N")))
      } else if (message !== "skip") batch.push(message)
    }
    this.flushBatch(batch)
    // acknowledge once the batch is handed to PGlite in order; errors surface on the stream
    callback()
  }

  override _final(callback: (error?: Error | null) => void): void {
    this.queue.then(
      () => {
        this.push(null)
        callback()
      },
      (e: unknown) => callback(e instanceof Error ? e : new Error(String(e)))
    )
  }

  /** The next whole message, `ssl` for an SSLRequest, `skip` for one to ignore, or null when incomplete. */
  private nextMessage(): Buffer | "ssl" | "skip" | null {
    if (!this.started) {
      if (this.buffer.length < 8) return null
      const length = this.buffer.readInt32BE(0)
      if (this.buffer.length < length) return null
      const code = this.buffer.readInt32BE(4)
      const message = this.buffer.subarray(0, length)
      this.buffer = this.buffer.subarray(length)
      if (code === sslRequestCode) return "ssl"
      if (code === cancelRequestCode) return "skip"
      this.started = true
      return Buffer.from(message)
    }
    if (this.buffer.length < 5) return null
    const length = this.buffer.readInt32BE(1) + 1
    if (this.buffer.length < length) return null
    const message = this.buffer.subarray(0, length)
    this.buffer = this.buffer.subarray(length)
    return Buffer.from(message)
  }

  private flushBatch(batch: Buffer[]): void {
    if (batch.length === 0) return
    const bytes = new Uint8Array(Buffer.concat(batch))
    const terminate = batch.some((m) => m[0] === 0x58 /* X */)
    this.enqueue(async () => {
      if (terminate) {
        this.push(null)
        return
      }
      const result = await this.db.runExclusive(() => this.db.execProtocolRaw(bytes))
      if (result.length > 0) this.push(Buffer.from(result))
    })
  }

  private enqueue(task: () => Promise<void>): void {
    this.queue = this.queue.then(task).catch((e: unknown) => {
      this.destroy(e instanceof Error ? e : new Error(String(e)))
    })
  }
}
