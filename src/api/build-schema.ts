import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema, type BuildSchemaOptions } from "type-graphql";
import { AnalyticsQueries, PartyAnalyticsResolver } from "./analytics.resolver";
import { CountsQueries } from "./counts.resolver";
import { AgreementQueries, AgreementResolver, ClaimContradictionResolver, ClaimResolver } from "./agreement.resolver";
import { ParticipationQueries } from "./participation.resolver";
import { ExternalId } from "./external-id.type";
import { externalIdsResolverFor } from "./external-ids.resolver";
import { PartyList } from "./participation.type";
import { EditResolver } from "./edit.resolver";
import { ChangeFactResolver, FactQueries, SourceCitedByResolver } from "./fact.resolver";
import { Agreement, PartyAct } from "./agreement.type";
import { InitiativeQueries, InitiativeResolver } from "./initiative.resolver";
import { Initiative } from "./initiative.type";
import { OrganizationResolver, PartyQueries, PartyResolver } from "./party.resolver";
import { Membership, Party, PartnershipLink } from "./party.type";
import {
  PersonQueries,
  PersonResolver,
  PositionResolver,
  SignatureResolver,
  StatementResolver,
} from "./person.resolver";
import { Attendance, Person, Position, Signature, Statement } from "./person.type";
import { PlaceResolver } from "./place.resolver";
import { Place } from "./place.type";
import { SearchQueries } from "./search.resolver";
import { SectorQueries, SectorResolver } from "./sector.resolver";
import { Claim, Sector, SectorClaim } from "./sector.type";
import { SourceQueries } from "./source.resolver";
import { sourcesResolverFor } from "./sources.resolver";
import { StatsResolver } from "./stats.resolver";
import { TraversalQueries } from "./traversal.resolver";
import { TimelineEvent } from "./traversal.type";

/** Every type whose `sources` field holds source ids in the graph. */
const TYPES_WITH_SOURCES = [
  Party,
  Person,
  Position,
  Signature,
  Attendance,
  Statement,
  Agreement,
  PartyAct,
  SectorClaim,
  Claim,
  Initiative,
  Membership,
  Sector,
  Place,
  TimelineEvent,
  PartyList,
  PartnershipLink,
  ExternalId,
];

/** Every type with identifiers in other datasets. */
const TYPES_WITH_EXTERNAL_IDS = [Party, Person, Agreement, Initiative];

/** The one schema, for the server, the tests and the emitted SDL. */
export function buildApiSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [
      PartyQueries,
      PartyResolver,
      PartyAnalyticsResolver,
      AnalyticsQueries,
      OrganizationResolver,
      PersonQueries,
      PersonResolver,
      PositionResolver,
      SignatureResolver,
      StatementResolver,
      AgreementQueries,
      AgreementResolver,
      ClaimResolver,
      ClaimContradictionResolver,
      ParticipationQueries,
      InitiativeQueries,
      InitiativeResolver,
      SectorQueries,
      SectorResolver,
      PlaceResolver,
      SourceQueries,
      SearchQueries,
      TraversalQueries,
      StatsResolver,
      CountsQueries,
      EditResolver,
      FactQueries,
      SourceCitedByResolver,
      ChangeFactResolver,
      ...TYPES_WITH_SOURCES.map(sourcesResolverFor),
      ...TYPES_WITH_EXTERNAL_IDS.map(externalIdsResolverFor),
    ] as unknown as BuildSchemaOptions["resolvers"],
    validate: false,
  });
}
