import {
  getNamedType,
  isAbstractType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionNode,
  type SelectionSetNode,
} from "graphql";
import { hasFieldResolver } from "./field-resolvers";
import { FIELD_STEPS, OWN_PROPERTIES, type Direction, type Properties } from "./field-steps";

/** What one node needs fetched: links to follow (with what their far nodes need) and ids to load. */
export interface Fetch {
  links: Map<string, LinkFetch>;
  /** Properties of this node that hold entity ids. */
  refs: Set<string>;
  /** The node's properties its resolvers read ("id" always), or "all": the node is fetched whole. */
  props: Set<string> | "all";
  /** Fields computed by an aggregate fragment (root node only), with their field nodes for arguments. */
  aggregates: Array<{ name: string; typeName: string; field: FieldNode }>;
}

export interface LinkFetch {
  type: string;
  direction: Direction;
  node: Fetch;
  /** Properties of the relationship that hold entity ids (a signature's onBehalfOf...). */
  relRefs: Set<string>;
  /** The relationship's properties its resolvers read, or "all". */
  relProps: Set<string> | "all";
}

export interface CompiledSelection {
  fetch: Fetch;
  /** Fields whose resolvers will run statements of their own ("Type.field"). */
  uncompiled: string[];
}

/** A fetch of the node alone, whole (what a loader would give). */
export const emptyFetch = (): Fetch => ({ links: new Map(), refs: new Set(), props: "all", aggregates: [] });
const projectedFetch = (): Fetch => ({ links: new Map(), refs: new Set(), props: new Set(["id"]), aggregates: [] });

/** Adds properties a resolver reads to what each relationship of a link fetches. */
function readRelationship(link: LinkFetch, props: Properties) {
  if (link.relProps === "all") return;
  if (props === "all") link.relProps = "all";
  else props.forEach((p) => (link.relProps as Set<string>).add(p));
}

/** Adds properties a resolver reads to what the node fetches. */
function readProperties(into: Fetch, props: Properties | undefined) {
  if (props === undefined || into.props === "all") return;
  if (props === "all") into.props = "all";
  else props.forEach((p) => (into.props as Set<string>).add(p));
}

/**
 * Reads a field's selection set (fragments and type conditions included) against FIELD_STEPS and
 * returns what to fetch so that its resolvers find everything in the loaders' caches.
 */
