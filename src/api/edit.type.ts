import { Field, ID, InputType, ObjectType } from "type-graphql";
import { Agreement } from "./agreement.type";
import { Connection } from "./connection";
import { ActKind, MembershipKind } from "./enums";
import { Initiative } from "./initiative.type";
import { Person, Statement } from "./person.type";
import { Source } from "./source.type";

/** Dates in edits may be partial, as in the seed files: "2026-01-16", "2025-09" or "2021". */
const PARTIAL_DATE = "A date written 2026-01-16, 2025-09 or 2021 (as precise as the source).";

@InputType({ description: "A source, created or replaced as a whole." })
export class SourceInput {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) url?: string;
  @Field(() => String, { nullable: true }) publisher?: string;
  @Field(() => String, { nullable: true }) language?: string;
  @Field(() => String, { nullable: true, description: PARTIAL_DATE }) publishedOn?: string;
  @Field(() => String, { nullable: true }) note?: string;
}

@InputType({
  description: "An agreement's own fields, created or replaced as a whole; its acts, signatures... are added apart.",
})
export class AgreementInput {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) titleFr?: string;
  @Field(() => [String], { nullable: true }) aliases?: string[];
  @Field(() => String, {
    description: "declaration, joint-statement, memorandum, treaty, convention, framework, code-of-conduct",
  })
  kind!: string;
  @Field(() => String, { nullable: true, description: PARTIAL_DATE }) signedOn?: string;
  @Field(() => ID, { nullable: true }) place?: string;
  @Field(() => Boolean, { nullable: true }) binding?: boolean;
  @Field(() => String, { nullable: true }) summary?: string;
  @Field(() => [ID]) sources!: string[];
}

@InputType()
export class ActInput {
  @Field(() => ID) agreement!: string;
  @Field(() => ID, { description: "A country code or an organization id." }) party!: string;
  @Field(() => ActKind) act!: ActKind;
  @Field(() => String, { nullable: true, description: PARTIAL_DATE }) date?: string;
  @Field(() => [ID]) sources!: string[];
}

@InputType()
export class SignatureInput {
  @Field(() => ID) agreement!: string;
  @Field(() => ID) person!: string;
  @Field(() => String, { nullable: true }) capacity?: string;
  @Field(() => ID, { description: "One of the agreement's parties." }) onBehalfOf!: string;
  @Field(() => String, { nullable: true, description: PARTIAL_DATE }) date?: string;
  @Field(() => ID, { nullable: true }) place?: string;
  @Field(() => [ID]) sources!: string[];
}

@InputType()
export class AttendanceInput {
  @Field(() => ID) agreement!: string;
  @Field(() => ID) person!: string;
  @Field(() => String, { nullable: true }) capacity?: string;
  @Field(() => [ID]) sources!: string[];
}

@InputType()
export class MembershipInput {
  @Field(() => ID) initiative!: string;
  @Field(() => ID) party!: string;
  @Field(() => MembershipKind) kind!: MembershipKind;
  @Field(() => String, { nullable: true, description: PARTIAL_DATE }) since?: string;
  @Field(() => String, { nullable: true, description: PARTIAL_DATE }) until?: string;
  @Field(() => String, { nullable: true }) note?: string;
  @Field(() => [ID]) sources!: string[];
}

@InputType()
export class PositionInput {
  @Field(() => ID) person!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) titleFr?: string;
  @Field(() => ID, { nullable: true }) organization?: string;
  @Field(() => String, { nullable: true }) country?: string;
  @Field(() => String, { nullable: true, description: PARTIAL_DATE }) from?: string;
  @Field(() => String, { nullable: true, description: PARTIAL_DATE }) to?: string;
  @Field(() => [ID]) sources!: string[];
}

@InputType({ description: "What a person said, paraphrased; created or replaced as a whole." })
export class StatementInput {
  @Field(() => ID) id!: string;
  @Field(() => ID) person!: string;
  @Field(() => ID, { nullable: true }) agreement?: string;
  @Field(() => String) summary!: string;
  @Field(() => String, { nullable: true }) summaryFr?: string;
  @Field(() => String, { nullable: true, description: PARTIAL_DATE }) date?: string;
  @Field(() => [ID]) sources!: string[];
}

@ObjectType({ description: "One edit: who made it, when, on what, and the facts before and after (JSON)." })
export class AuditEntry {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: "ISO date-time" }) at!: string;
  @Field(() => String, { description: "The API key's holder." }) holder!: string;
  @Field(() => String) action!: string;
  @Field(() => ID) target!: string;
  @Field(() => String) before!: string;
  @Field(() => String) after!: string;
}

export const AuditEntryConnection = Connection(AuditEntry, "AuditEntry");

@ObjectType()
export class SourcePayload {
  @Field(() => Source) source!: Source;
  @Field(() => AuditEntry) audit!: AuditEntry;
}

@ObjectType()
export class AgreementPayload {
  @Field(() => Agreement) agreement!: Agreement;
  @Field(() => AuditEntry) audit!: AuditEntry;
}

@ObjectType()
export class MembershipPayload {
  @Field(() => Initiative) initiative!: Initiative;
  @Field(() => AuditEntry) audit!: AuditEntry;
}

@ObjectType()
export class PersonPayload {
  @Field(() => Person) person!: Person;
  @Field(() => AuditEntry) audit!: AuditEntry;
}

@ObjectType()
export class StatementPayload {
  @Field(() => Statement) statement!: Statement;
  @Field(() => AuditEntry) audit!: AuditEntry;
}
