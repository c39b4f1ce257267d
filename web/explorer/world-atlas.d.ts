/** world-atlas' Natural Earth 1:50m countries as TopoJSON; each country's id is its ISO 3166-1 numeric code. */
declare module "world-atlas/countries-50m.json" {
  import type { GeometryCollection, Topology } from "topojson-specification";
  const atlas: Topology<{ countries: GeometryCollection<{ name: string }>; land: GeometryCollection }>;
  export default atlas;
}
