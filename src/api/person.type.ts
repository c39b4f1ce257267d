import { Field, ID, ObjectType } from "type-graphql";
import { Agreement } from "./agreement.type";
import { Connection } from "./connection";
import { DatePrecision } from "./enums";
import { Country, Organization, Party } from "./party.type";
import { Place } from "./place.type";
import { DateScalar } from "./scalars";
import { Source } from "./source.type";

@ObjectType()
export class Person {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: "The canonical spelling: the founding article's where it names the person." })
  name!: string;
  @Field(() => String, { nullable: true, description: "The French spelling, where it differs." }) nameFr?: string;
  @Field(() => [String], { description: "Other spellings, press misspellings included." }) aliases!: string[];
  @Field(() => [Position]) positions!: Position[];
  @Field(() => [Signature]) signatures!: Signature[];
  @Field(() => [Attendance]) attendances!: Attendance[];
  @Field(() => [Statement]) statements!: Statement[];
  @Field(() => [Source]) sources!: Source[];
}

@ObjectType()
export class Position {
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) titleFr?: string;
  @Field(() => Organization, { nullable: true }) organization?: Organization;
  @Field(() => Country, { nullable: true }) country?: Country;
  @Field(() => DateScalar, { nullable: true }) from?: string;
  @Field(() => DatePrecision, { nullable: true }) fromPrecision?: DatePrecision;
  @Field(() => DateScalar, { nullable: true }) to?: string;
  @Field(() => DatePrecision, { nullable: true }) toPrecision?: DatePrecision;
  @Field(() => [Source]) sources!: Source[];
}

@ObjectType({ description: "A person's signature of an agreement, in a capacity, on behalf of one of its parties." })
export class Signature {
  @Field(() => Person) person!: Person;
  @Field(() => Agreement) agreement!: Agreement;
  @Field(() => String, { nullable: true }) capacity?: string;
  @Field(() => Party, { nullable: true }) onBehalfOf?: Party;
  @Field(() => DateScalar, { nullable: true }) date?: string;
  @Field(() => DatePrecision, { nullable: true }) datePrecision?: DatePrecision;
  @Field(() => Place, { nullable: true }) place?: Place;
  @Field(() => [Source]) sources!: Source[];
}

@ObjectType({ description: "Present at a signing without signing." })
export class Attendance {
  @Field(() => Person) person!: Person;
  @Field(() => Agreement) agreement!: Agreement;
  @Field(() => String, { nullable: true }) capacity?: string;
  @Field(() => [Source]) sources!: Source[];
}

@ObjectType({ description: "What a person said, paraphrased; never a pasted quotation." })
export class Statement {
  @Field(() => ID) id!: string;
  @Field(() => Person) person!: Person;
  @Field(() => Agreement, { nullable: true }) agreement?: Agreement;
  @Field(() => String) summary!: string;
  @Field(() => String, { nullable: true }) summaryFr?: string;
  @Field(() => DateScalar, { nullable: true }) date?: string;
  @Field(() => [Source]) sources!: Source[];
}

export const PersonConnection = Connection(Person, "Person");
