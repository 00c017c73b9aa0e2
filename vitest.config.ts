import { defineConfig } from "vitest/config"

export default defineConfig({
  resolve: { conditions: ["@minzheng/source"] },
  ssr: { resolve: { conditions: ["@minzheng/source"] } },
  test: {
    include: ["packages/*/test/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 60_000,
    // One fast-check seed for every property test: fixed in CI, random only in `pnpm fuzz`.
    setupFiles: ["./scripts/test/fast-check-seed.ts"],
    globalSetup: ["./scripts/test/global-setup.ts"]
  }
})
