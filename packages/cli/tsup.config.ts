import { defineConfig, type Options } from "tsup"

// The CLI ships as one self-contained program: Effect, zod, date-fns, decimal.js, the platform
// layer and the @minzheng packages are bundled (tree-shaken) into dist/, so installing
// @minzheng/cli installs no dependencies (docs/cli.md, "Performance"). The workspace packages are
// bundled from their sources (the `@minzheng/source` export condition), so the build never reads
// another package's possibly stale dist/. Source maps leave the sources out (they would be 11 MB
// a file): they map to file and line, which is what a stack trace needs.
const bundled: Options = {
  platform: "node",
  target: "es2023",
  noExternal: [/./],
  // Keep `node:` imports as written: `node:sqlite` exists only under that name.
  removeNodeProtocol: false,
  sourcemap: true,
  minify: true,
  esbuildOptions(options) {
    options.conditions = ["@minzheng/source"]
    options.sourcesContent = false
    // Minified for a faster start, with the names kept for readable errors and stack traces.
    options.keepNames = true
  }
}

// `relief determine --workers N` runs @minzheng/relief/node's worker threads, which load the worker
// script from beside the module that starts them: dist/batch-worker.js (ESM) or .cjs (CommonJS).
const batchWorker = "../relief/src/node/batch-worker.ts"
const dts = { entry: { index: "src/index.ts" }, compilerOptions: { customConditions: [] } }

// CommonJS packages bundled into the ESM build (pg, for `--store postgres://`) `require()` Node's
// built-ins: give every ESM chunk a real `require`, which esbuild's shim then uses.
const esmRequire = { js: 'import { createRequire as __minzhengCreateRequire } from "node:module"; const require = __minzhengCreateRequire(import.meta.url);' }

export default defineConfig([
  // ESM: the library entry, the executable and the worker script, sharing one chunk.
  { ...bundled, entry: { index: "src/index.ts", bin: "src/bin.ts", "batch-worker": batchWorker }, format: ["esm"], clean: true, dts, banner: esmRequire },
  // CommonJS: the library entry (the executable is ESM) and its worker script.
  { ...bundled, entry: { index: "src/index.ts", "batch-worker": batchWorker }, format: ["cjs"], clean: false, dts }
])
