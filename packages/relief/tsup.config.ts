import { defineConfig } from "tsup"

export default defineConfig({
  // `node`: the Node-only entry (@minzheng/relief/node, worker threads); `batch-worker`: the script
  // its workers run, found beside it in dist/ (batch-worker.js for ESM, batch-worker.cjs for CJS).
  entry: { index: "src/index.ts", node: "src/node/index.ts", "batch-worker": "src/node/batch-worker.ts" },
  format: ["esm", "cjs"],
  // Declarations for the two public entries only: the worker script is run, never imported.
  dts: { entry: { index: "src/index.ts", node: "src/node/index.ts" }, compilerOptions: { customConditions: [] } },
  clean: true,
  sourcemap: true,
  target: "es2023"
})
