import { defineConfig } from "tsup"

export default defineConfig({
  entry: ["src/index.ts", "src/testing.ts"],
  format: ["esm", "cjs"],
  dts: { compilerOptions: { customConditions: [] } },
  clean: true,
  sourcemap: true,
  target: "es2023",
  // @minzheng/core/testing imports the main entry by name: kept as an import, so the two entries
  // share no chunk and the testing entry uses the same classes as the program it tests
  external: ["@minzheng/core"]
})