export function compileSelection(
  schema: GraphQLSchema,
  typeName: string,
  selectionSet: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
): CompiledSelection {
  const uncompiled = new Set<string>();
  const fetch = projectedFetch();

  const possible = (type: GraphQLNamedType): string[] =>
    isAbstractType(type) ? schema.getPossibleTypes(type).map((t) => t.name) : [type.name];

  const fieldType = (typeName: string, field: string): GraphQLNamedType | undefined => {
    const type = schema.getType(typeName);
    return isObjectType(type) ? getNamedType(type.getFields()[field]?.type) : undefined;
  };

  /** The fields of a selection that apply to `typeName`, fragments flattened. */
  const fieldsOf = (set: SelectionSetNode | undefined, typeName: string) => {
    const out: Array<{ name: string; selectionSet?: SelectionSetNode; node: FieldNode }> = [];
    const visit = (s: SelectionSetNode | undefined) => {
      for (const sel of s?.selections ?? []) {
        if (sel.kind === Kind.FIELD) out.push({ name: sel.name.value, selectionSet: sel.selectionSet, node: sel });
        else if (sel.kind === Kind.INLINE_FRAGMENT) {
          const condition = sel.typeCondition?.name.value;
          if (!condition || applies(condition, typeName)) visit(sel.selectionSet);
        } else {
          const fragment = fragments[sel.name.value];
          if (fragment && applies(fragment.typeCondition.name.value, typeName)) visit(fragment.selectionSet);
        }
      }
    };
    visit(set);
    return out;
  };

  const applies = (condition: string, typeName: string) => {
    const type = schema.getType(condition);
    return condition === typeName || (type !== undefined && isAbstractType(type) && possible(type).includes(typeName));
  };

  const linkFetch = (into: Fetch, type: string, direction: Direction): LinkFetch => {
    const key = `${direction}:${type}`;
    let link = into.links.get(key);
    if (!link)
      into.links.set(
        key,
        (link = { type, direction, node: projectedFetch(), relRefs: new Set(), relProps: new Set() }),
      );
    return link;
  };

  /** Adds what `set`, read as one of `typeNames`, needs on the node `into` stands for. */
  const collect = (into: Fetch, typeNames: string[], set: SelectionSetNode | undefined) => {
    for (const typeName of typeNames) {
      for (const field of fieldsOf(set, typeName)) {
        if (field.name.startsWith("__")) continue;
        const step = FIELD_STEPS[typeName]?.[field.name];
        const returned = fieldType(typeName, field.name);
        if (!step) {
          if (field.selectionSet || (returned && !isLeaf(returned))) {
            uncompiled.add(`${typeName}.${field.name}`);
            readProperties(into, "all");
          } else if (hasFieldResolver(schema, typeName, field.name)) {
            readProperties(into, OWN_PROPERTIES[field.name] ?? "all");
          } else readProperties(into, [field.name]);
          continue;
        }
        readProperties(into, step.own);
        if ("aggregate" in step) {
          // One aggregate per statement, on the root: others run their own statement.
          const same = (a: Fetch["aggregates"][number]) => a.name === step.aggregate;
          if (into === fetch && !into.aggregates.some(same))
            into.aggregates.push({ name: step.aggregate, typeName, field: field.node });
          else if (!into.aggregates.some((a) => same(a) && a.field === field.node))
            uncompiled.add(`${typeName}.${field.name}`);
        } else if ("refs" in step) {
          step.refs.forEach((p) => into.refs.add(p));
          readProperties(into, step.refs);
        } else if ("links" in step) {
          const childTypes = step.as === "node" ? (returned ? possible(returned) : []) : [step.relType];
          const { handsOn } = step;
          if (handsOn && childTypes.some((t) => fieldsOf(field.selectionSet, t).some((f) => f.name === handsOn)))
            readProperties(into, "all");
          for (const [type, direction] of step.links) {
            const link = linkFetch(into, type, direction);
            readProperties(link.node, step.far);
            readRelationship(link, step.rel ?? "all");
            if (step.as === "node") {
              if (returned) collect(link.node, possible(returned), field.selectionSet);
            } else {
              const handedOn = handsOn ? { field: handsOn, into, typeName } : undefined;
              collectRelObject(link, step.relType, step.node, field.selectionSet, handedOn);
            }
          }
        }
      }
    }
  };

  /**
   * A relationship object (a Signature): its node fields name the far node; the others read the
   * relationship's property of their name, or the ids a `refs` step names; a field resolver of
   * its own may read any of them.
   */
  const collectRelObject = (
    link: LinkFetch,
    relType: string,
    nodeFields: string[],
    set: SelectionSetNode | undefined,
    handedOn?: { field: string; into: Fetch; typeName: string },
  ) => {
    for (const field of fieldsOf(set, relType)) {
      if (field.name.startsWith("__")) continue;
      const returned = fieldType(relType, field.name);
      const farNode = nodeFields.includes(field.name);
      if (farNode && returned) collect(link.node, possible(returned), field.selectionSet);
      const step = FIELD_STEPS[relType]?.[field.name];
      if (step && "refs" in step) {
        step.refs.forEach((p) => link.relRefs.add(p));
        readRelationship(
          link,
          hasFieldResolver(schema, relType, field.name) && field.name !== step.refs[0] ? "all" : step.refs,
        );
      } else if (farNode) {
        continue;
      } else if (field.name === handedOn?.field) {
        collect(handedOn.into, [handedOn.typeName], field.selectionSet);
      } else if (field.selectionSet) {
        uncompiled.add(`${relType}.${field.name}`);
      } else readRelationship(link, hasFieldResolver(schema, relType, field.name) ? "all" : [field.name]);
    }
  };

  const root = schema.getType(typeName);
  collect(fetch, root ? possible(root) : [typeName], selectionSet);
  return { fetch, uncompiled: [...uncompiled].sort() };
}

const isLeaf = (type: GraphQLNamedType) => !isObjectType(type) && !isAbstractType(type);

/** Calls `visit` with each field of a selection set, through fragments and inline fragments. */
function eachField(
  set: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  visit: (field: FieldNode) => void,
) {
  for (const s of set?.selections ?? []) {
    if (s.kind === Kind.FIELD) visit(s);
    else if (s.kind === Kind.INLINE_FRAGMENT) eachField(s.selectionSet, fragments, visit);
    else eachField(fragments[s.name.value]?.selectionSet, fragments, visit);
  }
}

/**
 * The selections of the fields named `name` in `set`, merged into one set; inline fragments and
 * fragment spreads on the way count as the fields they hold.
 */
export function fieldSelections(
  set: SelectionSetNode,
  name: string,
  fragments: Record<string, FragmentDefinitionNode>,
): SelectionSetNode {
  const selections: SelectionNode[] = [];
  eachField(set, fragments, (field) => {
    if (field.name.value === name) selections.push(...(field.selectionSet?.selections ?? []));
  });
  return { kind: Kind.SELECTION_SET, selections };
}

/** The names of the fields a selection set asks for, through fragments and inline fragments. */
export function fieldNames(set: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>): Set<string> {
  const names = new Set<string>();
  eachField(set, fragments, (field) => names.add(field.name.value));
  return names;
}
