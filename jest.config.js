/**
 * Three tiers: `unit` needs neither Java nor Neo4j (npm run test:unit); `integration` and `e2e`
 * share one throwaway Neo4j loaded with the curated seeds. Jest runs a global setup only for the
 * projects that have tests to run, once per module, so the unit tier alone never starts Neo4j.
 * @type {import('jest').Config}
 */
const common = {
  testEnvironment: "node",
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  setupFiles: ["reflect-metadata"],
};
const withNeo4j = {
  ...common,
  globalSetup: "<rootDir>/tests/support/global-setup.ts",
  globalTeardown: "<rootDir>/tests/support/global-teardown.ts",
};

module.exports = {
  projects: [
    { ...common, displayName: "unit", testMatch: ["<rootDir>/tests/unit/**/*.test.ts"] },
    { ...withNeo4j, displayName: "integration", testMatch: ["<rootDir>/tests/**/*.int.test.ts"] },
    { ...withNeo4j, displayName: "e2e", testMatch: ["<rootDir>/tests/e2e/**/*.e2e.test.ts"] },
  ],
  // One shared Neo4j on a 2-core machine: files run one after another.
  maxWorkers: 1,
  testTimeout: 120000,
  // Once every file has passed or failed and the shared Neo4j is stopped, end the run even if a
  // test left a handle open: a CI run must never hang to its time limit after the verdict is in.
  forceExit: true,
};
