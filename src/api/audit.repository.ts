import type { Gateway } from "../db/Gateway";
import { int } from "../db/to-plain";
import type { PageRequest } from "./connection";

/** The audit trail statement: a page of audit entries, newest first, and how many there are. */
export async function auditPage(gateway: Gateway, target: string | null, page: PageRequest) {
  const [row] = await gateway.read("read/audit-trail", { target, skip: int(page.skip), limit: int(page.limit) });
  return { items: row.page as object[], total: row.total as number };
}
