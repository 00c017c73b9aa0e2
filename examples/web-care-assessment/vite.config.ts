import { builtinModules } from "node:module"
import { defaultClientConditions, defineConfig, type Plugin } from "vite"

const NODE_BUILTINS = new Set(builtinModules)

/**
 * Fails the build when anything in the page (the packages included) imports a Node built-in.
 * Vite would only warn and put a stub in its place that breaks at run time; this example exists
 * to show that the packages run in a browser, so such an import is an error here.
 */
const noNodeBuiltins = (): Plugin => ({
  name: "minzheng:no-node-builtins",
  enforce: "pre",
  resolveId(source, importer) {
    if (source.startsWith("node:") || NODE_BUILTINS.has(source) || NODE_BUILTINS.has(source.split("/")[0] ?? "")) {
      this.error(`${importer ?? "the page"} imports the Node built-in "${source}": browser code must not`)
    }
    return null
  }
})

// The workspace packages export their TypeScript sources under the "@minzheng/source" condition:
// resolving it first bundles them from source (no package build needed); the defaults keep every
// other dependency resolving as usual.
export default defineConfig({
  base: "./",
  plugins: [noNodeBuiltins()],
  resolve: { conditions: ["@minzheng/source", ...defaultClientConditions] },
  build: { outDir: "dist", target: "es2022" },
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1" }
})
