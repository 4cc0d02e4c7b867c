/** One API page per public entry of the packages, generated at build time (see docs/.vitepress/api.ts). */
import { entries, page } from "../.vitepress/api.ts"

export default {
  paths: () => entries.map((e) => ({ params: { entry: e.file, title: e.name }, content: page(e) }))
}
