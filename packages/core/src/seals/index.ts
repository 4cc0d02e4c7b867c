/** Electronic seals (电子印章), xuhui-eseal-2015. */
export * from "./art2-seal-and-certificate.ts"
export * from "./art4-what-may-be-sealed.ts"
export * from "./art5-6-legal-effect.ts"
export * from "./art7-signing-flow.ts"
export * from "./model.ts"
export * from "./signing.ts"
export * from "./validators.ts"
