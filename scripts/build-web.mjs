#!/usr/bin/env node
// Bundle the browser apps under web/ with esbuild, fully offline (no CDN at runtime).
//
//   node scripts/build-web.mjs
//
// For each app in APPS it writes dist/web/<name>/:
//   index.html                   copied from web/<name>/index.html
//   assets/main.js, main.css     the app (ES module; CSS imported from JS ends up in main.css)
//   assets/<worker>.worker.js    one classic-script bundle per entry in `workers`
// and prints one line with the files and their sizes. On failure it prints one
// line to stderr (the GraphQL and type checks add one per problem) and exits 1.
//
// An app with `codegen` first has GraphQL Code Generator validate its queries against the schema
// and (re)write their types into web/<name>/gql/ (generated, not committed), as
// `npx graphql-codegen` would: a query the schema rejects fails the build before anything is
// bundled, and the bundle never uses types older than the schema. Then `tsc -p web/<name>`
// type-checks the app against those types (esbuild only strips them), so code that reads a
// field the schema changed fails the build too.
//
// To add a page, add one entry to APPS.
import { execFile } from "node:child_process";
import { copyFile, mkdir, readdir, rename, rm, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { CodegenContext, generate, loadCodegenConfig } from "@graphql-codegen/cli";
import * as esbuild from "esbuild";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const APPS = [
  {
    name: "graphiql", // web/graphiql -> dist/web/graphiql, served at /graphql
    entry: "main.tsx",
    // Monaco web workers, looked up by main.tsx as new URL('./<key>.worker.js', import.meta.url).
    workers: {
      editor: "monaco-editor/esm/vs/editor/editor.worker.js",
      json: "monaco-editor/esm/vs/language/json/json.worker.js",
      graphql: "monaco-graphql/esm/graphql.worker.js",
    },
    // graphiql/style.css already contains Monaco's CSS (codicon font inlined);
    // drop monaco-editor's own `import './x.css'` statements so it isn't bundled twice.
    dropMonacoCss: true,
  },
  {
    name: "explorer", // web/explorer -> dist/web/explorer, served at / (assets under /explorer/assets)
    entry: "main.ts",
    // Its queries are checked and typed by GraphQL Code Generator into web/explorer/gql/,
    // then web/explorer/tsconfig.json type-checks the page against them.
    codegen: "codegen.ts",
    typecheck: true,
    // `import codes from "country-codes"`: world-countries cut down to what the page needs.
    countryCodes: true,
  },
];

const COMMON = {
  absWorkingDir: ROOT, // bare worker specifiers resolve from the repo's node_modules; error paths are repo-relative
  bundle: true,
  minify: true,
  platform: "browser",
  target: ["es2022"],
  define: { "process.env.NODE_ENV": '"production"' },
  jsx: "automatic",
  legalComments: "none",
  logLevel: "silent",
  // Self-contained settings: don't pick up the server's tsconfig.json (CommonJS, decorators).
  tsconfigRaw: { compilerOptions: { jsx: "react-jsx", useDefineForClassFields: true } },
  // Fallback for any font/image referenced from CSS that isn't already a data: URL.
  loader: { ".ttf": "file", ".woff": "file", ".woff2": "file", ".svg": "file", ".png": "file" },
  assetNames: "[name]-[hash]",
};

const dropMonacoCss = {
  name: "drop-monaco-css",
  setup(build) {
    build.onResolve({ filter: /\.css$/ }, (args) =>
      /[\\/]node_modules[\\/]monaco-editor[\\/]/.test(args.importer)
        ? { path: args.path, namespace: "drop-monaco-css" }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "drop-monaco-css" }, () => ({ contents: "", loader: "css" }));
  },
};

/**
 * A virtual module "country-codes": { [alpha-2]: [ISO numeric code, region] } from world-countries
 * (the data the server's countries come from), so the page can colour parties by region and
 * join world-atlas shapes (keyed by the numeric code) without bundling the 1.4 MB file.
 */
const countryCodes = {
  name: "country-codes",
  setup(build) {
    build.onResolve({ filter: /^country-codes$/ }, () => ({ path: "country-codes", namespace: "country-codes" }));
    build.onLoad({ filter: /.*/, namespace: "country-codes" }, () => {
      const countries = createRequire(import.meta.url)("world-countries");
      const codes = Object.fromEntries(countries.map((c) => [c.cca2, [c.ccn3, c.region]]));
      return { contents: JSON.stringify(codes), loader: "json" };
    });
  },
};

