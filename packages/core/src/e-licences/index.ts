/** E-licences (电子证照), sh-e-license: one city-wide e-licence library. */
export * from "./model.ts"
export { notFormalised } from "./procedure.ts"
export * from "./section2-unified-library.ts"
export * from "./validators.ts"
