// Fragment: counts(of: AGREEMENTS). Binds what the key fragments read: `item` (what is counted,
// once), `hub` (what covers sectors), `day` and `dayPrecision` (when), `kind`.
MATCH (item:Agreement)
WITH item, item AS hub, item.signedOn AS day, item.signedOnPrecision AS dayPrecision, item.kind AS kind
