/**
 * The side panel: everything the API knows about the selected entity, each fact with its sources.
 * Entity names are links (real hrefs, so they can be opened in a new tab); a plain click selects
 * the entity in place.
 */
import type {
  Agreement,
  Claim,
  EntityType,
  Initiative,
  Overview,
  Party,
  PartyList,
  PartyRef,
  Person,
  PlaceDetails,
  Sector,
  SectorClaim,
  SourceRef,
  TimelineEvent,
} from "./api";
import { h, safeUrl, type Child } from "./dom";
import { TYPE_STYLE, capitalize, formatDate, formatRange, humanize, typeLabel } from "./format";

export interface PanelContext {
  /** The href of the view with `id` selected. */
  hrefFor: (id: string) => string;
  /** Filters in force, to say what the lists are limited to. */
  asOf?: string;
  sectorName?: string;
}

export type Details =
  | { type: "AGREEMENT"; agreement: Agreement }
  | { type: "PARTY"; party: Party; timeline: TimelineEvent[] }
  | { type: "INITIATIVE"; initiative: Initiative }
  | { type: "PERSON"; person: Person }
  | { type: "SECTOR"; sector: Sector }
  | ({ type: "PLACE" } & PlaceDetails)
  | { type: "OTHER"; id: string; label: string; entityType: EntityType };

// ---------------------------------------------------------------------------------------------
// Building blocks.

function partyType(p: PartyRef | { __typename?: string }): EntityType {
  return p.__typename === "Organization" ? "ORGANIZATION" : "COUNTRY";
}

function entityLink(
  ctx: PanelContext,
  id: string,
  type: EntityType,
  label: string,
  attrs: Record<string, string> = {},
): HTMLAnchorElement {
  return h(
    "a",
    { href: ctx.hrefFor(id), class: "entity-link", "data-entity-id": id, "data-entity-type": type, ...attrs },
    label,
  );
}

function typeBadge(type: EntityType, extra?: string): HTMLElement {
  return h(
    "span",
    { class: "type-badge", style: `--type-color:${TYPE_STYLE[type]?.color ?? "#64748b"}` },
    typeLabel(type),
    extra ? h("span", { class: "type-badge-extra" }, ` · ${extra}`) : null,
  );
}

/** One source: a link when it has a url, otherwise its publisher and title as text. */
function sourceChip(source: SourceRef): HTMLElement {
  const url = safeUrl(source.url);
  const name = source.publisher ?? source.title;
  const tip = [source.title, source.publisher, formatDate(source.publishedOn)].filter(Boolean).join(" — ");
  if (url)
    return h("a", { class: "source-chip", href: url, target: "_blank", rel: "noopener noreferrer", title: tip }, name);
  return h(
    "span",
    { class: "source-chip no-link", title: `${tip} (no online copy)` },
    source.publisher ? `${source.publisher} — “${source.title}”` : `“${source.title}”`,
  );
}

function sources(list: SourceRef[]): HTMLElement {
  if (list.length === 0) return h("span", { class: "sources none" }, "no source given");
  return h(
    "span",
    { class: "sources", "data-role": "sources" },
    h("span", { class: "sources-label" }, list.length > 1 ? "Sources:" : "Source:"),
    ...list.map(sourceChip),
  );
}

function section(title: string, testId: string, count: number | null | HTMLElement, ...content: Child[]): HTMLElement {
  const empty = content.every((c) => c == null || c === false || (Array.isArray(c) && c.length === 0));
  return h(
    "section",
    { class: "panel-section", "data-testid": testId },
    h(
      "h3",
      null,
      title,
      count instanceof HTMLElement
        ? count
        : count != null && count > 0
          ? h("span", { class: "count" }, String(count))
          : null,
    ),
    empty ? h("p", { class: "muted" }, "None recorded.") : content,
  );
}

/** "partial: 22 of 24 listed" (or the count alone for a complete list): a partial list never looks whole. */
function listBadge(list: PartyList): HTMLElement {
  if (list.completeness === "COMPLETE")
    return h("span", { class: "count", title: "The whole list" }, String(list.listed));
  const text =
    list.reported != null ? `partial: ${list.listed} of ${list.reported} listed` : `partial: ${list.listed} listed`;
  const why =
    list.reported != null
      ? `The sources report ${list.reported}; the graph lists ${list.listed}.`
      : `No source gives the full list; the graph lists ${list.listed}.`;
  return h("span", { class: "badge partial", "data-testid": "partial-badge", title: why }, text);
}

