/**
 * The world map: the parties of the network in view (an initiative's members, a country's
 * partners, an agreement's parties, as of the slider's day) shaded on world-atlas' 1:50m
 * countries, joined to the graph's alpha-2 codes through world-countries' ISO numeric codes
 * (the 1:110m set lacks Singapore, Liechtenstein, San Marino, Andorra and the Vatican).
 * Countries too small to see get a dot; parties that cannot be drawn (organisations such as
 * the EU, places the atlas lacks) are listed beside the map. Clicking a country selects it.
 */
import codes from "country-codes";
import { geoNaturalEarth1, geoPath } from "d3-geo";
import type { Feature, Geometry } from "geojson";
import { feature } from "topojson-client";
import atlas from "world-atlas/countries-50m.json";
import type { EntityType } from "./api";
import { h, type Child } from "./dom";

const SVG = "http://www.w3.org/2000/svg";
const WIDTH = 960;
const HEIGHT = 500;
/** Below this area (in the map's pixels) a shaded country also gets a dot. */
const TINY = 12;

export type Shade = "center" | "linked";

export interface MapParty {
  id: string;
  type: EntityType;
  label: string;
  shade: Shade;
}

type CountryFeature = Feature<Geometry, { name: string }> & { id?: string | number };

const alpha2ByNumeric = new Map(Object.entries(codes).map(([alpha2, [numeric]]) => [numeric, alpha2] as const));
let features: CountryFeature[] | null = null;

/** The atlas' countries, converted once (the conversion takes a moment). */
function countries(): CountryFeature[] {
  features ??= (feature(atlas, atlas.objects.countries) as unknown as { features: CountryFeature[] }).features;
  return features;
}

export interface MapOptions {
  onSelect: (id: string, type: EntityType) => void;
}

export class MapView {
  constructor(
    private readonly container: HTMLElement,
    private readonly options: MapOptions,
  ) {}

  /** Draws the map with these parties shaded; `title` says what is shown. */
  render(title: string, parties: MapParty[], hrefFor: (id: string) => string): void {
    const byAlpha2 = new Map(parties.filter((p) => p.type === "COUNTRY").map((p) => [p.id, p] as const));
    const projection = geoNaturalEarth1().fitSize([WIDTH, HEIGHT], { type: "Sphere" });
    const path = geoPath(projection);
    const root = document.createElementNS(SVG, "svg");
    root.setAttribute("viewBox", `0 0 ${WIDTH} ${HEIGHT}`);
    root.setAttribute("class", "world-map");
    root.setAttribute("role", "img");
    root.setAttribute("aria-label", `${title}: ${byAlpha2.size} countries shaded`);
    const sphere = document.createElementNS(SVG, "path");
    sphere.setAttribute("d", path({ type: "Sphere" }) ?? "");
    sphere.setAttribute("class", "sphere");
    root.append(sphere);
    const drawn = new Set<string>();
    const dots: SVGElement[] = [];
    for (const f of countries()) {
      const alpha2 = alpha2ByNumeric.get(String(f.id));
      const party = alpha2 ? byAlpha2.get(alpha2) : undefined;
      const d = path(f);
      if (!d) continue;
      const shape = document.createElementNS(SVG, "path");
      shape.setAttribute("d", d);
      shape.setAttribute("class", `country${party ? ` ${party.shade}` : ""}`);
      if (alpha2) {
        shape.dataset.id = alpha2;
        shape.addEventListener("click", () => this.options.onSelect(alpha2, "COUNTRY"));
      }
      const tip = document.createElementNS(SVG, "title");
      tip.textContent = party
        ? `${party.label} (${party.shade === "center" ? "selected" : "in view"})`
        : f.properties.name;
      shape.append(tip);
      root.append(shape);
      if (party && alpha2) {
        drawn.add(alpha2);
        if (path.area(f) < TINY) {
          const [x, y] = path.centroid(f);
          const dot = document.createElementNS(SVG, "circle");
          dot.setAttribute("cx", String(x));
          dot.setAttribute("cy", String(y));
          dot.setAttribute("r", "3.5");
          dot.setAttribute("class", `tiny ${party.shade}`);
          dot.dataset.id = alpha2;
          dot.addEventListener("click", () => this.options.onSelect(alpha2, "COUNTRY"));
          dot.append(tip.cloneNode(true));
          dots.push(dot);
        }
      }
    }
    root.append(...dots); // above every country, so that a neighbour never hides them
    const undrawn = parties.filter((p) => !drawn.has(p.id)).sort((a, b) => a.label.localeCompare(b.label));
    this.container.replaceChildren(
      h(
        "div",
        { class: "map-head" },
        h("h2", { class: "map-title" }, title),
        h(
          "ul",
          { class: "map-key" },
          h("li", null, h("span", { class: "map-swatch center" }), "selected"),
          h("li", null, h("span", { class: "map-swatch linked" }), "in view"),
          h("li", null, h("span", { class: "map-swatch none" }), "not in view"),
        ),
      ),
      h("div", { class: "map-body" }, root, this.undrawnList(undrawn, hrefFor)),
    );
    this.container.dataset.state = parties.length > 0 ? "ready" : "empty";
  }

