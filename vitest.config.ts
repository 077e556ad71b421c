import { defineConfig } from "vitest/config";

// Tests run in the office's time zone, whatever the machine's.
process.env.TZ = "Asia/Taipei";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    env: { TZ: "Asia/Taipei" },
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
