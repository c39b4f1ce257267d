// country(code:) accepts alpha-3 as well as alpha-2 (the id).
CREATE INDEX country_iso3 IF NOT EXISTS FOR (n:Country) ON (n.iso3)
