/**
 * Alliance Graph — GraphiQL 5, bundled for fully offline use (no CDN).
 *
 * Built by `node scripts/build-web.mjs` into dist/web/graphiql/assets/main.js
 * (ES module) + main.css. Monaco's three web workers are separate esbuild
 * entry points emitted next to main.js (editor.worker.js, json.worker.js,
 * graphql.worker.js); they are located relative to this module via
 * `new URL('./x.worker.js', import.meta.url)`, so they follow wherever
 * main.js is served from.
 */
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import { createRoot } from "react-dom/client";
import "graphiql/style.css";

// Monaco asks for a worker per language "label". This replaces
// `graphiql/setup-workers/{vite,webpack}`, which rely on bundler features
// esbuild does not have (`?worker` imports / worker-URL rewriting). Must be set
// before the first editor mounts; GraphiQL loads Monaco lazily on render.
const workerUrl = (name: string) => new URL(`./${name}.worker.js`, import.meta.url);

globalThis.MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    switch (label) {
      case "json":
        return new Worker(workerUrl("json"), { name: "json" });
      case "graphql":
        return new Worker(workerUrl("graphql"), { name: "graphql" });
      default:
        return new Worker(workerUrl("editor"), { name: label });
    }
  },
};

// The API lives on the same origin at /graphql: Apollo answers POST /graphql
// (application/json); GET /graphql with Accept: text/html gets this page.
const endpoint = new URL("/graphql", window.location.origin).href;

const fetcher = createGraphiQLFetcher({ url: endpoint });

const DEFAULT_QUERY = `# Welcome to Alliance Graph.
# Run it with the ▶ button or Ctrl/Cmd+Enter.
{
  agreement(id: "us-israel-ai-declaration-2026") {
    title
    signedOn
    signatures {
      person {
        name
      }
      capacity
      onBehalfOf {
        name
      }
    }
  }
}
`;

const container = document.getElementById("graphiql");
if (!container) throw new Error("Alliance Graph: #graphiql mount point missing from index.html");

createRoot(container).render(<GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} />);

declare global {
  var MonacoEnvironment: { getWorker(workerId: string, label: string): Worker } | undefined;
}