/** Why a list is partial, with the sources of its count, folded: it can be long. */
function listNote(list: PartyList): HTMLElement | null {
  if (list.completeness === "COMPLETE") return null;
  return h(
    "details",
    { class: "partial-note", "data-testid": "partial-note" },
    h("summary", null, "Why this list is partial"),
    list.note ? h("p", null, list.note) : null,
    list.sources.length > 0 ? sources(list.sources) : null,
  );
}

function disputedBadge(): HTMLElement {
  return h(
    "span",
    { class: "badge warn", "data-testid": "disputed", title: "A disputed place asserts no country." },
    "disputed",
  );
}

/** Whether a position is held: the API says false once it ended, true when a recent source names the person in post. */
function positionStatus(current: boolean | null | undefined): HTMLElement {
  if (current === true) return h("span", { class: "badge current", "data-testid": "position-status" }, "in post");
  if (current === false) return h("span", { class: "badge past", "data-testid": "position-status" }, "ended");
  return h(
    "span",
    {
      class: "badge unknown",
      "data-testid": "position-status",
      title: "The sources do not say whether it still holds.",
    },
    "not settled",
  );
}

function facts(rows: Array<[string, Child] | null | false>): HTMLElement {
  return h(
    "dl",
    { class: "facts" },
    rows.filter((r): r is [string, Child] => Boolean(r)).map(([k, v]) => [h("dt", null, k), h("dd", null, v)]),
  );
}

function item(...children: Child[]): HTMLLIElement {
  return h("li", { class: "fact" }, children);
}

function line(...children: Child[]): HTMLElement {
  return h("div", { class: "fact-line" }, children);
}

function muted(text: string | null | undefined): HTMLElement | null {
  return text ? h("span", { class: "muted" }, text) : null;
}

function french(text: string | null | undefined, same?: string): HTMLElement | null {
  return text && text !== same ? h("p", { class: "french", lang: "fr" }, text) : null;
}

/** firstOfItsKind -> "first of its kind"; memberships.AE.since -> "memberships › AE › since". */
function fieldName(field: string): string {
  return field
    .split(".")
    .map((part) => (/^[A-Z]{2,3}$/.test(part) ? part : part.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase()))
    .join(" › ");
}

function claimsSection(claims: Claim[]): HTMLElement {
  const byField = new Map<string, Claim[]>();
  for (const c of claims) byField.set(c.field, [...(byField.get(c.field) ?? []), c]);
  return section(
    "Where sources disagree",
    "claims",
    byField.size,
    [...byField].map(([field, versions]) =>
      h(
        "div",
        { class: "claim" },
        h("h4", null, capitalize(fieldName(field))),
        h(
          "ul",
          { class: "fact-list" },
          versions.map((v) => item(line(h("span", { class: "claim-value" }, v.value)), sources(v.sources))),
        ),
      ),
    ),
  );
}

function sectorsSection(ctx: PanelContext, list: SectorClaim[]): HTMLElement {
  return section(
    "Sectors",
    "sectors",
    list.length,
    list.length > 0 &&
      h(
        "ul",
        { class: "fact-list" },
        list.map((s) =>
          item(
            line(
              entityLink(ctx, s.sector.id, "SECTOR", s.sector.name),
              s.sector.nameFr && s.sector.nameFr !== s.sector.name
                ? h("span", { class: "muted", lang: "fr" }, ` · ${s.sector.nameFr}`)
                : null,
            ),
            sources(s.sources),
          ),
        ),
      ),
  );
}

function sourcesSection(list: SourceRef[]): HTMLElement {
  return section(
    "Sources",
    "all-sources",
    list.length,
    list.length > 0 &&
      h(
        "ol",
        { class: "source-list" },
        list.map((s) => {
          const url = safeUrl(s.url);
          return h(
            "li",
            null,
            url
              ? h("a", { href: url, target: "_blank", rel: "noopener noreferrer" }, s.title)
              : h("span", { class: "source-title" }, s.title),
            h(
              "span",
              { class: "muted" },
              [s.publisher, formatDate(s.publishedOn), s.language?.toUpperCase(), url ? null : "no online copy"]
                .filter(Boolean)
                .map((x) => ` · ${x}`)
                .join(""),
            ),
          );
        }),
      ),
  );
}

