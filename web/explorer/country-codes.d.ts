/** Built by scripts/build-web.mjs from world-countries: alpha-2 -> [ISO 3166-1 numeric, region]. */
declare module "country-codes" {
  const codes: Record<string, [string, string]>;
  export default codes;
}
