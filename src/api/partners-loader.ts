import DataLoader from "dataloader";
import { firstDayOf, lastDayOf } from "../records/partial-date";
import { pageRequest } from "./connection";
import type { ApiContext } from "./context";
import * as parties from "./party.repository";

/**
 * Party.partners' arguments as both paths key them: partial dates widened to their period, the
 * default and the range rule of `first`.
 */
export function partnersArgs(args: {
  sector?: string | null;
  from?: string | null;
  to?: string | null;
  first?: number | null;
}): parties.PartnersArgs {
  return {
    sector: args.sector ?? null,
    from: firstDayOf(args.from) ?? null,
    to: lastDayOf(args.to) ?? null,
    first: pageRequest(args.first, null).limit,
  };
}

/** The request's loader of partners for one set of arguments: null answers an unknown sector. */
export function partnersLoader(ctx: ApiContext, args: parties.PartnersArgs) {
  return ctx.loaderFor(
    `partners|${JSON.stringify(args)}`,
    () =>
      new DataLoader<string, unknown[] | null>(async (ids) => {
        const byParty = await parties.partnersOf(ctx.gateway, ids, args);
        return ids.map((id) => (byParty === null ? null : (byParty.get(id) ?? []).map((row) => partnership(ctx, row))));
      }),
  );
}

/** Puts one party's partners, fetched by a compiled statement, into the request's loader. */
export function primePartners(ctx: ApiContext, args: parties.PartnersArgs, partyId: string, value: unknown) {
  const rows = parties.partnerRows(partyId, value);
  partnersLoader(ctx, args).prime(partyId, rows === null ? null : rows.map((row) => partnership(ctx, row)));
}

/** A partner row as the resolvers read it; getters fetch the linked entities only when selected. */
function partnership(ctx: ApiContext, row: parties.PartnerRow) {
  return {
    partner: row.partner,
    strength: row.strength,
    since: row.since,
    links: row.links.map((link) => ({
      ...link,
      get hub() {
        return ctx.loaders.entity(link.hub);
      },
    })),
    get agreements() {
      return ctx.loaders.entitiesOf(row.agreements);
    },
    get initiatives() {
      return ctx.loaders.entitiesOf(row.initiatives);
    },
    get sectors() {
      return ctx.loaders.entitiesOf(row.sectors);
    },
  };
}
