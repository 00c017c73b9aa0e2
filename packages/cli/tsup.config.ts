import { defineConfig } from "tsup"

export default defineConfig({
  entry: ["src/index.ts", "src/bin.ts"],
  format: ["esm", "cjs"],
  dts: { entry: ["src/index.ts"], compilerOptions: { customConditions: [] } },
  clean: true,
  sourcemap: true,
  target: "es2023"
})
