/** Starts the reference server as a child process and waits for the URL it prints. */
import { type ChildProcess, spawn } from "node:child_process"

const main = new URL("../main.ts", import.meta.url).pathname

export interface ServerProcess {
  readonly url: string
  readonly child: ChildProcess
  /** SIGKILL: no shutdown, no flush. */
  readonly kill9: () => Promise<void>
  /** SIGTERM: graceful shutdown. */
  readonly stop: () => Promise<void>
}

export const startServer = (env: Record<string, string>): Promise<ServerProcess> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [main], {
      env: { ...process.env, PORT: "0", ...env },
      stdio: ["ignore", "pipe", "pipe"]
    })
    let out = ""
    let err = ""
    child.stderr?.on("data", (d) => {
      err += String(d)
    })
    const exited = new Promise<void>((r) => child.once("exit", () => r()))
    child.stdout?.on("data", (d) => {
      out += String(d)
      const m = /on (http:\/\/[^\s]+)/u.exec(out)
      if (m?.[1] !== undefined && out.length < 100_000) {
        const url = m[1]
        out = "x".repeat(100_000) // stop matching; keep draining stdout
        resolve({
          url,
          child,
          kill9: async () => {
            child.kill("SIGKILL")
            await exited
          },
          stop: async () => {
            child.kill("SIGTERM")
            await exited
          }
        })
      }
    })
    child.once("exit", (code) => reject(new Error(`server exited ${code}: ${err.slice(0, 2000)}`)))
  })
