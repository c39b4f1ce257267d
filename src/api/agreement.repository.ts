import type { GraphQLResolveInfo } from "graphql";
import type { ApiContext } from "./context";
import { AgreementOrder } from "./enums";
import { listPage, type ListRequest } from "./filter/list-page";

/** The agreement list statement: Query.agreements' `filter:` conditions, `where`, sort and page. */

export interface AgreementPageFilters {
  parties: string[] | null;
  signatory: string | null;
  sector: string | null;
  kind: string | null;
  initiative: string | null;
  signedFrom: string | null;
  signedTo: string | null;
  words: string[] | null;
}

/** `orderBy` (the older argument) as sort keys; `sort`, when given, takes precedence. */
const ORDER_SORT: Record<AgreementOrder, Array<Record<string, string>>> = {
  [AgreementOrder.SIGNED_ON_ASC]: [{ signedOn: "ASC" }, { title: "ASC" }],
  [AgreementOrder.SIGNED_ON_DESC]: [{ signedOn: "DESC" }, { title: "ASC" }],
  [AgreementOrder.TITLE_ASC]: [{ title: "ASC" }],
};

/**
 * One page of agreements in one statement (fragments/list-matching, then keyset-page), each
 * agreement with what the request's selection reads.
 */
export function agreementsPage(
  ctx: ApiContext,
  info: GraphQLResolveInfo,
  filters: AgreementPageFilters,
  order: AgreementOrder,
  request: Omit<ListRequest, "type" | "matching" | "defaultSort">,
) {
  return listPage(ctx, info, {
    ...request,
    type: "Agreement",
    matching: { params: { ...filters } },
    defaultSort: ORDER_SORT[order],
  });
}

const NO_FILTERS: AgreementPageFilters = {
  parties: null,
  signatory: null,
  sector: null,
  kind: null,
  initiative: null,
  signedFrom: null,
  signedTo: null,
  words: null,
};

/**
 * The agreements of one party (those it took part in) or one sector (sub-sectors included), newest
 * first: the same keyset page as Query.agreements, with the connection's own arguments.
 */
export function agreementsOf(
  ctx: ApiContext,
  info: GraphQLResolveInfo,
  of: { party: string } | { sector: string },
  request: Omit<ListRequest, "type" | "matching" | "defaultSort">,
) {
  const filters = "party" in of ? { ...NO_FILTERS, parties: [of.party] } : { ...NO_FILTERS, sector: of.sector };
  return agreementsPage(ctx, info, filters, AgreementOrder.SIGNED_ON_DESC, request);
}
