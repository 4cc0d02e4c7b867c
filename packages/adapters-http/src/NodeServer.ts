/**
 * Serves a web-standard handler on Node's HTTP server: request bodies stream
 * to the handler (its front door enforces the size limit), timeouts are set,
 * one structured log line is written per request (method, path, status,
 * duration — never headers, so keys are never logged), and `close` stops
 * accepting, lets in-flight requests finish, then resolves.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import type { Duplex } from "node:stream"
import { Readable } from "node:stream"
import * as Edge from "./Edge.ts"
import * as Problem from "./Problem.ts"

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
  /** Longest request target in bytes (default 8 KiB); 414 above it. */
  readonly maxUrlBytes?: number | undefined
  /** Where log lines go (default: stdout, one JSON object per line). */
  readonly log?: ((entry: Record<string, unknown>) => void) | undefined
}

export interface RunningServer {
  readonly url: string
  readonly port: number
  readonly close: () => Promise<void>
}

const headersOf = (req: IncomingMessage): Headers => {
  // raw name/value pairs, in order: repeated headers stay repeated, as Node received them
  const raw = req.rawHeaders
  const pairs: Array<[string, string]> = []
  for (let i = 0; i + 1 < raw.length; i += 2) pairs.push([raw[i] as string, raw[i + 1] as string])
  return new Headers(pairs)
}

/**
 * The web `Request` for a Node request. A body whose length is declared (and
 * within the limit, which the edge checked) is read here into one buffer: no
 * web stream per request. A body of unknown length streams, so the front door
 * stops reading it at the limit.
 */
const toRequest = (req: IncomingMessage, origin: string, body: Buffer | null): Request => {
  const method = req.method ?? "GET"
  const hasBody = method !== "GET" && method !== "HEAD"
  const url = new URL(req.url ?? "/", origin)
  if (!hasBody) return new Request(url, { method, headers: headersOf(req) })
  if (body !== null) return new Request(url, { method, headers: headersOf(req), body: body as Uint8Array<ArrayBuffer> })
  return new Request(url, {
    method,
    headers: headersOf(req),
    body: Readable.toWeb(req) as ReadableStream<Uint8Array>,
    duplex: "half"
  } as RequestInit)
}

/** The whole body of a request whose length is declared (Node's parser holds the client to it). */
const readDeclared = (req: IncomingMessage) =>
  new Promise<Buffer>((resolve, reject) => {
    const chunks: Array<Buffer> = []
    req.on("data", (c: Buffer) => chunks.push(c))
    req.on("end", () => resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks)))
    req.on("error", reject)
    req.on("aborted", () => reject(new Error("request aborted")))
  })

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
    req.on("error", () => resolve())
  })

const send = async (res: ServerResponse, response: Response) => {
  const headers: Record<string, string> = {}
  response.headers.forEach((value, name) => {
    headers[name] = value
  })
  const body = Buffer.from(await response.arrayBuffer())
  res.writeHead(response.status, { ...headers, "content-length": String(body.length) })
  res.end(body)
}

const sendProblem = (res: ServerResponse, p: Problem.Problem, headers: Record<string, string> = {}) => {
  const body = JSON.stringify(p)
  res.writeHead(p.status, {
    "content-type": Problem.contentType,
    "content-length": String(Buffer.byteLength(body)),
    ...headers
  })
  res.end(body)
}

/** For a method Node's parser does not know: the `Allow` of the path in the request line, when it names a route. */
const allowOf = (packet: Buffer | undefined): Record<string, string> => {
  const line = packet?.subarray(0, 8192).toString("latin1").split("\r\n")[0] ?? ""
  const target = line.split(" ")[1] ?? ""
  const pre = Edge.preflight("BREW", target, () => null)
  return pre._tag === "Answer" && pre.headers.allow !== undefined ? { allow: pre.headers.allow } : {}
}

const internal = Problem.make("internal", "zh", {
  zh: "服务器未能作答",
  en: "the server could not answer this request"
})

