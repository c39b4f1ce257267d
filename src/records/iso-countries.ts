import worldCountries from "world-countries";

/** A country as `world-countries` gives it, reduced to what the graph keeps. */
export interface IsoCountry {
  code: string;
  iso3: string;
  name: string;
  nameFr: string;
  officialName: string;
  officialNameFr: string;
  region: string;
  subregion: string;
  altSpellings: string[];
}

/** Every ISO 3166-1 country: `world-countries` also lists user-assigned codes such as XK, which are left out. */
export const ISO_COUNTRIES: readonly IsoCountry[] = worldCountries
  .filter((c) => c.status === "officially-assigned")
  .map((c) => ({
    code: c.cca2,
    iso3: c.cca3,
    name: c.name.common,
    nameFr: c.translations.fra?.common ?? c.name.common,
    officialName: c.name.official,
    officialNameFr: c.translations.fra?.official ?? c.name.official,
    region: c.region,
    subregion: c.subregion,
    altSpellings: c.altSpellings,
  }))
  .sort((a, b) => a.code.localeCompare(b.code));

export const ISO_COUNTRY_CODES: ReadonlySet<string> = new Set(ISO_COUNTRIES.map((c) => c.code));

/** The source id that every generated country cites; seeds/sources.yaml must define it. */
export const WORLD_COUNTRIES_SOURCE = "world-countries";
