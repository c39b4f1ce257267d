import { auditPage } from "./audit.repository";
import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { z } from "zod";
import { applyEdit, unauthenticated } from "../edit/apply-edit";
import { buildGraphRows, type GraphRows } from "../records/graph-rows";
import {
  actSchema,
  agreementSchema,
  attendanceSchema,
  membershipSchema,
  positionSchema,
  signatureSchema,
  sourceSchema,
  statementSchema,
  type AgreementRecord,
  type InitiativeRecord,
  type PersonRecord,
} from "../records/schemas";
import { badInput } from "../shared/errors";
import { PageArgs, pageRequest, toConnection } from "./connection";
import type { ApiContext } from "./context";
import {
  ActInput,
  AgreementInput,
  AgreementPayload,
  AttendanceInput,
  AuditEntryConnection,
  MembershipInput,
  MembershipPayload,
  PersonPayload,
  PositionInput,
  SignatureInput,
  SourceInput,
  SourcePayload,
  StatementInput,
  StatementPayload,
} from "./edit.type";
import { toSeedValue } from "./enums";

/** Reading needs no key; every edit needs one (see src/server/api-keys.ts). */
function requireEditor(ctx: ApiContext): string {
  if (!ctx.editor) throw unauthenticated();
  return ctx.editor;
}

/** The same checks as a seed file: the same schema, so an edit can hold nothing a file could not. */
function validated<T>(schema: z.ZodType<T>, input: object): T {
  const clean = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && v !== null));
  const parsed = schema.safeParse(clean);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map(
    (i) => `${i.path.join(".") || "input"}: ${i.message.replace(/^Invalid input: /, "expected ")}`,
  );
  throw badInput(`Nothing was written: ${problems.join("; ")}.`, { problems });
}

/** Empty nested lists, for building one relationship of an existing agreement, initiative or person. */
const agreementShell = (id: string): AgreementRecord => ({
  id,
  title: id,
  kind: "declaration",
  aliases: [],
  commitments: [],
  acts: [],
  signatures: [],
  attendances: [],
  sectors: [],
  initiatives: [],
  follows: [],
  claims: [],
  externalIds: [],
  sources: [],
});
const initiativeShell = (id: string): InitiativeRecord => ({
  id,
  name: id,
  kind: "partnership",
  aliases: [],
  sectors: [],
  memberships: [],
  claims: [],
  externalIds: [],
  sources: [],
});
const personShell = (id: string): PersonRecord => ({
  id,
  name: id,
  aliases: [],
  positions: [],
  externalIds: [],
  sources: [],
});
const EDIT = { origin: "edit", countries: false } as const;
const relationshipsOnly = (rows: GraphRows): GraphRows => ({ nodes: [], relationships: rows.relationships });

/** Where each nested fact lives: the seed list of its record, the shell to hold it, the kind it adds to. */
const NESTED = {
  acts: { kind: "agreements", shell: agreementShell, addsTo: "agreement" },
  signatures: { kind: "agreements", shell: agreementShell, addsTo: "agreement" },
  attendances: { kind: "agreements", shell: agreementShell, addsTo: "agreement" },
  memberships: { kind: "initiatives", shell: initiativeShell, addsTo: "initiative" },
  positions: { kind: "people", shell: personShell, addsTo: "person" },
} as const;

/**
 * Adds one nested fact (an act, a signature, a membership...) to an existing record: the record as a
 * seed file would hold it, checked by the rulebook against the graph, written with its audit.
 */
async function addNested(
  ctx: ApiContext,
  holder: string,
  action: string,
  id: string,
  field: keyof typeof NESTED,
  entry: object,
) {
  const { kind, shell, addsTo } = NESTED[field];
  const record = { ...shell(id), [field]: [entry] };
  const rows = relationshipsOnly(buildGraphRows({ [kind]: [record] }, EDIT));
  return applyEdit(ctx.gateway, {
    holder,
    action,
    target: id,
    record: { kind, record },
    fieldsAt: [field, 0],
    addsTo: { kind: addsTo, field: addsTo },
    rows,
  });
}

@Resolver()
export class EditResolver {
  @Mutation(() => SourcePayload, { description: "Create or replace a source." })
  async upsertSource(@Arg("input", () => SourceInput) input: SourceInput, @Ctx() ctx: ApiContext) {
    const holder = requireEditor(ctx);
    const source = validated(sourceSchema, input);
    const audit = await applyEdit(ctx.gateway, {
      holder,
      action: "upsertSource",
      target: source.id,
      record: { kind: "sources", record: source },
      rows: buildGraphRows({ sources: [source] }, EDIT),
    });
    return { source: await ctx.loaders.entity(source.id), audit };
  }

