/**
 * Serves a web-standard handler on Node's HTTP server: request bodies stream
 * to the handler (its front door enforces the size limit), timeouts are set,
 * one structured log line is written per request (method, path, status,
 * duration — never headers, so keys are never logged), and `close` stops
 * accepting, lets in-flight requests finish, then resolves.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import { Readable } from "node:stream"

export interface ServeOptions {
  readonly host?: string | undefined
  /** 0 picks a free port. */
  readonly port?: number | undefined
  /** Whole-request timeout in ms (default 30 s). */
  readonly requestTimeoutMs?: number | undefined
  /**
   * Largest request body in bytes. A request that declares more is answered
   * 413 once its body is drained (so the client reads the answer instead of a
   * reset connection); the handler's front door enforces the same limit on
   * bodies of unknown length.
   */
  readonly maxBodyBytes?: number | undefined
  /** Where log lines go (default: stdout, one JSON object per line). */
  readonly log?: ((entry: Record<string, unknown>) => void) | undefined
}

export interface RunningServer {
  readonly url: string
  readonly port: number
  readonly close: () => Promise<void>
}

const toRequest = (req: IncomingMessage, origin: string): Request => {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v)
  }
  const method = req.method ?? "GET"
  const hasBody = method !== "GET" && method !== "HEAD"
  return new Request(new URL(req.url ?? "/", origin), {
    method,
    headers,
    ...(hasBody ? { body: Readable.toWeb(req) as ReadableStream<Uint8Array>, duplex: "half" } : {})
  } as RequestInit)
}

/** Reads and discards a body (up to `cap` bytes, then gives up on the connection). */
const drain = (req: IncomingMessage, cap: number) =>
  new Promise<void>((resolve) => {
    let seen = 0
    req.on("data", (chunk: Buffer) => {
      seen += chunk.length
      if (seen > cap) req.destroy()
    })
    req.on("end", () => resolve())
    req.on("close", () => resolve())
  })

const tooLarge = (limit: number) =>
  new Response(
    JSON.stringify({
      type: "urn:zhengwu:problem:body-too-large",
      title: "request body too large",
      status: 413,
      detail: `the limit is ${limit} bytes`
    }),
    { status: 413, headers: { "content-type": "application/problem+json", connection: "close" } }
  )

const send = async (res: ServerResponse, response: Response) => {
  const headers: Record<string, string> = {}
  response.headers.forEach((value, name) => {
    headers[name] = value
  })
  const body = Buffer.from(await response.arrayBuffer())
  res.writeHead(response.status, { ...headers, "content-length": String(body.length) })
  res.end(body)
}

export const serve = (handler: (request: Request) => Promise<Response>, options: ServeOptions = {}) =>
  new Promise<RunningServer>((resolve, reject) => {
    const log = options.log ?? ((entry) => process.stdout.write(`${JSON.stringify(entry)}\n`))
    const host = options.host ?? "127.0.0.1"
    const server = createServer((req, res) => {
      const started = performance.now()
      const origin = `http://${req.headers.host ?? host}`
      const path = (req.url ?? "/").split("?")[0]
      const declared = Number(req.headers["content-length"] ?? "0")
      const answer =
        options.maxBodyBytes !== undefined && declared > options.maxBodyBytes
          ? drain(req, 64 * options.maxBodyBytes).then(() => tooLarge(options.maxBodyBytes as number))
          : handler(toRequest(req, origin))
      answer
        .then((response) => send(res, response))
        .catch(() => {
          if (!res.headersSent) {
            res.writeHead(500, { "content-type": "application/problem+json" })
            res.end(JSON.stringify({ type: "urn:zhengwu:problem:internal", title: "internal error", status: 500 }))
          } else res.destroy()
        })
        .finally(() =>
          log({
            time: new Date().toISOString(),
            method: req.method,
            path,
            status: res.statusCode,
            ms: Math.round((performance.now() - started) * 10) / 10
          })
        )
    })
    server.requestTimeout = options.requestTimeoutMs ?? 30_000
    server.headersTimeout = Math.min(server.requestTimeout, 10_000)
    server.keepAliveTimeout = 5_000
    server.once("error", reject)
    server.listen(options.port ?? 0, host, () => {
      const port = (server.address() as AddressInfo).port
      resolve({
        url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
        port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done())
            server.closeIdleConnections()
          })
      })
    })
  })
