/**
 * The Timeline tab: the selected party's or initiative's dated events on a time axis, then as a
 * list. Each event can set the as-of day, so the network shows the alliance as it stood then.
 */
import type { DatedEvent } from "./api";
import { h, type Child } from "./dom";
import { formatDate, humanize } from "./format";

const SVG = "http://www.w3.org/2000/svg";
const WIDTH = 460;
const HEIGHT = 70;
const PAD = 16;

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

const time = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** The events on an axis: one tick per year (or every few years on a long span), a dot per event. */
function axis(events: DatedEvent[], asOf: string | undefined): SVGSVGElement {
  const first = time(events[0].date);
  const last = Math.max(time(events[events.length - 1].date), first + 86_400_000 * 30);
  const x = (day: string) => PAD + ((time(day) - first) / (last - first)) * (WIDTH - 2 * PAD);
  const root = svg("svg", {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    class: "timeline-axis",
    role: "img",
    "aria-label": `${events.length} events from ${formatDate(events[0].date)} to ${formatDate(events[events.length - 1].date)}`,
  });
  root.append(svg("line", { x1: PAD, x2: WIDTH - PAD, y1: 40, y2: 40, class: "axis-line" }));
  const y0 = new Date(first).getUTCFullYear();
  const y1 = new Date(last).getUTCFullYear();
  // Years on a long span; on a span under two years, every month (or every second or third).
  const ticks: Array<[string, string]> = [];
  if (y1 - y0 >= 2) {
    const every = Math.max(1, Math.ceil((y1 - y0 + 1) / 8));
    for (let year = y0; year <= y1 + 1; year += every) ticks.push([`${year}-01-01`, String(year)]);
  } else {
    const months = (y1 - y0 + 1) * 12;
    const every = months > 12 ? 3 : months > 6 ? 2 : 1;
    for (let m = 0; m < months; m += every) {
      const year = y0 + Math.floor(m / 12);
      const month = (m % 12) + 1;
      const day = `${year}-${String(month).padStart(2, "0")}-01`;
      ticks.push([day, month === 1 ? String(year) : formatDate(day, "MONTH").slice(0, 3)]);
    }
  }
  for (const [day, label] of ticks) {
    if (time(day) < first || time(day) > last) continue;
    root.append(svg("line", { x1: x(day), x2: x(day), y1: 36, y2: 44, class: "axis-tick" }));
    const text = svg("text", { x: x(day), y: 60, class: "axis-label", "text-anchor": "middle" });
    text.textContent = label;
    root.append(text);
  }
  const stacked = new Map<string, number>();
  for (const e of events) {
    const n = stacked.get(e.date) ?? 0;
    stacked.set(e.date, n + 1);
    const dot = svg("circle", {
      cx: x(e.date),
      cy: 32 - Math.min(n, 4) * 6,
      r: 4,
      class: `axis-event kind-${e.kind.toLowerCase()}${asOf && e.date > asOf ? " later" : ""}`,
    });
    const title = svg("title", {});
    title.textContent = `${formatDate(e.date, e.precision)}: ${humanize(e.kind)} ${e.label}`;
    dot.append(title);
    root.append(dot);
  }
  if (asOf && time(asOf) >= first && time(asOf) <= last)
    root.append(svg("line", { x1: x(asOf), x2: x(asOf), y1: 4, y2: 46, class: "axis-asof" }));
  return root;
}

export function renderTimeline(
  name: string | null,
  events: DatedEvent[] | null,
  asOf: string | undefined,
  onPick: (day: string) => void,
): Child[] {
  if (!name || !events)
    return [
      h(
        "p",
        { class: "muted", "data-testid": "timeline-empty" },
        "Select a party or an initiative to see its timeline.",
      ),
    ];
  if (events.length === 0)
    return [h("p", { class: "muted", "data-testid": "timeline-empty" }, `No dated events are recorded for ${name}.`)];
  return [
    h("h2", { class: "panel-title" }, `Timeline of ${name}`),
    h(
      "p",
      { class: "muted" },
      `${events.length} dated event${events.length === 1 ? "" : "s"}. Pick one to see the network as it stood that day.`,
    ),
    axis(events, asOf),
    h(
      "ol",
      { class: "timeline", "data-testid": "timeline-events" },
      events.map((e) =>
        h(
          "li",
          { class: `timeline-event${asOf && e.date > asOf ? " later" : ""}` },
          h("time", { datetime: e.date }, formatDate(e.date, e.precision)),
          h(
            "div",
            { class: "timeline-body" },
            h("span", { class: "act" }, humanize(e.kind)),
            " ",
            e.label,
            e.parties.length > 0 && e.parties.length <= 3
              ? h("span", { class: "muted" }, ` · ${e.parties.map((p) => p.name).join(", ")}`)
              : e.parties.length > 3
                ? h("span", { class: "muted" }, ` · ${e.parties.length} parties`)
                : null,
            h(
              "button",
              {
                type: "button",
                class: "link-button",
                "data-testid": "timeline-pick",
                onclick: () => onPick(e.date),
              },
              `Show as of ${formatDate(e.date)}`,
            ),
          ),
        ),
      ),
    ),
  ];
}
