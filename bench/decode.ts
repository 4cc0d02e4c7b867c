/**
 * Section: decode from a JSON string, then decide. Zhengwu's
 * `Validator.decideUnknown` (Schema decoder with every problem's path) as
 * shipped, and again with Effect's Schema JIT enabled (a child process started
 * with `--import effect/schema/SchemaJITCompiler/enable`, since the JIT must be
 * on before any schema is built); against JSON.parse + a hand-written decoder +
 * the bare function, and JSON.parse + json-rules-engine (which validates
 * nothing).
 */
import { execFileSync } from "node:child_process"
import { LocalDate, Validator } from "@zhengwu/core"
import * as Result from "effect/Result"
import { type Subject, subjects } from "./decisions.ts"
import type { Verdict } from "./lib/bare.ts"
import { decodeSeal, decodeTopology, decodeUseQuery } from "./lib/bare-decode.ts"
import { asOf, corrupt, generate, rng } from "./lib/fixtures.ts"
import { profileInProcess, summarise, toMarkdown } from "./lib/profile.ts"
import { finish, log, newResult, parseArgs } from "./lib/report.ts"
import { fmt, interleaved, type Measurement, measureSync } from "./lib/timing.ts"
import { sameVerdict, showVerdict, verdictOf } from "./lib/zhengwu.ts"

const bareDecoders: Record<string, (x: unknown) => object | null> = {
  "seals/use": decodeSeal,
  "networks/topology": decodeTopology,
  "certificates/use": decodeUseQuery
}

const day = LocalDate.make(asOf)
/** Goal: decode + decide at ≥ 0.8× of JSON.parse + the hand-written decoder + the bare function. */
const goal = 0.8

const jsonPool = (s: Subject, n: number) => generate(n, s.seed + 100, s.generate).map((x) => JSON.stringify(x))

const zhengwu = (s: Subject) => (json: string) => Validator.decideUnknown(s.validator, JSON.parse(json), day)

/** In the JIT child: measure Zhengwu only, print JSON. */
const jitChild = async (quick: boolean) => {
  const run = { durationMs: quick ? 300 : 3000, warmupMs: quick ? 50 : 300, rounds: 3 }
  const out: Record<string, Measurement> = {}
  for (const s of subjects) {
    const pool = jsonPool(s, 1024)
    const f = zhengwu(s)
    const [m] = await interleaved([{ name: s.id, sync: (i) => f(pool[i & 1023] as string) }], run)
    out[s.id] = m as Measurement
  }
  process.stdout.write(JSON.stringify(out))
}

