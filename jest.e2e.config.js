/**
 * The end-to-end tests (tests/e2e/*.e2e.ts): the production build in Debian's headless Chromium, one file at a
 * time (each launches its own browser). `npm run test:e2e`; `npm test` runs them after the unit tests when
 * /usr/bin/chromium exists (tests/e2e/run-if-chromium.js).
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests/e2e"],
  testMatch: ["**/*.e2e.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  globalSetup: "<rootDir>/tests/e2e/_lib/globalSetup.ts",
  testTimeout: 60_000,
  maxWorkers: 1,
};