function filterNote(ctx: PanelContext, what: string): HTMLElement | null {
  const parts = [
    ctx.asOf ? `as of ${formatDate(ctx.asOf)}` : null,
    ctx.sectorName ? `in ${ctx.sectorName}` : null,
  ].filter(Boolean);
  return parts.length ? h("p", { class: "filter-note" }, `${what} ${parts.join(", ")} (the filters above).`) : null;
}

function header(type: EntityType, title: string, extra: string | null, ...below: Child[]): HTMLElement {
  return h(
    "header",
    { class: "panel-header" },
    typeBadge(type, extra ?? undefined),
    h("h2", { "data-testid": "entity-title", tabindex: "-1" }, title),
    below,
  );
}

// ---------------------------------------------------------------------------------------------
// One view per kind of entity.

function agreementView(ctx: PanelContext, a: Agreement): Child[] {
  const place = a.place;
  return [
    header("AGREEMENT", a.title, a.kind ? humanize(a.kind) : null, french(a.titleFr, a.title)),
    facts([
      ["Date", a.signedOn ? formatDate(a.signedOn, a.signedOnPrecision) : h("span", { class: "muted" }, "not known")],
      place && [
        "Place",
        h(
          "span",
          null,
          entityLink(ctx, place.id, "PLACE", place.name),
          place.within ? [", ", entityLink(ctx, place.within.id, "PLACE", place.within.name)] : "",
          place.country ? [" (", entityLink(ctx, place.country.id, "COUNTRY", place.country.name), ")"] : "",
          place.disputed ? disputedBadge() : null,
          place.note ? h("span", { class: "place-note" }, place.note) : null,
          sources(place.sources),
        ),
      ],
      [
        "Binding",
        a.binding == null ? h("span", { class: "muted" }, "no source says") : a.binding ? "yes" : "no (non-binding)",
      ],
      a.aliases.length > 0 && ["Also called", a.aliases.join(" · ")],
    ]),
    a.summary ? h("p", { class: "summary" }, a.summary) : null,
    section(
      "Parties and their acts",
      "acts",
      listBadge(a.partyList),
      listNote(a.partyList),
      a.acts.length > 0 &&
        h(
          "ul",
          { class: "fact-list" },
          a.acts.map((act) =>
            item(
              line(
                entityLink(ctx, act.party.id, partyType(act.party), act.party.name),
                " ",
                h("span", { class: "act" }, humanize(act.act)),
                act.date ? ` on ${formatDate(act.date, act.datePrecision)}` : "",
              ),
              sources(act.sources),
            ),
          ),
        ),
    ),
    section(
      "Signatories",
      "signatures",
      a.signatures.length,
      a.signatures.length > 0 &&
        h(
          "ul",
          { class: "fact-list" },
          a.signatures.map((s) =>
            item(
              line(
                entityLink(ctx, s.person.id, "PERSON", s.person.name, { "data-role": "signatory-name" }),
                s.capacity ? h("span", { class: "capacity" }, `, ${s.capacity}`) : null,
              ),
              line(
                h("span", { class: "muted" }, "on behalf of "),
                s.onBehalfOf
                  ? entityLink(ctx, s.onBehalfOf.id, partyType(s.onBehalfOf), s.onBehalfOf.name)
                  : h("span", { class: "muted" }, "not stated"),
                s.date ? h("span", { class: "muted" }, ` · ${formatDate(s.date, s.datePrecision)}`) : null,
                s.place ? [muted(" · "), entityLink(ctx, s.place.id, "PLACE", s.place.name)] : null,
              ),
              sources(s.sources),
            ),
          ),
        ),
    ),
    section(
      "Attended without signing",
      "attendances",
      a.attendances.length,
      a.attendances.length > 0 &&
        h(
          "ul",
          { class: "fact-list" },
          a.attendances.map((s) =>
            item(
              line(
                entityLink(ctx, s.person.id, "PERSON", s.person.name),
                s.capacity ? h("span", { class: "capacity" }, `, ${s.capacity}`) : null,
              ),
              sources(s.sources),
            ),
          ),
        ),
    ),
    section(
      "Statements (paraphrased)",
      "statements",
      a.statements.length,
      a.statements.length > 0 &&
        h(
          "ul",
          { class: "fact-list" },
          a.statements.map((s) =>
            item(
              line(
                entityLink(ctx, s.person.id, "PERSON", s.person.name),
                s.date ? h("span", { class: "muted" }, ` · ${formatDate(s.date)}`) : null,
              ),
              h("p", { class: "statement" }, s.summary),
              french(s.summaryFr, s.summary),
              sources(s.sources),
            ),
          ),
        ),
    ),
    sectorsSection(ctx, a.sectors),
    a.claims.length > 0 ? claimsSection(a.claims) : null,
    a.commitments.length > 0
      ? section(
          "Commitments",
          "commitments",
          a.commitments.length,
          h(
            "ul",
            { class: "plain-list" },
            a.commitments.map((c) => h("li", null, c)),
          ),
        )
      : null,
    a.initiatives.length + a.predecessors.length > 0
      ? section(
          "Related",
          "related",
          null,
          h(
            "ul",
            { class: "plain-list" },
            a.initiatives.map((i) =>
              h(
                "li",
                null,
                h("span", { class: "muted" }, "Establishes or implements "),
                entityLink(ctx, i.id, "INITIATIVE", i.name),
              ),
            ),
            a.predecessors.map((p) =>
              h(
                "li",
                null,
                h("span", { class: "muted" }, "Follows "),
                entityLink(ctx, p.id, "AGREEMENT", p.title),
                p.signedOn ? muted(` (${formatDate(p.signedOn)})`) : null,
              ),
            ),
          ),
        )
      : null,
    sourcesSection(a.sources),
  ];
}

