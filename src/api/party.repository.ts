import type { Gateway } from "../db/Gateway";
import { int } from "../db/to-plain";
import { emptyFetch } from "./compile/compile-selection";
import { fetchCypher, fillFragment, projection, type FragmentText } from "./compile/fetch-cypher";
import type { FetchedNode } from "./compile/prime-loaders";
import { nodeOfKind, toNode, type GraphNode } from "./entity";

/** The party statements and the shapes of their rows. */

/** A party by organization id, alpha-2 or alpha-3 code (any case); null when none has it. */
export async function findParty(gateway: Gateway, id: string): Promise<GraphNode | null> {
  const text = fetchCypher([["resolve-party", { param: "id" }], "root"], emptyFetch(), (name) =>
    gateway.fragment(name),
  );
  const [row] = await gateway.readComposedJson("read/resolve-party", text, { id });
  return row ? nodeOfKind((row.root as FetchedNode).kind, (row.root as FetchedNode).props) : null;
}

/** Up to three ids near one that matched nothing; `query` is a Lucene query of folded words. */
export async function suggestIds(gateway: Gateway, query: string, labels: readonly string[] | null): Promise<string[]> {
  return (await gateway.read("read/suggest-ids", { query, labels })).map((row) => row.id as string);
}

/** Two parties linked through one hub, from the later of their own dates on it. */
export interface PartnerLinkRow {
  hub: string;
  partySince: string | null;
  partnerSince: string | null;
  since: string | null;
  sources: string[];
}

export interface PartnerRow {
  /** The party whose partner this is. */
  of: string;
  partner: GraphNode;
  strength: number;
  since: string | null;
  links: PartnerLinkRow[];
  agreements: string[];
  initiatives: string[];
  sectors: string[];
}

/** What Party.partners asks for: the same four values in the compiled and the loader path. */
export interface PartnersArgs {
  sector: string | null;
  from: string | null;
  to: string | null;
  first: number;
  /** What of each partnership the selection reads besides partner, strength and since. */
  reads: PartnershipParts;
  /** The partner's properties its selection reads (sorted), or "all". */
  partnerProps: string[] | "all";
}

/** The parts of a partnership that the statement builds only when read (the links' sources among them). */
export interface PartnershipParts {
  /** The parties' dates on each hub, and so each partnership's since. */
  dates: boolean;
  links: boolean;
  sources: boolean;
  agreements: boolean;
  initiatives: boolean;
  sectors: boolean;
}

/** The parameters of fragments/partners-of. */
export const partnersParams = (args: PartnersArgs) => ({
  partnersSector: args.sector,
  partnersFrom: args.from,
  partnersTo: args.to,
  partnersFirst: int(args.first),
  partnersDates: args.reads.dates,
  partnersLinks: args.reads.links,
  partnersSources: args.reads.sources,
  partnersAgreements: args.reads.agreements,
  partnersInitiatives: args.reads.initiatives,
  partnersSectors: args.reads.sectors,
});

/**
 * fragments/partners-of's own placeholders: the hubs' sector test, written only when a sector is
 * asked for; the partner's projection (only the properties its selection reads); and how each
 * partnership is built: with its dates and links (the -dated fragments) or, when the selection reads
 * none of them (nor filters on dates), only counted.
 */
export function partnersPlaceholders(fragment: FragmentText, args: PartnersArgs) {
  const built = Object.values(args.reads).some(Boolean) ? "dated" : "counted";
  return {
    hubInSector: args.sector === null ? "" : fillFragment(fragment, "partners-hub-in-sector", {}),
    partner: projection("q", args.partnerProps === "all" ? "all" : new Set(args.partnerProps)).props,
    agreementPartners: fillFragment(fragment, `partners-agreement-${built}`, {}),
    initiativePartners: fillFragment(fragment, `partners-initiative-${built}`, {}),
    perPartner: fillFragment(fragment, `partners-per-partner-${built}`, {}),
  };
}

/** One party's value of fragments/partners-of: null when the sector names no sector. */
export function partnerRows(of: string, value: unknown): PartnerRow[] | null {
  const { sectorFound, partners } = value as { sectorFound: boolean; partners: Array<Record<string, unknown>> };
  if (!sectorFound) return null;
  return partners.map((p) => ({
    of,
    partner: toNode(p.labels, p.props),
    strength: p.strength as number,
    since: (p.since as string | null) ?? null,
    links: p.links as PartnerLinkRow[],
    agreements: p.agreements as string[],
    initiatives: p.initiatives as string[],
    sectors: p.sectors as string[],
  }));
}

/** Each party's strongest partners, up to `first`, in one statement; null when `sector` names no sector. */
export async function partnersOf(
  gateway: Gateway,
  ids: readonly string[],
  args: PartnersArgs,
): Promise<Map<string, PartnerRow[]> | null> {
  const fragment = (name: string) => gateway.fragment(name);
  const text = fillFragment(fragment, "partners-by-id", {
    partners: fillFragment(fragment, "partners-of", {
      var: "p",
      out: "partners",
      ...partnersPlaceholders(fragment, args),
    }),
  });
  const rows = await gateway.readComposed("read/partners", text, { ids: [...ids], ...partnersParams(args) });
  const byParty = new Map<string, PartnerRow[]>();
  for (const row of rows) {
    const partners = partnerRows(row.id as string, row.result);
    if (partners === null) return null;
    byParty.set(row.id as string, partners);
  }
  return byParty;
}

/** For each party: how many agreements with a partial party list do not list it. */
export async function partialListsNotListing(gateway: Gateway, ids: readonly string[]): Promise<Map<string, number>> {
  const rows = await gateway.read("read/partial-lists-not-listing", { ids: [...ids] });
  return new Map(rows.map((row) => [row.id as string, row.count as number]));
}
