import { GraphQLJSONObject } from "graphql-scalars";
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { NODE_FACT_KINDS, RELATIONSHIP_FACT_KINDS, type FactKindName } from "../provenance/fact-ref";
import { Connection } from "./connection";
import type { GraphNode } from "./entity";
import { DateTimeFilter, IDFilter, IntFilter } from "./filters.type";
import { DateTimeScalar } from "./scalars";
import { Entity } from "./search.type";
import { Source } from "./source.type";

/** Node kinds by their record, relationship kinds by the relationship's type. */
export const FactKind = Object.fromEntries(
  [...Object.values(NODE_FACT_KINDS), ...RELATIONSHIP_FACT_KINDS].map((kind) => [kind, kind]),
) as { [K in FactKindName]: K };
export type FactKind = FactKindName;

registerEnumType(FactKind, {
  name: "FactKind",
  description:
    "What a fact is: a record (AGREEMENT, CLAIM, COMMITMENT...) or a relationship (SIGNED, MEMBER_OF, ACTED_ON, COVERS...).",
});

export enum ChangeAction {
  LOADED = "LOADED",
  CREATED = "CREATED",
  UPDATED = "UPDATED",
  DELETED = "DELETED",
}

registerEnumType(ChangeAction, {
  name: "ChangeAction",
  description:
    "LOADED: a first load into an empty graph, as one change; otherwise each fact created, updated or deleted.",
});

@ObjectType({
  description:
    "A fact with its provenance: a record or a relationship that carries sources, as OpenSanctions' statements do.",
})
export class Fact {
  @Field(() => ID, { description: "A record's id, or `TYPE:from->to#key` for a relationship." }) id!: string;
  @Field(() => FactKind) factKind!: FactKind;
  @Field(() => String, { description: 'What the fact says, for people: "Israel signed ...".' }) label!: string;
  @Field(() => Entity, {
    description:
      "The entity the fact is about: the record itself, the start of a relationship, or the entity a claim, commitment or statement belongs to.",
  })
  subject!: GraphNode;
  @Field(() => Entity, { nullable: true, description: "The other end of a relationship; null for a record." })
  object?: GraphNode | null;
  @Field(() => [Source]) sources!: GraphNode[];
  @Field(() => Int) sourceCount!: number;
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "When the fact was created (null if before stamps existed).",
  })
  firstSeen?: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: "When a load or an edit last changed it." })
  updatedAt?: string | null;
  @Field(() => GraphQLJSONObject, { description: "The fact's stored properties (dates, kind, act, note...)." })
  properties!: Record<string, unknown>;
}

export const FactConnection = Connection(Fact, "Fact");

@InputType({ description: "Tests on a fact kind: one, or one of several." })
export class FactKindFilter {
  @Field(() => FactKind, { nullable: true }) eq?: FactKind;
  @Field(() => [FactKind], { nullable: true }) in?: FactKind[];
}

@InputType({ description: "Tests on the sources a fact rests on: it rests on at least one that matches." })
export class FactSourceFilter {
  @Field(() => IDFilter, { nullable: true }) id?: IDFilter;
}

@InputType({ description: "Which facts: every test given applies." })
export class FactWhere {
  @Field(() => IntFilter, { nullable: true, description: "How many sources the fact rests on." })
  sourceCount?: IntFilter;
  @Field(() => FactKindFilter, { nullable: true }) factKind?: FactKindFilter;
  @Field(() => IDFilter, {
    nullable: true,
    description: "The entity the fact's subject or object is (a country code, an id).",
  })
  about?: IDFilter;
  @Field(() => FactSourceFilter, { nullable: true }) source?: FactSourceFilter;
  @Field(() => DateTimeFilter, { nullable: true }) updatedAt?: DateTimeFilter;
  @Field(() => DateTimeFilter, { nullable: true }) firstSeen?: DateTimeFilter;
}

@ObjectType({ description: "One change to the facts, from a seed load or an edit through the API." })
export class Change {
  @Field(() => ID) id!: string;
  @Field(() => DateTimeScalar, { description: "When the change was committed (every change of one write shares it)." })
  at!: string;
  @Field(() => ChangeAction) action!: ChangeAction;
  @Field(() => ID, { nullable: true, description: "The fact changed (null for LOADED)." }) factId?: string | null;
  @Field(() => FactKind, { nullable: true }) factKind?: FactKind | null;
  @Field(() => Fact, { nullable: true, description: "The fact as it is now (null: deleted since, or LOADED)." })
  fact?: Fact | null;
  @Field(() => GraphQLJSONObject, { nullable: true, description: "The fact's properties before (null: created)." })
  before?: Record<string, unknown> | null;
  @Field(() => GraphQLJSONObject, { nullable: true, description: "The fact's properties after (null: deleted)." })
  after?: Record<string, unknown> | null;
  @Field(() => String, { nullable: true, description: "The API key's holder, for an edit." }) editor?: string | null;
  @Field(() => ID, { nullable: true, description: "The edit's entry in `auditTrail`." }) auditId?: string | null;
  @Field(() => String, { nullable: true, description: "The checksum of the seed files, for a load." })
  load?: string | null;
  @Field(() => Int, { nullable: true, description: "The data revision the write made, where it is known." })
  revision?: number | null;
  @Field(() => Int, { nullable: true, description: "For LOADED: how many facts the load wrote." })
  factCount?: number | null;
}

export const ChangeConnection = Connection(Change, "Change");