function partyView(ctx: PanelContext, p: Party, timeline: TimelineEvent[]): Child[] {
  const type = partyType(p);
  const where =
    p.__typename === "Country"
      ? [p.code, p.iso3, [p.region, p.subregion].filter(Boolean).join(", ")].filter(Boolean).join(" · ")
      : p.kind
        ? humanize(p.kind)
        : null;
  const org = p.__typename === "Organization" ? p : null;
  const maxStrength = Math.max(1, ...p.partners.map((x) => x.strength));
  return [
    header(
      type,
      p.name,
      where,
      french(p.nameFr, p.name),
      org && (org.country || org.parent)
        ? h(
            "p",
            { class: "muted" },
            org.country ? ["In ", entityLink(ctx, org.country.id, "COUNTRY", org.country.name)] : null,
            org.parent ? [" · part of ", entityLink(ctx, org.parent.id, "ORGANIZATION", org.parent.name)] : null,
          )
        : null,
      p.aliases.length ? h("p", { class: "aliases" }, "Also: ", p.aliases.join(" · ")) : null,
    ),
    section(
      `Memberships${ctx.asOf ? ` as of ${formatDate(ctx.asOf)}` : ""}`,
      "memberships",
      p.memberships.length,
      p.memberships.length > 0 &&
        h(
          "ul",
          { class: "fact-list" },
          p.memberships.map((m) =>
            item(
              line(entityLink(ctx, m.initiative.id, "INITIATIVE", m.initiative.name)),
              line(
                h("span", { class: "act" }, humanize(m.kind)),
                muted(` ${formatRange(m.since, m.sincePrecision, m.until, m.untilPrecision)}`),
              ),
              m.note ? h("p", { class: "note" }, m.note) : null,
              sources(m.sources),
            ),
          ),
        ),
    ),
    section(
      "Partners, strongest first",
      "partners",
      p.partners.length,
      filterNote(ctx, "Links"),
      p.partners.length > 0 &&
        h(
          "ol",
          { class: "partner-list" },
          p.partners.map((x) =>
            h(
              "li",
              { class: "partner" },
              h(
                "div",
                { class: "partner-head" },
                entityLink(ctx, x.partner.id, partyType(x.partner), x.partner.name),
                h(
                  "span",
                  { class: "strength", title: "Shared agreements + shared initiatives" },
                  h("span", { class: "strength-bar", style: `width:${Math.round((x.strength / maxStrength) * 100)}%` }),
                  h("span", { class: "strength-value" }, String(x.strength)),
                ),
              ),
              h(
                "div",
                { class: "partner-via" },
                x.since ? muted(`since ${formatDate(x.since)} · `) : null,
                h("span", { class: "muted" }, "through "),
                joinLinks([
                  ...x.agreements.map((a) => entityLink(ctx, a.id, "AGREEMENT", a.title)),
                  ...x.initiatives.map((i) => entityLink(ctx, i.id, "INITIATIVE", i.name)),
                ]),
              ),
            ),
          ),
        ),
    ),
    section(
      "Agreements",
      "agreements",
      p.agreements.totalCount,
      p.agreements.partialListsNotListing
        ? h(
            "p",
            { class: "partial-note", "data-testid": "partial-lists-not-listing" },
            `${p.agreements.partialListsNotListing} more agreement${p.agreements.partialListsNotListing === 1 ? " has a partial party list" : "s have partial party lists"} without ${p.name}: it may have taken part in more.`,
          )
        : null,
      p.agreements.edges.length > 0 &&
        h(
          "ul",
          { class: "plain-list" },
          p.agreements.edges.map(({ node }) =>
            h(
              "li",
              null,
              entityLink(ctx, node.id, "AGREEMENT", node.title),
              node.signedOn ? muted(` · ${formatDate(node.signedOn)}`) : null,
            ),
          ),
        ),
    ),
    timelineSection(ctx, timeline),
    sourcesSection(p.sources),
  ];
}