const main = async () => {
  const args = parseArgs()
  if (process.argv.includes("--jit-child")) return await jitChild(args.quick)
  const started = performance.now()
  const result = newResult(
    "decode",
    "Decode from JSON + decide",
    "From a JSON string to a decision: `JSON.parse`, decode to the typed input, decide. Zhengwu's decoder reports every problem with its path (a `DecodeError`, never a decision); the hand-written decoder only answers valid or not; json-rules-engine is given the parsed JSON as facts and validates nothing."
  )
  const run = { durationMs: args.quick ? 300 : 3000, warmupMs: args.quick ? 50 : 300, rounds: 3 }
  const nEquiv = args.quick ? 1024 : 4000

  // Zhengwu with the Schema JIT, in a child process (the JIT must be installed before any schema is built)
  log("decode: Schema JIT child")
  const enable = import.meta.resolve("effect/schema/SchemaJITCompiler/enable")
  const jit = JSON.parse(
    execFileSync(
      process.execPath,
      [
        "--expose-gc",
        "--import",
        enable,
        new URL(import.meta.url).pathname,
        "--jit-child",
        ...(args.quick ? ["--quick"] : [])
      ],
      { encoding: "utf8", maxBuffer: 1 << 24 }
    )
  ) as Record<string, Measurement>

  const missed: Array<Subject> = []
  for (const s of subjects) {
    log(`decode: ${s.id}`)
    const bareDecode = bareDecoders[s.id] as (x: unknown) => object | null
    const bareDecide = s.bare as (input: unknown, asOf: string) => Verdict
    const jre = s.jre()
    const z = zhengwu(s)
    const bare = (json: string) => {
      const input = bareDecode(JSON.parse(json))
      return input === null ? null : bareDecide(input, asOf)
    }
    // equivalence: valid and corrupted inputs; json-rules-engine on the valid ones
    const r = rng(s.seed + 200)
    const valid = jsonPool(s, nEquiv)
    const invalid = generate(Math.round(nEquiv / 10), s.seed + 300, s.generate).map((x) =>
      JSON.stringify(corrupt(r, x, s.id))
    )
    let mismatches = 0
    let rejected = 0
    let first = ""
    for (const [i, json] of [...valid, ...invalid].entries()) {
      const zr = z(json)
      const zv = Result.isSuccess(zr) ? verdictOf(zr.success) : null
      const bv = bare(json)
      const jv = i < valid.length ? await jre(JSON.parse(json), asOf) : null
      if (zv === null) rejected++
      const same =
        (zv === null && bv === null && i >= valid.length) ||
        (zv !== null && bv !== null && sameVerdict(zv, bv) && (jv === null || sameVerdict(zv, jv)))
      if (!same) {
        mismatches++
        if (first === "")
          first = `input ${i}: zhengwu ${zv === null ? "DecodeError" : showVerdict(zv)}, bare ${bv === null ? "invalid" : showVerdict(bv)}${jv === null ? "" : `, json-rules-engine ${showVerdict(jv)}`}`
      }
    }
    result.equivalence.push({
      name: s.id,
      cases: valid.length + invalid.length,
      ok: mismatches === 0,
      detail:
        mismatches === 0
          ? `${valid.length} valid, ${invalid.length} corrupted and refused by both decoders (${rejected} DecodeErrors)`
          : `${mismatches} differ; first: ${first}`
    })
    if (mismatches > 0) continue

    const pool = valid.slice(0, 1024)
    const at = (i: number) => pool[i & 1023] as string
    const [zm, bm, jm, pm] = (await interleaved(
      [
        { name: `${s.id} zhengwu`, sync: (i) => z(at(i)) },
        { name: `${s.id} bare`, sync: (i) => bare(at(i)) },
        { name: `${s.id} json-rules-engine`, async: (i) => jre(JSON.parse(at(i)), asOf) },
        { name: `${s.id} JSON.parse`, sync: (i) => JSON.parse(at(i)) }
      ],
      run
    )) as [Measurement, Measurement, Measurement, Measurement]
    const jz = jit[s.id] as Measurement
    const bytes = Math.round(pool.reduce((a, j) => a + j.length, 0) / pool.length)
    const row = (name: string, m: Measurement) => [
      name,
      fmt.rate(m.opsPerSec),
      fmt.ns(m.p50Ns),
      fmt.ns(m.p99Ns),
      fmt.ratio(m.opsPerSec / bm.opsPerSec)
    ]
    result.tables.push({
      title: `${s.id} (JSON of ${bytes} bytes on average)`,
      columns: ["implementation", "decisions/s", "p50", "p99", "vs bare"],
      rows: [
        row("Zhengwu `decideUnknown` (as shipped)", zm),
        row("Zhengwu `decideUnknown` with Effect's JIT enabled globally", jz),
        row("JSON.parse + hand-written decoder + bare function", bm),
        row("JSON.parse + json-rules-engine (no validation)", jm),
        row("JSON.parse alone (reference)", pm)
      ]
    })
    const ratio = zm.opsPerSec / bm.opsPerSec
    const met = ratio >= goal
    if (!met) missed.push(s)
    result.goals.push({
      goal: `${s.id}: decode + decide ≥ 0.8× of JSON.parse + a hand-written decoder + the bare function`,
      measured: `${fmt.rate(zm.opsPerSec)}/s vs ${fmt.rate(bm.opsPerSec)}/s = ${fmt.ratio(ratio)} (with the Schema JIT: ${fmt.ratio(jz.opsPerSec / bm.opsPerSec)})`,
      met,
      ...(met
        ? {}
        : {
            because:
              "valid input is walked twice, by the Schema decoder (compiled once per schema by Effect's JIT, its checks hoisted; it reports every problem with its path) and by the walk that refuses unknown keys, where the hand-written decoder checks each field once; the split of parse, decode and decide is in the profile",
            next: "an AOT-compiled decoder (`SchemaAOTCompiler`) with the unknown-key check generated into its walk; for networks/topology also the decision itself (see the decisions section)"
          })
    })
  }

  if (args.profile && !args.quick && missed.length > 0) {
    for (const s of missed) {
      const pool = jsonPool(s, 1024)
      const f = zhengwu(s)
      const decodeOnly = Validator.decodeInput(s.validator)
      const parsed = pool.map((j) => JSON.parse(j) as unknown)
      // split the time: parse, decode, decide
      const tParse = measureSync("parse", (i) => JSON.parse(pool[i & 1023] as string), {
        durationMs: 500,
        warmupMs: 100
      })
      const tDecode = measureSync("decode", (i) => decodeOnly(parsed[i & 1023]), { durationMs: 500, warmupMs: 100 })
      const typed = parsed.map((p) => {
        const d = decodeOnly(p)
        return Result.isSuccess(d) ? d.success : null
      })
      const tDecide = measureSync("decide", (i) => Validator.decide(s.validator, typed[i & 1023], day), {
        durationMs: 500,
        warmupMs: 100
      })
      const profile = await profileInProcess(() => {
        const end = performance.now() + 1500
        let i = 0
        while (performance.now() < end) for (let k = 0; k < 200; k++) f(pool[i++ & 1023] as string)
      })
      const per = (m: Measurement) => `${fmt.ns(1e9 / m.opsPerSec)}`
      result.profiles.push({
        title: `${s.id}, \`decideUnknown\` from JSON`,
        body: toMarkdown(
          summarise(profile),
          `Per decision, measured apart: JSON.parse ${per(tParse)}, Schema decode ${per(tDecode)}, decide ${per(tDecide)}. (JSON.parse is a V8 builtin: in the profile its time is counted in the calling frame, the bench's \`decode.ts\` closure.) The decoder is compiled once per schema (\`SchemaJITCompiler.enable\` on the input's AST when the decoder is first built); valid input is answered by the lenient decode and a walk comparing its keys with the output, since Effect's strict excess-property check rebuilds each object's key set per input; anything else is decoded strictly, which names every problem with its path. What remains is the decode of these nested inputs (unions picked per element, the checks) and the decision itself; next: an AOT-compiled decoder (\`SchemaAOTCompiler\`) with the excess-key check generated in, and the decision's own costs (see the decisions section).`
        )
      })
    }
  }
  result.notes.push(
    `Goal: decode + decide at ≥ ${goal}× of JSON.parse + the hand-written decoder + the bare function for each validator, measured as shipped. Best of 3 interleaved rounds; the Schema JIT figure comes from a separate process run just before (started with Effect's JIT enabled globally).`,
    "The inputs are realistic requests (a seal request with its certificate, a topology of 5-10 nodes, a custody register): JSON.parse alone of these strings runs at the rate in the last row, which bounds any decode + decide."
  )
  finish(args, result, started)
}

if (import.meta.main) await main()
