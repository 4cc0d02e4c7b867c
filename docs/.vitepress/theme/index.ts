/**
 * The default theme, with a CJK font stack (custom.css), the MachineDiagram
 * component that draws ```mermaid blocks, and the Playground.
 */
import type { Theme } from "vitepress"
import DefaultTheme from "vitepress/theme"
import MachineDiagram from "./MachineDiagram.vue"
import Playground from "./Playground.vue"
import "./custom.css"

export default {
  extends: DefaultTheme,
  enhanceApp: ({ app }) => {
    app.component("MachineDiagram", MachineDiagram)
    app.component("Playground", Playground)
  }
} satisfies Theme
