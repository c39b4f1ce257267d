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
 * One page of agreements in one statement (fragments/agreements-matching, then keyset-page), each
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
    matching: { fragment: "agreements-matching", params: { ...filters } },
    defaultSort: ORDER_SORT[order],
  });
}
