/** @zhengwu/adapters-http — the HTTP transport for @zhengwu/core. */
export * as ProblemDetails from "./ProblemDetails.ts"
