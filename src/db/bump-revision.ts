import type { StatementRunner } from "./Gateway";

/**
 * Raises the data revision (`Meta.revision`) inside the caller's write transaction, so the new
 * revision commits with the write or not at all. Every write path calls it once per transaction.
 */
export async function bumpRevision(tx: StatementRunner): Promise<number> {
  const [row] = await tx.run("admin/bump-revision");
  return row.revision as number;
}
