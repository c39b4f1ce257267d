import type { Request, Response, Router } from "express";
import express from "express";
import path from "node:path";
import { datasetRelease } from "../api/dataset-release";
import { loadedDataset } from "../api/stats.repository";
import type { Gateway } from "../db/Gateway";
import { AppError } from "../shared/errors";
import { projectRoot } from "../shared/project-root";
import {
  exportFileName,
  parseGraphFormat,
  parseTable,
  writeGraph,
  writeTable,
  type DatasetVersion,
} from "./write-export";

export const JSONLD_CONTEXT_FILE = path.join(projectRoot, "schema", "context.jsonld");

const CONTENT_TYPES: Record<string, string> = {
  graphml: "application/graphml+xml; charset=utf-8",
  gexf: "application/gexf+xml; charset=utf-8",
  jsonld: "application/ld+json; charset=utf-8",
  csv: "text/csv; charset=utf-8; header=present",
};

/** The dataset these exports describe: the release, and the seeds loaded last. */
export async function datasetVersion(gateway: Gateway, contextUrl: string): Promise<DatasetVersion> {
  const { checksum } = await loadedDataset(gateway);
  return { version: datasetRelease().version, checksum, contextUrl };
}

/**
 * GET /export/graph.{graphml,gexf,jsonld}, /export/<table>.csv and /export/context.jsonld. A bad
 * name or format is a coded 400 before anything streams; an error mid-stream can only cut the
 * response short (its status is already sent), and is logged.
 */
export function exportRouter(gateway: Gateway, onError: (error: unknown) => void): Router {
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
      if (name === "graph") {
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
      const e = error as AppError;
      res
        .status(400)
        .json({ errors: [{ message: e.message, extensions: { ...e.extensions, requestId: String(req.id) } }] });
      return;
    }
    try {
      const dataset = await datasetVersion(gateway, `${req.protocol}://${req.get("host")}/export/context.jsonld`);
      res.setHeader("content-type", CONTENT_TYPES[extension]);
      res.setHeader("content-disposition", `attachment; filename="${exportFileName(name, extension, dataset)}"`);
      res.setHeader("x-dataset-version", dataset.version);
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
