import { Field, Int, ObjectType } from "type-graphql";
import { Agreement, PartyAct } from "./agreement.type";
import { Completeness, ParticipationStatus } from "./enums";
import { Initiative } from "./initiative.type";
import { Membership, Party } from "./party.type";
import { Source } from "./source.type";

@ObjectType({ description: "Whether a list of parties or members is the whole list, and how many the sources report." })
export class PartyList {
  @Field(() => Completeness) completeness!: Completeness;
  @Field(() => Int, { description: "Parties or members the graph holds." }) listed!: number;
  @Field(() => Int, {
    nullable: true,
    description: "How many the sources say there are; null when no source gives a count.",
  })
  reported?: number | null;
  @Field(() => String, { nullable: true, description: "For a partial list: what was searched, what is missing." })
  note?: string | null;
  @Field(() => [Source]) sources!: Source[];
}

@ObjectType({ description: "Whether a party took part in an agreement or an initiative, with the facts that say so." })
export class Participation {
  @Field(() => ParticipationStatus) status!: ParticipationStatus;
  @Field(() => Party) party!: Party;
  @Field(() => Agreement, { nullable: true }) agreement?: Agreement | null;
  @Field(() => Initiative, { nullable: true }) initiative?: Initiative | null;
  @Field(() => [PartyAct], { description: "The party's acts on the agreement, refusals included." }) acts!: PartyAct[];
  @Field(() => [Membership], { description: "The party's memberships of the initiative holding on `asOf`." })
  memberships!: Membership[];
  @Field(() => String, { description: "One sentence a person can read." }) explanation!: string;
}
