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
const ADDS_TO_AGREEMENT = { kind: "agreement", field: "agreement" } as const;
const relationshipsOnly = (rows: GraphRows): GraphRows => ({ nodes: [], relationships: rows.relationships });

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
    const record = { ...agreementShell(id), acts: [act] };
    const rows = relationshipsOnly(buildGraphRows({ agreements: [record] }, EDIT));
    const audit = await applyEdit(ctx.gateway, {
      holder,
      action: "addAct",
      target: id,
      record: { kind: "agreements", record },
      fieldsAt: ["acts", 0],
      addsTo: ADDS_TO_AGREEMENT,
      rows,
    });
    return { agreement: await ctx.loaders.entity(id), audit };
  }

  @Mutation(() => AgreementPayload, {
    description: "Record who signed an agreement, in which capacity, on behalf of which of its parties.",
  })
  async addSignature(@Arg("input", () => SignatureInput) input: SignatureInput, @Ctx() ctx: ApiContext) {
    const holder = requireEditor(ctx);
    const { agreement: id, ...rest } = input;
    const signature = validated(signatureSchema, rest);
    const record = { ...agreementShell(id), signatures: [signature] };
    const rows = relationshipsOnly(buildGraphRows({ agreements: [record] }, EDIT));
    const audit = await applyEdit(ctx.gateway, {
      holder,
      action: "addSignature",
      target: id,
      record: { kind: "agreements", record },
      fieldsAt: ["signatures", 0],
      addsTo: ADDS_TO_AGREEMENT,
      rows,
    });
    return { agreement: await ctx.loaders.entity(id), audit };
  }

  @Mutation(() => AgreementPayload, { description: "Record who attended a signing without signing." })
  async addAttendance(@Arg("input", () => AttendanceInput) input: AttendanceInput, @Ctx() ctx: ApiContext) {
    const holder = requireEditor(ctx);
    const { agreement: id, ...rest } = input;
    const attendance = validated(attendanceSchema, rest);
    const record = { ...agreementShell(id), attendances: [attendance] };
    const rows = relationshipsOnly(buildGraphRows({ agreements: [record] }, EDIT));
    const audit = await applyEdit(ctx.gateway, {
      holder,
      action: "addAttendance",
      target: id,
      record: { kind: "agreements", record },
      fieldsAt: ["attendances", 0],
      addsTo: ADDS_TO_AGREEMENT,
      rows,
    });
    return { agreement: await ctx.loaders.entity(id), audit };
  }

  @Mutation(() => MembershipPayload, {
    description: "Record a party's membership of an initiative (several over time are kept apart).",
  })
  async addMembership(@Arg("input", () => MembershipInput) input: MembershipInput, @Ctx() ctx: ApiContext) {
    const holder = requireEditor(ctx);
    const { initiative: id, ...rest } = input;
    const membership = validated(membershipSchema, { ...rest, kind: toSeedValue(input.kind) });
    const record = { ...initiativeShell(id), memberships: [membership] };
    const rows = relationshipsOnly(buildGraphRows({ initiatives: [record] }, EDIT));
    const audit = await applyEdit(ctx.gateway, {
      holder,
      action: "addMembership",
      target: id,
      record: { kind: "initiatives", record },
      fieldsAt: ["memberships", 0],
      addsTo: { kind: "initiative", field: "initiative" },
      rows,
    });
    return { initiative: await ctx.loaders.entity(id), audit };
  }

  @Mutation(() => PersonPayload, { description: "Record a position a person held." })
  async addPosition(@Arg("input", () => PositionInput) input: PositionInput, @Ctx() ctx: ApiContext) {
    const holder = requireEditor(ctx);
    const { person: id, ...rest } = input;
    const position = validated(positionSchema, rest);
    const record = { ...personShell(id), positions: [position] };
    const rows = relationshipsOnly(buildGraphRows({ people: [record] }, EDIT));
    const audit = await applyEdit(ctx.gateway, {
      holder,
      action: "addPosition",
      target: id,
      record: { kind: "people", record },
      fieldsAt: ["positions", 0],
      addsTo: { kind: "person", field: "person" },
      rows,
    });
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
