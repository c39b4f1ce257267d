// One configuration for every folder of code: typescript-eslint's recommended rules, and Prettier
// for layout (no formatting rules here, so the two never disagree).
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "dist/",
      "node_modules/",
      "neo4j/target/",
      "bench/work/",
      "bench/results/",
      "web/explorer/gql/",
      "coverage/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,mjs,js}"],
    languageOptions: { ecmaVersion: 2023, sourceType: "module", globals: { console: "readonly", process: "readonly" } },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
      // Property maps read from Neo4j, GraphQL answers in tests and the benchmark's driver proxies are
      // untyped by nature; strict tsc still checks every use, and repositories will give rows shapes.
      "@typescript-eslint/no-explicit-any": "off",
      // A variable assigned once but read by a closure before that (shutdown handlers) stays `let`.
      "prefer-const": ["error", { ignoreReadBeforeAssign: true }],
    },
  },
  {
    // Node scripts and configuration files in CommonJS.
    files: ["**/*.cjs", "jest.config.js"],
    languageOptions: {
      sourceType: "commonjs",
      globals: { module: "writable", require: "readonly", __dirname: "readonly" },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
