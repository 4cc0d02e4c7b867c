/**
 * Data sharing (资源共享), sh-egov-2012 arts 26-29, sh-public-data-2018 arts 1-5
 * and sh-data-2021 arts 1-4: sharing basic databases and deferring it with
 * approval, public management and service bodies as of a day, the scope of the
 * 2018 measures, and what counts as data processing.
 */
export * from "./data-2021-art2-processing.ts"
export * from "./deferral.ts"
export * from "./egov-art27-sharing.ts"
export * from "./model.ts"
export { notFormalised } from "./procedure.ts"
export * from "./public-bodies-2018-art3-2021-art2.ts"
export * from "./public-data-2018-art2-scope.ts"
export * from "./validators.ts"
