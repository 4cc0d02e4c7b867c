import { defineConfig } from "vite"

/** The page is static: `vite build` writes index.html and one script bundle. */
export default defineConfig({
  root: new URL(".", import.meta.url).pathname,
  base: "./",
  build: { target: "es2022", outDir: "dist", emptyOutDir: true, reportCompressedSize: false }
})
