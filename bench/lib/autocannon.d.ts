/** The part of autocannon 9's API the HTTP section uses (the package ships no types). */
declare module "autocannon" {
  interface Request {
    readonly method?: "GET" | "POST" | "PUT" | "DELETE"
    readonly path?: string
    readonly headers?: Record<string, string>
    readonly body?: string
  }
  interface Options {
    readonly url: string
    readonly connections?: number
    readonly duration?: number
    readonly pipelining?: number
    readonly requests?: ReadonlyArray<Request>
  }
  interface Histogram {
    readonly average: number
    readonly total: number
    readonly p50: number
    readonly p99: number
  }
  interface Result {
    readonly requests: Histogram
    readonly latency: Histogram
    readonly non2xx: number
    readonly errors: number
    readonly timeouts: number
  }
  export default function autocannon(options: Options): Promise<Result>
}