  @Mutation(() => AgreementPayload, { description: "Create or replace an agreement's own fields." })
  async upsertAgreement(@Arg("input", () => AgreementInput) input: AgreementInput, @Ctx() ctx: ApiContext) {
    const holder = requireEditor(ctx);
    const agreement = validated(agreementSchema, input);
    const audit = await applyEdit(ctx.gateway, {
      holder,
      action: "upsertAgreement",
      target: agreement.id,
      record: { kind: "agreements", record: agreement },
      rows: buildGraphRows({ agreements: [agreement] }, EDIT),
    });
    return { agreement: await ctx.loaders.entity(agreement.id), audit };
  }

  @Mutation(() => AgreementPayload, {
    description: "Record that a party signed, ratified, acceded to, endorsed or withdrew from an agreement.",
  })
  async addAct(@Arg("input", () => ActInput) input: ActInput, @Ctx() ctx: ApiContext) {
    const holder = requireEditor(ctx);
    const { agreement: id, ...rest } = input;
    const act = validated(actSchema, { ...rest, act: toSeedValue(input.act) });
    const audit = await addNested(ctx, holder, "addAct", id, "acts", act);
    return { agreement: await ctx.loaders.entity(id), audit };
  }

  @Mutation(() => AgreementPayload, {
    description: "Record who signed an agreement, in which capacity, on behalf of which of its parties.",
  })
  async addSignature(@Arg("input", () => SignatureInput) input: SignatureInput, @Ctx() ctx: ApiContext) {
    const holder = requireEditor(ctx);
    const { agreement: id, ...rest } = input;
    const signature = validated(signatureSchema, rest);
    const audit = await addNested(ctx, holder, "addSignature", id, "signatures", signature);
    return { agreement: await ctx.loaders.entity(id), audit };
  }

  @Mutation(() => AgreementPayload, { description: "Record who attended a signing without signing." })
  async addAttendance(@Arg("input", () => AttendanceInput) input: AttendanceInput, @Ctx() ctx: ApiContext) {
    const holder = requireEditor(ctx);
    const { agreement: id, ...rest } = input;
    const attendance = validated(attendanceSchema, rest);
    const audit = await addNested(ctx, holder, "addAttendance", id, "attendances", attendance);
    return { agreement: await ctx.loaders.entity(id), audit };
  }

  @Mutation(() => MembershipPayload, {
    description: "Record a party's membership of an initiative (several over time are kept apart).",
  })
  async addMembership(@Arg("input", () => MembershipInput) input: MembershipInput, @Ctx() ctx: ApiContext) {
    const holder = requireEditor(ctx);
    const { initiative: id, ...rest } = input;
    const membership = validated(membershipSchema, { ...rest, kind: toSeedValue(input.kind) });
    const audit = await addNested(ctx, holder, "addMembership", id, "memberships", membership);
    return { initiative: await ctx.loaders.entity(id), audit };
  }

  @Mutation(() => PersonPayload, { description: "Record a position a person held." })
  async addPosition(@Arg("input", () => PositionInput) input: PositionInput, @Ctx() ctx: ApiContext) {
    const holder = requireEditor(ctx);
    const { person: id, ...rest } = input;
    const position = validated(positionSchema, rest);
    const audit = await addNested(ctx, holder, "addPosition", id, "positions", position);
    return { person: await ctx.loaders.entity(id), audit };
  }

  @Mutation(() => StatementPayload, { description: "Create or replace a paraphrased statement." })
  async upsertStatement(@Arg("input", () => StatementInput) input: StatementInput, @Ctx() ctx: ApiContext) {
    const holder = requireEditor(ctx);
    const statement = validated(statementSchema, input);
    const rows = buildGraphRows({ statements: [statement] }, EDIT);
    const audit = await applyEdit(ctx.gateway, {
      holder,
      action: "upsertStatement",
      target: statement.id,
      record: { kind: "statements", record: statement },
      rows,
    });
    const [node] = await ctx.gateway.read("edit/node-state", { id: statement.id });
    return { statement: { ...(node.props as object), __kind: "Statement" }, audit };
  }

  @Query(() => AuditEntryConnection, {
    description: "Every edit made through the API, newest first; `target` narrows it to one record.",
  })
  async auditTrail(
    @Arg("target", () => ID, { nullable: true }) target: string | undefined,
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Ctx() ctx: ApiContext,
  ) {
    const page = pageRequest(first, after);
    const { items, total } = await auditPage(ctx.gateway, target ?? null, page);
    return toConnection(items, total, page);
  }
}