  private undrawnList(parties: MapParty[], hrefFor: (id: string) => string): Child {
    return h(
      "aside",
      { class: "map-undrawn", "data-testid": "map-undrawn", "aria-label": "Not on the map" },
      h("h3", null, `Not on the map (${parties.length})`),
      parties.length === 0
        ? h("p", { class: "muted" }, "Every party in view is a country on the map.")
        : h(
            "ul",
            { class: "plain-list" },
            parties.map((p) =>
              h(
                "li",
                null,
                h(
                  "a",
                  { href: hrefFor(p.id), class: "entity-link", "data-entity-id": p.id, "data-entity-type": p.type },
                  p.label,
                ),
                h("span", { class: "muted" }, p.type === "COUNTRY" ? " · too small for the atlas" : " · organization"),
              ),
            ),
          ),
    );
  }

  /** Loading, empty and error states, in place of the map. */
  status(state: "loading" | "empty" | "error", content: Child): void {
    this.container.replaceChildren(h("div", { class: `map-status ${state}` }, content));
    this.container.dataset.state = state;
  }

  /** The map as a PNG data URL (the SVG drawn on a canvas, its colours inlined). */
  async png(): Promise<string> {
    const source = this.container.querySelector<SVGSVGElement>("svg.world-map");
    if (!source) throw new Error("There is no map to save.");
    const copy = source.cloneNode(true) as SVGSVGElement;
    const live = source.querySelectorAll<SVGElement>("path, circle");
    copy.querySelectorAll<SVGElement>("path, circle").forEach((el, i) => {
      const style = getComputedStyle(live[i]);
      el.setAttribute("fill", style.fill);
      el.setAttribute("stroke", style.stroke);
      el.setAttribute("stroke-width", style.strokeWidth);
    });
    copy.setAttribute("width", String(WIDTH * 2));
    copy.setAttribute("height", String(HEIGHT * 2));
    const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(copy)], { type: "image/svg+xml" }));
    try {
      const image = new Image();
      await new Promise((resolve, reject) => {
        image.onload = resolve;
        image.onerror = () => reject(new Error("The map could not be drawn as a picture."));
        image.src = url;
      });
      const canvas = h("canvas", { width: WIDTH * 2, height: HEIGHT * 2 });
      const context = canvas.getContext("2d")!;
      context.fillStyle = "#ffffff";
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0);
      return canvas.toDataURL("image/png");
    } finally {
      URL.revokeObjectURL(url);
    }
  }

  /** The alpha-2 codes shaded, for the end-to-end test. */
  shaded(): string[] {
    return [...this.container.querySelectorAll<SVGPathElement>("path.country.center, path.country.linked")].map(
      (p) => p.dataset.id!,
    );
  }
}
