import type { EntityType, Precision } from "./api";

/**
 * One colour and one shape per entity type (graph nodes, legend, badges). The colours are the
 * Okabe–Ito set, told apart with the common colour-vision deficiencies; the shapes tell the
 * types apart without colour at all.
 */
export const TYPE_STYLE: Record<EntityType, { label: string; color: string; shape: string }> = {
  COUNTRY: { label: "Country", color: "#0072B2", shape: "ellipse" },
  ORGANIZATION: { label: "Organization", color: "#009E73", shape: "diamond" },
  AGREEMENT: { label: "Agreement", color: "#E69F00", shape: "round-rectangle" },
  INITIATIVE: { label: "Initiative", color: "#CC79A7", shape: "hexagon" },
  PERSON: { label: "Person", color: "#D55E00", shape: "ellipse" },
  SECTOR: { label: "Sector", color: "#56B4E9", shape: "tag" },
  PLACE: { label: "Place", color: "#6b7280", shape: "triangle" },
  SOURCE: { label: "Source", color: "#9ca3af", shape: "rectangle" },
};

/** Colours for groups (regions, blocs), Okabe–Ito again; what is in no group is grey. */
export const GROUP_COLORS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"];
export const NO_GROUP_COLOR = "#b0b7c3";

/** One colour (and dash) per relationship kind. */
export const EDGE_STYLE: Record<string, { label: string; color: string; dashed?: boolean }> = {
  ACTED_ON: { label: "acted on (signed, ratified…)", color: "#E69F00" },
  MEMBER_OF: { label: "member of", color: "#CC79A7" },
  SIGNED: { label: "signed for a party", color: "#D55E00" },
  ATTENDED: { label: "attended", color: "#D55E00", dashed: true },
  HELD_POSITION: { label: "held a position", color: "#009E73", dashed: true },
  COVERS: { label: "covers sector", color: "#56B4E9" },
  SIGNED_AT: { label: "signed at", color: "#6b7280" },
  WITHIN: { label: "within", color: "#6b7280", dashed: true },
  PARTNERS: { label: "share agreements or initiatives (thicker: more)", color: "#64748b" },
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
