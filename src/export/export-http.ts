import type { Request, Response, Router } from "express";
import express from "express";
import path from "node:path";
import { datasetRelease } from "../api/dataset-release";
import { dataRevision, loadedDataset } from "../api/stats.repository";
import type { Gateway } from "../db/Gateway";
import { createContext } from "../api/context";
import { checkArgument } from "../api/limits";
import { networkAround, type NetworkArgs } from "../api/traversal.resolver";
import { AppError, badInput } from "../shared/errors";
import { projectRoot } from "../shared/project-root";
import {
  exportFileName,
  parseGraphFormat,
  parseNetworkFormat,
  parseTable,
  writeGraph,
  writeSubgraph,
  writeTable,
  type DatasetVersion,
} from "./write-export";

export const JSONLD_CONTEXT_FILE = path.join(projectRoot, "schema", "context.jsonld");

/** The query of /export/network.*: the arguments of `network`, checked the same way. */
function networkArgs(query: Request["query"]): NetworkArgs {
  const one = (name: string) => {
    const value = query[name];
    if (value !== undefined && typeof value !== "string")
      throw badInput(`"${name}" must be given once.`, { argument: name, received: value });
    return value;
  };
  const center = one("center");
  if (!center)
    throw badInput('"center" is required: a party code or any entity id, e.g. ?center=IL.', { argument: "center" });
  const depthText = one("depth") ?? "1";
  const depth = /^-?\d+$/.test(depthText) ? Number(depthText) : Number.NaN;
  checkArgument("depth", Number.isNaN(depth) ? depthText : depth);
  const asOf = one("asOf");
  if (asOf !== undefined && !isCalendarDay(asOf))
    throw badInput(`"asOf" must be a day written 2026-12-01; got "${asOf}".`, { argument: "asOf", received: asOf });
  const sector = one("sector");
  return { center, depth, asOf, sectors: sector ? [sector] : undefined };
}

function isCalendarDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text;
}

const CONTENT_TYPES: Record<string, string> = {
  json: "application/json; charset=utf-8",
  graphml: "application/graphml+xml; charset=utf-8",
  gexf: "application/gexf+xml; charset=utf-8",
  jsonld: "application/ld+json; charset=utf-8",
  csv: "text/csv; charset=utf-8; header=present",
};

/** The dataset these exports describe: the release, the seeds loaded last, and the data revision. */
export async function datasetVersion(gateway: Gateway, contextUrl: string): Promise<DatasetVersion> {
  const [{ checksum }, revision] = await Promise.all([loadedDataset(gateway), dataRevision(gateway)]);
  return { version: datasetRelease().version, checksum, revision, contextUrl };
}

/**
 * GET /export/graph.{graphml,gexf,jsonld}, /export/<table>.csv, /export/network.{graphml,gexf,csv,json}
 * (?center=&depth=&asOf=&sector=, the subgraph `network` answers) and /export/context.jsonld. A bad
 * name or format is a coded 400 before anything streams; an error mid-stream can only cut the
 * response short (its status is already sent), and is logged.
 */
export function exportRouter(
  gateway: Gateway,
  onError: (error: unknown) => void,
  today: () => string = () => new Date().toISOString().slice(0, 10),
): Router {
  const router = express.Router();
  router.get("/context.jsonld", (_req, res) => {
    res.type("application/ld+json").sendFile(JSONLD_CONTEXT_FILE);
  });
  router.get("/:file", async (req: Request, res: Response) => {
    const file = String(req.params.file);
    const dot = file.lastIndexOf(".");
    const [name, extension] = dot > 0 ? [file.slice(0, dot), file.slice(dot + 1)] : [file, ""];
    let run: (dataset: DatasetVersion) => Promise<void>;
    try {
      if (name === "network") {
        const format = parseNetworkFormat(extension);
        // Bounded by network's own limits, so it is computed whole before anything is sent:
        // an unknown center or sector is still a coded 4xx.
        const ctx = createContext(gateway, { requestId: String(req.id), today: today() });
        const network = await networkAround(ctx, networkArgs(req.query), {
          nodeDetails: true,
          linkLabels: true,
          linkProperties: true,
        });
        run = (dataset) =>
          writeSubgraph(res, format, dataset, {
            nodes: network.nodes.map((n) => ({ id: n.id, labels: n.type ? [n.type] : [], props: { name: n.label } })),
            relationships: network.edges.map((e) => ({ ...e, props: { ...e.props, label: e.label } })),
          });
      } else if (name === "graph") {
        const format = parseGraphFormat(extension);
        run = (dataset) => writeGraph(gateway, format, res, dataset);
      } else if (extension === "csv") {
        const table = parseTable(name);
        run = () => writeTable(gateway, table, res);
      } else {
        throw new AppError(
          "BAD_USER_INPUT",
          `Unknown export "${file}": ask for graph.graphml, graph.gexf, graph.jsonld, <table>.csv or context.jsonld.`,
          { received: file },
        );
      }
    } catch (error) {
      if (!(error instanceof AppError)) {
        onError(error);
        res
          .status(503)
          .json({ errors: [{ message: "The export failed; try again.", extensions: { code: "UNAVAILABLE" } }] });
        return;
      }
      const status = error.extensions.code === "NOT_FOUND" ? 404 : 400;
      res
        .status(status)
        .json({ errors: [{ message: error.message, extensions: { ...error.extensions, requestId: String(req.id) } }] });
      return;
    }
    try {
      const dataset = await datasetVersion(gateway, `${req.protocol}://${req.get("host")}/export/context.jsonld`);
      res.setHeader("content-type", CONTENT_TYPES[extension]);
      res.setHeader("content-disposition", `attachment; filename="${exportFileName(name, extension, dataset)}"`);
      res.setHeader("x-dataset-version", dataset.version);
      res.setHeader("x-data-revision", String(dataset.revision));
      await run(dataset);
      res.end();
    } catch (error) {
      onError(error);
      if (!res.headersSent)
        res
          .status(503)
          .json({ errors: [{ message: "The export failed; try again.", extensions: { code: "UNAVAILABLE" } }] });
      else res.destroy();
    }
  });
  return router;
}