/** Validates the app's queries and writes their types; throws with every problem codegen found. */
async function runCodegen(app) {
  const { config, filepath } = await loadCodegenConfig({ configFilePath: path.join(ROOT, app.codegen) });
  const context = new CodegenContext({ config: { ...config, cwd: ROOT, silent: true }, filepath });
  try {
    await generate(context); // writes only the files whose content changed
  } catch (err) {
    throw new CheckError(`its GraphQL does not match the schema (checked by ${app.codegen})`, codegenDetails(err));
  }
}

/** `tsc -p web/<name>`; throws with tsc's messages. */
async function typecheck(app) {
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  try {
    await promisify(execFile)(process.execPath, [tsc, "-p", path.join("web", app.name), "--pretty", "false"], {
      cwd: ROOT,
    });
  } catch (err) {
    const lines = String(err.stdout || err.stderr || err.message)
      .trim()
      .split("\n");
    throw new CheckError(`it does not type-check (tsc -p web/${app.name}): ${lines.length} message(s)`, lines);
  }
}

class CheckError extends Error {
  constructor(message, details) {
    super(message);
    this.details = details;
  }
}

/** The individual messages inside codegen's error (a listr error wrapping per-file errors). */
function codegenDetails(err) {
  const found = [];
  const walk = (e, depth) => {
    if (!e || depth > 4) return;
    const nested = e.errors ?? (e.error ? [e.error] : []);
    if (Array.isArray(nested) && nested.length > 0) nested.forEach((n) => walk(n, depth + 1));
    else found.push(String(e.details ?? e.message ?? e).trim());
  };
  walk(err, 0);
  return [...new Set(found)].filter(Boolean);
}

async function buildApp(app) {
  if (app.codegen) await runCodegen(app);
  if (app.typecheck) await typecheck(app);
  const srcDir = path.join(ROOT, "web", app.name);
  const outDir = path.join(ROOT, "dist", "web", app.name);
  // Build next to the target and swap at the end: a failed build leaves the previous output intact.
  const tmpDir = path.join(ROOT, "dist", "web", `.${app.name}.tmp`);
  const assetsDir = path.join(tmpDir, "assets");
  await rm(tmpDir, { recursive: true, force: true });
  await mkdir(assetsDir, { recursive: true });
  try {
    await copyFile(path.join(srcDir, "index.html"), path.join(tmpDir, "index.html"));
    await bundle(app, srcDir, assetsDir);
  } catch (err) {
    await rm(tmpDir, { recursive: true, force: true });
    throw err;
  }
  await rm(outDir, { recursive: true, force: true });
  await rename(tmpDir, outDir);

  const files = ["index.html", ...(await readdir(path.join(outDir, "assets"))).sort().map((f) => `assets/${f}`)];
  const sizes = await Promise.all(files.map(async (f) => [f, (await stat(path.join(outDir, f))).size]));
  const total = sizes.reduce((n, [, s]) => n + s, 0);
  const list = sizes.map(([f, s]) => `${f} ${fmt(s)}`).join(", ");
  console.log(`build-web: ${path.relative(ROOT, outDir)}/ ${fmt(total)} [${list}]`);
}

async function bundle(app, srcDir, assetsDir) {
  // allSettled, not all: let every build finish before the caller deletes the temp dir.
  const settled = await Promise.allSettled([
    esbuild.build({
      ...COMMON,
      entryPoints: { main: path.join(srcDir, app.entry) },
      outdir: assetsDir,
      format: "esm",
      plugins: [...(app.dropMonacoCss ? [dropMonacoCss] : []), ...(app.countryCodes ? [countryCodes] : [])],
    }),
    ...Object.entries(app.workers ?? {}).map(([key, spec]) =>
      esbuild.build({
        ...COMMON,
        entryPoints: { [`${key}.worker`]: spec },
        outdir: assetsDir,
        format: "iife",
      }),
    ),
  ]);
  const failed = settled.find((r) => r.status === "rejected");
  if (failed) throw failed.reason;
}

function fmt(bytes) {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${(bytes / 1024).toFixed(1)} kB`;
}

function oneLine(err) {
  const first = err?.errors?.[0];
  if (first) {
    const where = first.location ? ` (${first.location.file}:${first.location.line}:${first.location.column})` : "";
    const more = err.errors.length > 1 ? ` [+${err.errors.length - 1} more]` : "";
    return `${first.text}${where}${more}`;
  }
  return String(err?.message ?? err).split("\n")[0];
}

for (const app of APPS) {
  try {
    await buildApp(app);
  } catch (err) {
    console.error(`build-web: ${app.name} failed: ${oneLine(err)}`);
    for (const detail of err instanceof CheckError ? err.details : []) console.error(detail.replace(/^/gm, "  "));
    process.exit(1);
  }
}
