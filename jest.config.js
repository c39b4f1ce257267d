/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  testMatch: ["<rootDir>/tests/**/*.test.ts"],
  setupFiles: ["reflect-metadata"],
  globalSetup: "<rootDir>/tests/support/global-setup.ts",
  globalTeardown: "<rootDir>/tests/support/global-teardown.ts",
  // One shared Neo4j on a 2-core machine: files run one after another.
  maxWorkers: 1,
  testTimeout: 120000,
};
