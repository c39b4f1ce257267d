import type { PlannedAggregate } from "./aggregates";
import type { Fetch } from "./compile-selection";

/**
 * Writes the Cypher for a Fetch by filling the named fragments of cypher/fragments/ with
 * variable names and relationship types from the plan; every value from the request stays a
 * parameter ($id), so nothing a client sends reaches the text.
 */
export type FragmentText = (name: string) => string;

/** A fragment of cypher/fragments/ with its `{{placeholders}}` filled; a missing value is a bug. */
export function fillFragment(fragment: FragmentText, name: string, values: Record<string, string>): string {
  return fragment(`fragments/${name}`).replace(/\{\{(\w+)\}\}/g, (_, key: string, at: number, text: string) => {
    if (!(key in values)) throw new Error(`fragment ${name} needs {{${key}}}`);
    // A value of several lines, in place of a placeholder that opens its line, takes that line's
    // indentation: the generated statement (pinned in snapshots) then reads as its fragments do.
    const before = text.slice(text.lastIndexOf("\n", at - 1) + 1, at);
    if (!/^[ \t]+$/.test(before)) return values[key];
    return values[key]
      .split("\n")
      .map((line, i) => (i > 0 && line !== "" ? before + line : line))
      .join("\n");
  });
}

/** fragments/kind of a node variable: the GraphQL type the node resolves to, as one string. */
export const kindOf = (fragment: FragmentText, variable: string): string =>
  fillFragment(fragment, "kind", { var: variable });

/** A fragment by name, with values of its own for placeholders beyond {{var}} and {{node}}. */
export type Part = string | [name: string, values: Record<string, string>];

/**
 * The statement for `fetch` on the node `n0`: the `parts` (fragments) in order, each given {{var}}
 * (n0), {{node}} (n0's projection with everything fetch needs) and its own values.
 */
export function fetchCypher(
  parts: Part[],
  fetch: Fetch,
  fragment: FragmentText,
  aggregates: PlannedAggregate[] = [],
): string {
  let counter = 0;
  const fill = (name: string, values: Record<string, string>) => fillFragment(fragment, name, values);

  /** Ids held by properties: a list is used as it is, a single id as a list of one. */
  const idsOf = (variable: string, props: Iterable<string>) =>
    [...props].map(
      (p) =>
        `CASE WHEN ${variable}.${p} IS NULL THEN [] WHEN valueType(${variable}.${p}) STARTS WITH 'LIST' THEN ${variable}.${p} ELSE [${variable}.${p}] END`,
    );

  /** `readAs`: the map the node's properties were read into once (links-in/-out read the order keys with them). */
  const node = (variable: string, f: Fetch, relVariable?: string, relRefs?: Set<string>, readAs?: string): string => {
    const ids = [...idsOf(variable, f.refs), ...(relVariable && relRefs ? idsOf(relVariable, relRefs) : [])];
    const ref = ids.length > 0 ? `e${++counter}` : undefined;
    const refs = ref ? fill("refs", { var: ref, kind: kindOf(fragment, ref), ids: ids.join(" + ") }) : undefined;
    const links = [...f.links.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, link]) => {
        const n = ++counter;
        const rel = `r${n}`;
        const to = `n${n}`;
        const body = fill(link.direction === "out" ? "links-out" : "links-in", {
          from: variable,
          rel,
          type: link.type,
          to,
          relRead: readOnce(rel, link.relProps, LINK_ORDER_KEYS.rel),
          toRead: readOnce(to, link.node.props, LINK_ORDER_KEYS.node),
          node: node(to, link.node, rel, link.relRefs, `${to}_read`),
          relProps: link.relProps === "all" ? `${rel}_read` : projection(`${rel}_read`, link.relProps).props,
        });
        return `\`${key}\`: ${body}`;
      });
    const computed = (variable === "n0" ? aggregates : []).map((a) => `\`${a.name}\`: aggregate_${a.name}`);
    const { props, whole } =
      readAs && f.props === "all" ? { props: readAs, whole: true } : projection(readAs ?? variable, f.props);
    const more = [
      whole ? "whole: true" : undefined,
      links.length > 0 ? `links: { ${links.join(", ")} }` : undefined,
      refs ? `refs: ${refs}` : undefined,
      computed.length > 0 ? `aggregates: { ${computed.join(", ")} }` : undefined,
    ].filter((entry) => entry !== undefined);
    return fill("node", {
      var: variable,
      kind: kindOf(fragment, variable),
      props,
      more: more.map((entry) => `, ${entry}`).join(""),
    });
  };

  const root = node("n0", fetch);
  const calls = aggregates
    .map((a) => fill(a.fragment, { var: "n0", out: `aggregate_${a.name}`, ...a.placeholders(fragment) }))
    .join("\n");
  return parts
    .map((part) => (typeof part === "string" ? ([part, {}] as const) : part))
    .map(([name, values]) => fill(name, { var: "n0", node: root, calls, ...values }))
    .join("\n");
}

/** The properties links-in/-out order by (as read/incoming-links does), read with the selected ones. */
const LINK_ORDER_KEYS = { rel: ["position", "date", "since"], node: ["signedOn", "name", "id"] };

/**
 * One read of what a linked relationship or node gives: the selected properties and the order keys
 * as one map, or all of them. Reading a property twice (once to order, once to answer) walks its
 * record chain twice: a page of 100 took 12% longer in Neo4j that way.
 */
function readOnce(variable: string, props: Fetch["props"], orderKeys: string[]): string {
  return props === "all" ? `properties(${variable})` : projection(variable, new Set([...props, ...orderKeys])).props;
}

/** Property names come from the schema's field names, never from values a client sends. */
const PROPERTY_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A node's map projection: only `props`, or all of them ("all"); `whole` says which. */
export function projection(variable: string, props: Fetch["props"]): { props: string; whole: boolean } {
  if (props === "all") return { props: `properties(${variable})`, whole: true };
  const names = [...props].sort();
  for (const name of names) if (!PROPERTY_NAME.test(name)) throw new Error(`not a property name: ${name}`);
  if (names.length === 0) return { props: "{}", whole: false };
  return { props: `${variable} { ${names.map((n) => `.${n}`).join(", ")} }`, whole: false };
}
