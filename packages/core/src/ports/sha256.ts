/**
 * SHA-256 (FIPS 180-4) of bytes, synchronously, in portable code: no
 * `node:crypto`, and no round trip through Web Crypto's asynchronous `digest`,
 * which costs a thread-pool hop per hash (the decision log, the case events'
 * hash chain and idempotency keys each hash one short text per write). The
 * round constants are derived as the standard defines them (the first 32 bits
 * of the fractional parts of the cube roots of the first 64 primes; the
 * initial hash from the square roots of the first 8), and the tests hold the
 * function to the standard's examples and to Web Crypto on generated input.
 */

const primes = (n: number): Array<number> => {
  const out: Array<number> = []
  for (let c = 2; out.length < n; c++) if (out.every((p) => c % p !== 0)) out.push(c)
  return out
}
const frac32 = (x: number): number => ((x - Math.floor(x)) * 0x100000000) >>> 0

const K = Int32Array.from(primes(64), (p) => frac32(Math.cbrt(p)))
const H0 = Int32Array.from(primes(8), (p) => frac32(Math.sqrt(p)))

/** The message schedule, reused: hashing is synchronous and never re-entered. */
const W = new Int32Array(64)
const H = new Int32Array(8)

const hex = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, "0"))

/** Lower-case hex SHA-256 of `data`. */
export const sha256HexOfBytes = (data: Uint8Array): string => {
  const length = data.length
  const blocks = (length + 9 + 63) >>> 6
  const padded = new Uint8Array(blocks << 6)
  padded.set(data)
  padded[length] = 0x80
  const view = new DataView(padded.buffer)
  // the message length in bits, as a 64-bit big-endian number
  view.setUint32(padded.length - 8, Math.floor(length / 0x20000000))
  view.setUint32(padded.length - 4, (length << 3) >>> 0)
  H.set(H0)
  for (let offset = 0; offset < padded.length; offset += 64) {
    for (let i = 0; i < 16; i++) W[i] = view.getInt32(offset + i * 4)
    for (let i = 16; i < 64; i++) {
      const w15 = W[i - 15] as number
      const w2 = W[i - 2] as number
      const s0 = ((w15 >>> 7) | (w15 << 25)) ^ ((w15 >>> 18) | (w15 << 14)) ^ (w15 >>> 3)
      const s1 = ((w2 >>> 17) | (w2 << 15)) ^ ((w2 >>> 19) | (w2 << 13)) ^ (w2 >>> 10)
      W[i] = ((W[i - 16] as number) + s0 + (W[i - 7] as number) + s1) | 0
    }
    let a = H[0] as number
    let b = H[1] as number
    let c = H[2] as number
    let d = H[3] as number
    let e = H[4] as number
    let f = H[5] as number
    let g = H[6] as number
    let h = H[7] as number
    for (let i = 0; i < 64; i++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))
      const ch = (e & f) ^ (~e & g)
      const t1 = (h + S1 + ch + (K[i] as number) + (W[i] as number)) | 0
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))
      const maj = (a & b) ^ (a & c) ^ (b & c)
      const t2 = (S0 + maj) | 0
      h = g
      g = f
      f = e
      e = (d + t1) | 0
      d = c
      c = b
      b = a
      a = (t1 + t2) | 0
    }
    H[0] = ((H[0] as number) + a) | 0
    H[1] = ((H[1] as number) + b) | 0
    H[2] = ((H[2] as number) + c) | 0
    H[3] = ((H[3] as number) + d) | 0
    H[4] = ((H[4] as number) + e) | 0
    H[5] = ((H[5] as number) + f) | 0
    H[6] = ((H[6] as number) + g) | 0
    H[7] = ((H[7] as number) + h) | 0
  }
  let out = ""
  for (let i = 0; i < 8; i++) {
    const x = H[i] as number
    out += (hex[(x >>> 24) & 0xff] as string) + hex[(x >>> 16) & 0xff] + hex[(x >>> 8) & 0xff] + hex[x & 0xff]
  }
  return out
}

const utf8 = new TextEncoder()

/** Lower-case hex SHA-256 of the UTF-8 bytes of `text` (a lone surrogate is encoded as U+FFFD, as TextEncoder does). */
export const sha256HexOfText = (text: string): string => sha256HexOfBytes(utf8.encode(text))