function joinLinks(links: HTMLElement[]): Child[] {
  return links.flatMap((link, i) => (i === 0 ? [link] : [h("span", { class: "sep" }, " · "), link]));
}

function timelineSection(ctx: PanelContext, events: TimelineEvent[]): HTMLElement {
  return section(
    "Timeline",
    "timeline",
    events.length,
    filterNote(ctx, "Events"),
    events.length > 0 &&
      h(
        "ol",
        { class: "timeline" },
        events.map((e) =>
          h(
            "li",
            { class: "timeline-event" },
            h("time", { datetime: e.date }, formatDate(e.date, e.precision)),
            h(
              "div",
              { class: "timeline-body" },
              line(
                h("span", { class: "act" }, humanize(e.kind)),
                " ",
                e.agreement
                  ? entityLink(ctx, e.agreement.id, "AGREEMENT", e.label)
                  : e.initiative
                    ? entityLink(ctx, e.initiative.id, "INITIATIVE", e.label)
                    : e.label,
              ),
              sources(e.sources),
            ),
          ),
        ),
      ),
  );
}

function initiativeView(ctx: PanelContext, i: Initiative): Child[] {
  const members = [...i.members].sort(
    (a, b) => (a.since ?? "9999").localeCompare(b.since ?? "9999") || a.party.name.localeCompare(b.party.name),
  );
  return [
    header(
      "INITIATIVE",
      i.name,
      i.kind ? humanize(i.kind) : null,
      french(i.nameFr, i.name),
      i.aliases.length ? h("p", { class: "aliases" }, "Also: ", i.aliases.join(" · ")) : null,
    ),
    facts([
      [
        "Launched",
        i.launchedOn ? formatDate(i.launchedOn, i.launchedOnPrecision) : h("span", { class: "muted" }, "not known"),
      ],
    ]),
    i.summary ? h("p", { class: "summary" }, i.summary) : null,
    section(
      `Members${ctx.asOf ? ` as of ${formatDate(ctx.asOf)}` : ""}`,
      "members",
      listBadge(i.memberList),
      listNote(i.memberList),
      members.length > 0 &&
        h(
          "ul",
          { class: "fact-list" },
          members.map((m) =>
            item(
              line(
                entityLink(ctx, m.party.id, partyType(m.party), m.party.name),
                " ",
                h("span", { class: "act" }, humanize(m.kind)),
                muted(` ${formatRange(m.since, m.sincePrecision, m.until, m.untilPrecision)}`),
              ),
              m.note ? h("p", { class: "note" }, m.note) : null,
              sources(m.sources),
            ),
          ),
        ),
    ),
    section(
      "Agreements",
      "agreements",
      i.agreements.length,
      i.agreements.length > 0 &&
        h(
          "ul",
          { class: "plain-list" },
          i.agreements.map((a) =>
            h(
              "li",
              null,
              entityLink(ctx, a.id, "AGREEMENT", a.title),
              a.signedOn ? muted(` · ${formatDate(a.signedOn)}`) : null,
            ),
          ),
        ),
    ),
    sectorsSection(ctx, i.sectors),
    i.claims.length > 0 ? claimsSection(i.claims) : null,
    sourcesSection(i.sources),
  ];
}

