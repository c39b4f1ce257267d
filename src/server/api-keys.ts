import { createHash, randomBytes } from "node:crypto";

/** Keys are kept only as SHA-256 hashes (in API_KEYS); a leaked configuration leaks no key. */
export const hashApiKey = (key: string) => createHash("sha256").update(key).digest("hex");

export const newApiKey = () => randomBytes(24).toString("base64url");

/** The holder of the bearer key in an Authorization header, if the key is known. */
export function editorOf(
  authorization: string | undefined,
  keyHashes: ReadonlyMap<string, string>,
): string | undefined {
  const key = /^Bearer\s+(\S+)$/i.exec(authorization ?? "")?.[1];
  return key ? keyHashes.get(hashApiKey(key)) : undefined;
}
