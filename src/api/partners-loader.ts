import DataLoader from "dataloader";
import { Kind, type FieldNode, type FragmentDefinitionNode, type GraphQLSchema, type SelectionSetNode } from "graphql";
import { compileSelection, fieldSelections } from "./compile/compile-selection";
import { firstDayOf, lastDayOf } from "../records/partial-date";
import { pageRequest } from "./connection";
import type { ApiContext } from "./context";
import * as parties from "./party.repository";

/**
 * Party.partners' arguments as both paths key them: partial dates widened to their period, the
 * default and the range rule of `first`, and which costly parts of a partnership the selection
 * (the field's nodes) reads.
 */
export function partnersArgs(
  args: { sector?: string | null; from?: string | null; to?: string | null; first?: number | null },
  fields: readonly FieldNode[],
  fragments: Record<string, FragmentDefinitionNode>,
  schema: GraphQLSchema,
): parties.PartnersArgs {
  const read = fieldNames(
    fields.map((f) => f.selectionSet),
    fragments,
  );
  const selected: SelectionSetNode = {
    kind: Kind.SELECTION_SET,
    selections: fields.flatMap((f) => f.selectionSet?.selections ?? []),
  };
  const partner = compileSelection(schema, "Party", fieldSelections(selected, "partner", fragments), fragments).fetch
    .props;
  const from = firstDayOf(args.from) ?? null;
  const to = lastDayOf(args.to) ?? null;
  return {
    sector: args.sector ?? null,
    from,
    to,
    first: pageRequest(args.first, null).limit,
    reads: {
      dates: read.has("since") || read.has("links") || from !== null || to !== null,
      links: read.has("links"),
      sources: read.get("links")?.has("sources") ?? false,
      agreements: read.has("agreements"),
      initiatives: read.has("initiatives"),
      sectors: read.has("sectors"),
    },
    partnerProps: partner === "all" ? "all" : [...partner].sort(),
  };
}

/** The fields a selection names (fragments flattened), each with the names of its own fields. */
function fieldNames(sets: Array<SelectionSetNode | undefined>, fragments: Record<string, FragmentDefinitionNode>) {
  const names = new Map<string, Set<string>>();
  const visit = (set: SelectionSetNode | undefined, into: (field: FieldNode) => void) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) into(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet, into);
      else visit(fragments[selection.name.value]?.selectionSet, into);
    }
  };
  for (const set of sets)
    visit(set, (field) => {
      const below = names.get(field.name.value) ?? new Set<string>();
      names.set(field.name.value, below);
      visit(field.selectionSet, (child) => below.add(child.name.value));
    });
  return names;
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
