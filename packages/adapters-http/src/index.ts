/** @zhengwu/adapters-http — the HTTP transport for @zhengwu/core. */
export * as Api from "./Api.ts"
export * as App from "./App.ts"
export * as Handlers from "./Handlers.ts"
export * as Keys from "./Keys.ts"
export * as Principal from "./Principal.ts"
export * as ProblemDetails from "./ProblemDetails.ts"
export * as Problems from "./Problems.ts"
