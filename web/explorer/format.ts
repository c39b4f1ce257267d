import type { EntityType, Precision } from "./api";

/** One colour per entity type (graph nodes, legend, badges). */
export const TYPE_STYLE: Record<EntityType, { label: string; color: string; shape: string }> = {
  COUNTRY: { label: "Country", color: "#2563eb", shape: "ellipse" },
  ORGANIZATION: { label: "Organization", color: "#0d9488", shape: "ellipse" },
  AGREEMENT: { label: "Agreement", color: "#d97706", shape: "round-rectangle" },
  INITIATIVE: { label: "Initiative", color: "#7c3aed", shape: "hexagon" },
  PERSON: { label: "Person", color: "#db2777", shape: "ellipse" },
  SECTOR: { label: "Sector", color: "#16a34a", shape: "tag" },
  PLACE: { label: "Place", color: "#64748b", shape: "triangle" },
  SOURCE: { label: "Source", color: "#94a3b8", shape: "rectangle" },
};

/** One colour (and dash) per relationship kind. */
export const EDGE_STYLE: Record<string, { label: string; color: string; dashed?: boolean }> = {
  ACTED_ON: { label: "acted on (signed, ratified, endorsed…)", color: "#f59e0b" },
  MEMBER_OF: { label: "member of", color: "#8b5cf6" },
  SIGNED: { label: "signed for a party", color: "#ec4899" },
  ATTENDED: { label: "attended", color: "#f472b6", dashed: true },
  HELD_POSITION: { label: "held a position", color: "#14b8a6", dashed: true },
  COVERS: { label: "covers sector", color: "#22c55e" },
};
export const OTHER_EDGE = { label: "other link", color: "#94a3b8" };

export function typeLabel(type: string): string {
  return TYPE_STYLE[type as EntityType]?.label ?? humanize(type);
}

/** FOUNDING_SIGNATORY, founding-signatory -> "founding signatory". */
export function humanize(value: string): string {
  return value.replace(/[_-]+/g, " ").toLowerCase();
}

export function capitalize(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2026-01-16" as 16 Jan 2026, Jan 2026 or 2026, as precise as the source. */
export function formatDate(date: string | null | undefined, precision?: Precision | null): string {
  if (!date) return "";
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!match) return date;
  const [, y, m, d] = match;
  if (precision === "YEAR") return y;
  if (precision === "MONTH") return `${MONTHS[Number(m) - 1]} ${y}`;
  return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
}

export function formatRange(
  from: string | null,
  fromPrecision: Precision | null,
  to: string | null,
  toPrecision: Precision | null,
): string {
  if (!from && !to) return "";
  if (!to) return `since ${formatDate(from, fromPrecision)}`;
  if (!from) return `until ${formatDate(to, toPrecision)}`;
  return `${formatDate(from, fromPrecision)} – ${formatDate(to, toPrecision)}`;
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
