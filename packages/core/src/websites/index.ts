/** Government websites (政府公众网站), sh-gov-website arts 1-6 and sh-egov-2012 art 21: naming and filing. */
export * from "./art3-6-naming.ts"
export * from "./filing.ts"
export * from "./model.ts"
export { notFormalised } from "./procedure.ts"
export * from "./validators.ts"