function personView(ctx: PanelContext, p: Person): Child[] {
  return [
    header(
      "PERSON",
      p.name,
      null,
      french(p.nameFr, p.name),
      p.aliases.length ? h("p", { class: "aliases" }, "Also spelled: ", p.aliases.join(" · ")) : null,
    ),
    section(
      `Positions${ctx.asOf ? ` held on ${formatDate(ctx.asOf)}` : ""}`,
      "positions",
      p.positions.length,
      p.positions.length > 0 &&
        h(
          "ul",
          { class: "fact-list" },
          p.positions.map((pos) =>
            item(
              line(
                h("strong", null, pos.title),
                pos.organization
                  ? [", ", entityLink(ctx, pos.organization.id, "ORGANIZATION", pos.organization.name)]
                  : null,
                pos.country ? [" (", entityLink(ctx, pos.country.id, "COUNTRY", pos.country.name), ")"] : null,
              ),
              line(
                positionStatus(pos.current),
                muted(` ${formatRange(pos.from, pos.fromPrecision, pos.to, pos.toPrecision) || "dates not known"}`),
              ),
              french(pos.titleFr, pos.title),
              sources(pos.sources),
            ),
          ),
        ),
    ),
    section(
      "Signed",
      "person-signatures",
      p.signatures.length,
      p.signatures.length > 0 &&
        h(
          "ul",
          { class: "fact-list" },
          p.signatures.map((s) =>
            item(
              line(
                entityLink(ctx, s.agreement.id, "AGREEMENT", s.agreement.title),
                s.agreement.signedOn ? muted(` · ${formatDate(s.agreement.signedOn)}`) : null,
              ),
              line(
                muted(s.capacity ? `as ${s.capacity}, ` : ""),
                muted("on behalf of "),
                s.onBehalfOf
                  ? entityLink(ctx, s.onBehalfOf.id, partyType(s.onBehalfOf), s.onBehalfOf.name)
                  : muted("not stated"),
              ),
              sources(s.sources),
            ),
          ),
        ),
    ),
    section(
      "Attended without signing",
      "person-attendances",
      p.attendances.length,
      p.attendances.length > 0 &&
        h(
          "ul",
          { class: "fact-list" },
          p.attendances.map((s) =>
            item(
              line(
                entityLink(ctx, s.agreement.id, "AGREEMENT", s.agreement.title),
                s.capacity ? muted(`, as ${s.capacity}`) : null,
              ),
              sources(s.sources),
            ),
          ),
        ),
    ),
    section(
      "Statements (paraphrased)",
      "person-statements",
      p.statements.length,
      p.statements.length > 0 &&
        h(
          "ul",
          { class: "fact-list" },
          p.statements.map((s) =>
            item(
              s.agreement
                ? line(
                    muted("On "),
                    entityLink(ctx, s.agreement.id, "AGREEMENT", s.agreement.title),
                    s.date ? muted(` · ${formatDate(s.date)}`) : null,
                  )
                : null,
              h("p", { class: "statement" }, s.summary),
              french(s.summaryFr, s.summary),
              sources(s.sources),
            ),
          ),
        ),
    ),
    sourcesSection(p.sources),
  ];
}

function sectorView(ctx: PanelContext, s: Sector): Child[] {
  return [
    header(
      "SECTOR",
      s.name,
      null,
      french(s.nameFr, s.name),
      s.parent ? h("p", { class: "muted" }, "Part of ", entityLink(ctx, s.parent.id, "SECTOR", s.parent.name)) : null,
    ),
    s.children.length > 0
      ? section(
          "Sub-sectors",
          "children",
          s.children.length,
          h(
            "ul",
            { class: "plain-list" },
            s.children.map((c) => h("li", null, entityLink(ctx, c.id, "SECTOR", c.name))),
          ),
        )
      : null,
    section(
      "Agreements covering it (sub-sectors included)",
      "agreements",
      s.agreements.totalCount,
      s.agreements.edges.length > 0 &&
        h(
          "ul",
          { class: "plain-list" },
          s.agreements.edges.map(({ node }) =>
            h(
              "li",
              null,
              entityLink(ctx, node.id, "AGREEMENT", node.title),
              node.signedOn ? muted(` · ${formatDate(node.signedOn)}`) : null,
            ),
          ),
        ),
    ),
    sourcesSection(s.sources),
  ];
}

