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
// line to stderr and exits 1.
//
// To add a page, add one entry to APPS.
import { copyFile, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const APPS = [
  {
    name: 'graphiql', // web/graphiql -> dist/web/graphiql, served at /graphql
    entry: 'main.tsx',
    // Monaco web workers, looked up by main.tsx as new URL('./<key>.worker.js', import.meta.url).
    workers: {
      editor: 'monaco-editor/esm/vs/editor/editor.worker.js',
      json: 'monaco-editor/esm/vs/language/json/json.worker.js',
      graphql: 'monaco-graphql/esm/graphql.worker.js',
    },
    // graphiql/style.css already contains Monaco's CSS (codicon font inlined);
    // drop monaco-editor's own `import './x.css'` statements so it isn't bundled twice.
    dropMonacoCss: true,
  },
  {
    name: 'explorer', // web/explorer -> dist/web/explorer, served at / (assets under /explorer/assets)
    entry: 'main.ts',
  },
];

const COMMON = {
  absWorkingDir: ROOT, // bare worker specifiers resolve from the repo's node_modules; error paths are repo-relative
  bundle: true,
  minify: true,
  platform: 'browser',
  target: ['es2022'],
  define: { 'process.env.NODE_ENV': '"production"' },
  jsx: 'automatic',
  legalComments: 'none',
  logLevel: 'silent',
  // Self-contained settings: don't pick up the server's tsconfig.json (CommonJS, decorators).
  tsconfigRaw: { compilerOptions: { jsx: 'react-jsx', useDefineForClassFields: true } },
  // Fallback for any font/image referenced from CSS that isn't already a data: URL.
  loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.svg': 'file', '.png': 'file' },
  assetNames: '[name]-[hash]',
};

const dropMonacoCss = {
  name: 'drop-monaco-css',
  setup(build) {
    build.onResolve({ filter: /\.css$/ }, (args) =>
      /[\\/]node_modules[\\/]monaco-editor[\\/]/.test(args.importer)
        ? { path: args.path, namespace: 'drop-monaco-css' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'drop-monaco-css' }, () => ({ contents: '', loader: 'css' }));
  },
};

async function buildApp(app) {
  const srcDir = path.join(ROOT, 'web', app.name);
  const outDir = path.join(ROOT, 'dist', 'web', app.name);
  // Build next to the target and swap at the end: a failed build leaves the previous output intact.
  const tmpDir = path.join(ROOT, 'dist', 'web', `.${app.name}.tmp`);
  const assetsDir = path.join(tmpDir, 'assets');
  await rm(tmpDir, { recursive: true, force: true });
  await mkdir(assetsDir, { recursive: true });
  try {
    await copyFile(path.join(srcDir, 'index.html'), path.join(tmpDir, 'index.html'));
    await bundle(app, srcDir, assetsDir);
  } catch (err) {
    await rm(tmpDir, { recursive: true, force: true });
    throw err;
  }
  await rm(outDir, { recursive: true, force: true });
  await rename(tmpDir, outDir);

  const files = ['index.html', ...(await readdir(path.join(outDir, 'assets'))).sort().map((f) => `assets/${f}`)];
  const sizes = await Promise.all(files.map(async (f) => [f, (await stat(path.join(outDir, f))).size]));
  const total = sizes.reduce((n, [, s]) => n + s, 0);
  const list = sizes.map(([f, s]) => `${f} ${fmt(s)}`).join(', ');
  console.log(`build-web: ${path.relative(ROOT, outDir)}/ ${fmt(total)} [${list}]`);
}

async function bundle(app, srcDir, assetsDir) {
  // allSettled, not all: let every build finish before the caller deletes the temp dir.
  const settled = await Promise.allSettled([
    esbuild.build({
      ...COMMON,
      entryPoints: { main: path.join(srcDir, app.entry) },
      outdir: assetsDir,
      format: 'esm',
      plugins: app.dropMonacoCss ? [dropMonacoCss] : [],
    }),
    ...Object.entries(app.workers ?? {}).map(([key, spec]) =>
      esbuild.build({
        ...COMMON,
        entryPoints: { [`${key}.worker`]: spec },
        outdir: assetsDir,
        format: 'iife',
      }),
    ),
  ]);
  const failed = settled.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
}

function fmt(bytes) {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${(bytes / 1024).toFixed(1)} kB`;
}

function oneLine(err) {
  const first = err?.errors?.[0];
  if (first) {
    const where = first.location ? ` (${first.location.file}:${first.location.line}:${first.location.column})` : '';
    const more = err.errors.length > 1 ? ` [+${err.errors.length - 1} more]` : '';
    return `${first.text}${where}${more}`;
  }
  return String(err?.message ?? err).split('\n')[0];
}

for (const app of APPS) {
  try {
    await buildApp(app);
  } catch (err) {
    console.error(`build-web: ${app.name} failed: ${oneLine(err)}`);
    process.exit(1);
  }
}
