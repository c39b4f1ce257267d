// npm run apikey -- NAME: makes a key for an editor and the API_KEYS entry that accepts it.
import { hashApiKey, newApiKey } from "./api-keys";

const holder = process.argv[2];
if (!holder || !/^[^:,\s]+$/.test(holder)) {
  console.error("Usage: npm run apikey -- NAME   (a name without spaces, commas or colons, e.g. alice)");
  process.exit(2);
}
const key = newApiKey();
console.log(`Key for ${holder} (give it to them; it is not stored anywhere): ${key}`);
console.log(`Add to API_KEYS (comma-separated with any others): ${holder}:${hashApiKey(key)}`);