function placeView(ctx: PanelContext, d: PlaceDetails): Child[] {
  const p = d.place;
  return [
    header(
      "PLACE",
      p.name,
      null,
      french(p.nameFr, p.name),
      p.aliases.length ? h("p", { class: "aliases" }, "Also: ", p.aliases.join(" · ")) : null,
    ),
    facts([
      [
        "Country",
        p.disputed
          ? h("span", null, disputedBadge(), muted(" sovereignty is disputed: no country is asserted"))
          : p.country
            ? entityLink(ctx, p.country.id, "COUNTRY", p.country.name)
            : muted("not recorded"),
      ],
      p.within && ["Within", entityLink(ctx, p.within.id, "PLACE", p.within.name)],
    ]),
    p.note ? h("p", { class: "summary place-note-full", "data-testid": "place-note" }, p.note) : null,
    section(
      "Signed here",
      "place-agreements",
      d.agreements.length,
      d.agreements.length > 0 &&
        h(
          "ul",
          { class: "plain-list" },
          d.agreements.map((a) => h("li", null, entityLink(ctx, a.id, "AGREEMENT", a.title))),
        ),
    ),
    d.within.length > 0
      ? section(
          "Places within it",
          "place-within",
          d.within.length,
          h(
            "ul",
            { class: "plain-list" },
            d.within.map((w) => h("li", null, entityLink(ctx, w.id, "PLACE", w.name))),
          ),
        )
      : null,
    sourcesSection(p.sources),
  ];
}

export function renderDetails(ctx: PanelContext, details: Details): Child[] {
  switch (details.type) {
    case "AGREEMENT":
      return agreementView(ctx, details.agreement);
    case "PARTY":
      return partyView(ctx, details.party, details.timeline);
    case "INITIATIVE":
      return initiativeView(ctx, details.initiative);
    case "PERSON":
      return personView(ctx, details.person);
    case "SECTOR":
      return sectorView(ctx, details.sector);
    case "PLACE":
      return placeView(ctx, details);
    case "OTHER":
      return [
        header(details.entityType, details.label, null),
        h(
          "p",
          { class: "muted" },
          "The Explorer shows no details for this kind of entity; its links are drawn on the graph.",
        ),
      ];
  }
}

/** What the panel shows before anything is selected. */
export function renderWelcome(ctx: PanelContext, overview: Overview | null, overviewError: string | null): Child[] {
  const stats = overview?.stats;
  return [
    h(
      "header",
      { class: "panel-header" },
      h("h2", { "data-testid": "entity-title", tabindex: "-1" }, "Explore technology alliances"),
      h(
        "p",
        null,
        "Search for a country, an organization, an agreement, an initiative, a person or a sector, in English or French. ",
        "The graph shows what links it to others; click a node to move there. ",
        "Every fact below cites its sources.",
      ),
      h(
        "p",
        { class: "muted" },
        "Tip: press / to jump to the search box. The address bar keeps the view: copy it to share or bookmark it.",
      ),
    ),
    overviewError ? h("p", { class: "inline-error", role: "alert" }, overviewError) : null,
    stats
      ? h(
          "p",
          { class: "stats" },
          `${stats.agreements} agreements · ${stats.initiatives} initiatives · ${stats.countries} countries · ${stats.organizations} organizations · ${stats.people} people`,
        )
      : null,
    overview
      ? [
          section(
            "Recent agreements",
            "start-agreements",
            null,
            h(
              "ul",
              { class: "plain-list" },
              overview.agreements.edges.map(({ node }) =>
                h(
                  "li",
                  null,
                  entityLink(ctx, node.id, "AGREEMENT", node.title),
                  node.signedOn ? muted(` · ${formatDate(node.signedOn)}`) : null,
                ),
              ),
            ),
          ),
          section(
            "Initiatives",
            "start-initiatives",
            null,
            h(
              "ul",
              { class: "plain-list" },
              overview.initiatives.edges.map(({ node }) =>
                h("li", null, entityLink(ctx, node.id, "INITIATIVE", node.name)),
              ),
            ),
          ),
          section(
            "Most connected parties",
            "start-parties",
            null,
            h(
              "ul",
              { class: "plain-list" },
              overview.stats.mostConnected.map((d) =>
                h(
                  "li",
                  null,
                  entityLink(ctx, d.party.id, partyType(d.party), d.party.name),
                  muted(` · ${d.degree} links`),
                ),
              ),
            ),
          ),
        ]
      : null,
  ];
}
