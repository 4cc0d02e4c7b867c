/**
 * The timing helper every section uses: warm up, then run for a fixed time (or
 * a fixed number of operations), sampling per-operation latency, and report
 * ops/s with p50/p99. Fast synchronous operations are timed in small batches
 * (a batch lasts ~10 µs, so the timer's own cost stays under 1%); their p50/p99
 * are then batch means, which the report says. Asynchronous operations are
 * timed one by one.
 */
import { performance } from "node:perf_hooks"

export interface Measurement {
  readonly name: string
  readonly ops: number
  readonly seconds: number
  readonly opsPerSec: number
  /** Per-operation latency in nanoseconds. */
  readonly p50Ns: number
  readonly p99Ns: number
  /** Operations per latency sample (1 = each operation timed on its own). */
  readonly batch: number
}

export interface RunOptions {
  /** Measured time (ms). */
  readonly durationMs: number
  /** Warm-up time before measuring (ms). */
  readonly warmupMs: number
  /** Stop after this many measured operations, whichever comes first. */
  readonly maxOps?: number | undefined
}

const maxSamples = 1 << 20

const percentile = (sorted: Float64Array, p: number): number =>
  sorted.length === 0 ? Number.NaN : (sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number)

const summarise = (name: string, ops: number, ms: number, samples: Float64Array, n: number, batch: number) => {
  const s = samples.slice(0, n).sort()
  return {
    name,
    ops,
    seconds: ms / 1000,
    opsPerSec: ops / (ms / 1000),
    p50Ns: percentile(s, 0.5) * 1e6,
    p99Ns: percentile(s, 0.99) * 1e6,
    batch
  }
}

/** Prevents the optimiser from dropping results. */
export let sink: unknown

export const gc = () => (globalThis as { gc?: () => void }).gc?.()

/** Measures a synchronous operation; `fn(i)` gets the operation's index (use it to cycle through inputs). */
export const measureSync = (name: string, fn: (i: number) => unknown, options: RunOptions): Measurement => {
  gc()
  let i = 0
  // warm-up, which also estimates the cost of one operation
  const w0 = performance.now()
  let warm = 0
  while (performance.now() - w0 < options.warmupMs) {
    for (let k = 0; k < 64; k++) sink = fn(i++)
    warm += 64
  }
  const perOpMs = (performance.now() - w0) / Math.max(1, warm)
  const batch = Math.max(1, Math.min(100_000, Math.round(0.01 / Math.max(perOpMs, 1e-9))))
  const samples = new Float64Array(maxSamples)
  let n = 0
  let ops = 0
  const limit = options.maxOps ?? Number.POSITIVE_INFINITY
  const start = performance.now()
  let now = start
  while (now - start < options.durationMs && ops < limit) {
    const t0 = performance.now()
    for (let k = 0; k < batch; k++) sink = fn(i++)
    now = performance.now()
    if (n < maxSamples) samples[n++] = (now - t0) / batch
    ops += batch
  }
  return summarise(name, ops, now - start, samples, n, batch)
}

/** Measures an asynchronous operation, each one timed on its own. */
export const measureAsync = async (
  name: string,
  fn: (i: number) => Promise<unknown>,
  options: RunOptions
): Promise<Measurement> => {
  gc()
  let i = 0
  const w0 = performance.now()
  while (performance.now() - w0 < options.warmupMs) sink = await fn(i++)
  const samples = new Float64Array(maxSamples)
  let n = 0
  let ops = 0
  const limit = options.maxOps ?? Number.POSITIVE_INFINITY
  const start = performance.now()
  let now = start
  while (now - start < options.durationMs && ops < limit) {
    const t0 = performance.now()
    sink = await fn(i++)
    now = performance.now()
    if (n < maxSamples) samples[n++] = now - t0
    ops++
  }
  return summarise(name, ops, now - start, samples, n, 1)
}

/** Latency statistics (ms) of a list of samples taken elsewhere. */
export const latencyStats = (samplesMs: ReadonlyArray<number>) => {
  const s = Float64Array.from(samplesMs).sort()
  const mean = s.reduce((a, b) => a + b, 0) / Math.max(1, s.length)
  return { n: s.length, meanMs: mean, p50Ms: percentile(s, 0.5), p99Ms: percentile(s, 0.99) }
}

/** Formats numbers for the report. */
export const fmt = {
  rate: (x: number) =>
    !Number.isFinite(x)
      ? "—"
      : x >= 1e6
        ? `${(x / 1e6).toFixed(2)} M`
        : x >= 1e3
          ? `${(x / 1e3).toFixed(1)} k`
          : x.toFixed(x >= 100 ? 0 : 1),
  ns: (ns: number) =>
    !Number.isFinite(ns)
      ? "—"
      : ns >= 1e6
        ? `${(ns / 1e6).toFixed(2)} ms`
        : ns >= 1e3
          ? `${(ns / 1e3).toFixed(ns >= 1e4 ? 0 : 1)} µs`
          : `${ns.toFixed(0)} ns`,
  ms: (ms: number) => (!Number.isFinite(ms) ? "—" : ms >= 100 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(2)} ms`),
  ratio: (x: number) => (!Number.isFinite(x) ? "—" : x >= 10 ? `${x.toFixed(1)}×` : `${x.toFixed(2)}×`),
  bytes: (b: number) => (b >= 1e6 ? `${(b / 1e6).toFixed(2)} MB` : b >= 1e3 ? `${(b / 1e3).toFixed(1)} kB` : `${b} B`)
}

export interface Contender {
  readonly name: string
  readonly sync?: (i: number) => unknown
  readonly async?: (i: number) => Promise<unknown>
}

/**
 * Measures several implementations in interleaved rounds (A B C, A B C, …) and
 * keeps each one's best round: on a shared machine another process's burst
 * then slows one round, not one contender's whole figure.
 */
export const interleaved = async (
  contenders: ReadonlyArray<Contender>,
  options: RunOptions & { readonly rounds: number }
): Promise<Array<Measurement>> => {
  const best: Array<Measurement | undefined> = contenders.map(() => undefined)
  for (let r = 0; r < options.rounds; r++) {
    for (const [k, c] of contenders.entries()) {
      const run = {
        durationMs: options.durationMs / options.rounds,
        warmupMs: r === 0 ? options.warmupMs : options.warmupMs / 4
      }
      const m =
        c.sync !== undefined
          ? measureSync(c.name, c.sync, run)
          : await measureAsync(c.name, c.async ?? (async () => undefined), run)
      const b = best[k]
      if (b === undefined || m.opsPerSec > b.opsPerSec) best[k] = m
    }
  }
  return best as Array<Measurement>
}
