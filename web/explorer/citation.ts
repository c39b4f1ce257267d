/**
 * "Cite": the sources of the open panel as a numbered list, headed by what was cited, the link
 * to the view and the dataset's release and version, so a reader can find the same facts again.
 */
import type { Meta, SourceRef } from "./api";
import { formatDate } from "./format";

/** Every source anywhere in a panel's data (facts, claims, lists...), once each, in order met. */
export function sourcesIn(data: unknown): SourceRef[] {
  const found = new Map<string, SourceRef>();
  const walk = (value: unknown, key: string | null) => {
    if (Array.isArray(value)) {
      for (const v of value) {
        if (key === "sources" && v && typeof v === "object" && "title" in v && "id" in v)
          found.set((v as SourceRef).id, v as SourceRef);
        else walk(v, key);
      }
    } else if (value && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) walk(v, k);
    }
  };
  walk(data, null);
  return [...found.values()];
}

export function citationText(title: string, viewUrl: string, meta: Meta | null, sources: SourceRef[]): string {
  const release = meta
    ? `${meta.release.name}, dataset version ${meta.datasetVersion}`
    : "Alliance Graph (dataset version not known)";
  const lines = sources.map((s, i) => {
    const parts = [s.publisher, `“${s.title}”`, formatDate(s.publishedOn), s.url].filter(Boolean);
    return `${i + 1}. ${parts.join(", ")}`;
  });
  return [`Sources for “${title}” — ${release}.`, `View: ${viewUrl}`, ...lines].join("\n");
}
