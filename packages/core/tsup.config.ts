import { defineConfig } from "tsup"

export default defineConfig({
  entry: {
    index: "src/index.ts",
    testing: "src/testing.ts",
    // the two answers of the "#schema-compiler" import (package.json "imports"): zod's compiler on
    // Node, none in a browser bundle
    "schema-compiler/node": "src/schema-compiler/node.ts",
    "schema-compiler/portable": "src/schema-compiler/portable.ts"
  },
  format: ["esm", "cjs"],
  dts: { compilerOptions: { customConditions: [] } },
  clean: true,
  sourcemap: true,
  target: "es2023",
  // @minzheng/core/testing imports the main entry by name: kept as an import, so the two entries
  // share no chunk and the testing entry uses the same classes as the program it tests
  external: ["@minzheng/core", "#schema-compiler"]
})
