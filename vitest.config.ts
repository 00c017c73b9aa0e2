import { defineConfig } from "vitest/config"

export default defineConfig({
  resolve: { conditions: ["@minzheng/source"] },
  ssr: { resolve: { conditions: ["@minzheng/source"] } },
  test: {
    include: ["packages/*/test/**/*.test.ts"],
    testTimeout: 60_000
  }
})