/** The problem for a request Node's parser refused (it never reaches the handler). */
const clientErrorProblem = (code: string | undefined): Problem.Problem => {
  switch (code) {
    case "HPE_HEADER_OVERFLOW":
      return Problem.make("headers-too-large", "zh", { zh: "请求头过大", en: "the request headers are too large" })
    case "HPE_INVALID_METHOD":
      return Problem.make("not-implemented", "zh", { zh: "未实现该方法", en: "the method is not implemented" })
    case "ERR_HTTP_REQUEST_TIMEOUT":
      return Problem.make("request-timeout", "zh", {
        zh: "未能在时限内收到完整请求",
        en: "the request was not received in time"
      })
    default:
      return Problem.make(
        "invalid-input",
        "zh",
        { zh: "请求不是有效的 HTTP/1.1", en: "the request is not well-formed HTTP/1.1" },
        { problems: [{ path: ["request"], message: "请求格式有误（malformed http request）" }] }
      )
  }
}

export const serve = (handler: (request: Request) => Promise<Response>, options: ServeOptions = {}) =>
  new Promise<RunningServer>((resolve, reject) => {
    const log = options.log ?? ((entry) => process.stdout.write(`${JSON.stringify(entry)}\n`))
    const host = options.host ?? "127.0.0.1"
    const edge = { maxBodyBytes: options.maxBodyBytes, maxUrlBytes: options.maxUrlBytes }
    const server = createServer((req, res) => {
      const started = performance.now()
      const method = req.method ?? "GET"
      const target = req.url ?? "/"
      const path = target.split("?")[0]
      const done = () =>
        log({
          time: new Date().toISOString(),
          method,
          path,
          status: res.statusCode,
          ms: Math.round((performance.now() - started) * 10) / 10
        })
      res.once("close", done)
      const fail = () => {
        if (!res.headersSent) sendProblem(res, internal)
        else res.destroy()
      }
      try {
        // the edge decides first, so a method the web `Request` refuses (TRACE, TRACK) never reaches it
        const header = (name: string) => {
          const v = req.headers[name]
          return v === undefined ? null : Array.isArray(v) ? v.join(", ") : v
        }
        const pre = Edge.preflight(method, target, header, edge)
        if (pre._tag === "Answer") {
          const hasBody = req.headers["content-length"] !== undefined || req.headers["transfer-encoding"] !== undefined
          const cap = 64 * (options.maxBodyBytes ?? Edge.defaultMaxBodyBytes)
          const answer = () =>
            sendProblem(res, pre.response, hasBody ? { ...pre.headers, connection: "close" } : pre.headers)
          if (hasBody) void drain(req, cap).then(answer, fail)
          else answer()
          return
        }
        const origin = `http://${req.headers.host ?? host}`
        const forward = (body: Buffer | null) => {
          let request: Request
          try {
            request = toRequest(req, origin, body)
          } catch {
            // a Host header that is not a host: answer without the URL it would have named
            request = toRequest(req, `http://${host}`, body)
          }
          return handler(request).then((response) => send(res, response))
        }
        const declared = req.headers["content-length"] !== undefined && req.headers["transfer-encoding"] === undefined
        if (declared && method !== "GET" && method !== "HEAD") readDeclared(req).then(forward).catch(fail)
        else forward(null).catch(fail)
      } catch {
        fail()
      }
    })
    server.requestTimeout = options.requestTimeoutMs ?? 30_000
    server.headersTimeout = Math.min(server.requestTimeout, 10_000)
    server.keepAliveTimeout = 5_000
    // CONNECT asks for a tunnel: answer 501 on the socket instead of closing it
    server.on("connect", (_req: IncomingMessage, socket: Duplex) => {
      socket.on("error", () => socket.destroy())
      socket.end(
        Problem.rawResponse(
          Problem.make("not-implemented", "zh", {
            zh: "未实现 CONNECT 方法",
            en: "the method CONNECT is not implemented"
          })
        )
      )
    })
    // a request Node's parser refuses: answer with a problem, then close
    server.on("clientError", (err: NodeJS.ErrnoException, socket: Duplex) => {
      socket.on("error", () => socket.destroy())
      if ((err.code === "ECONNRESET" || !socket.writable) && !socket.destroyed) {
        socket.destroy()
        return
      }
      if (!socket.writable) {
        socket.destroy()
        return
      }
      const p = clientErrorProblem(err.code)
      socket.end(Problem.rawResponse(p, p.status === 501 ? allowOf((err as { rawPacket?: Buffer }).rawPacket) : {}))
    })
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
