import { Neo4jError } from "neo4j-driver";
import { connectTest } from "../support/test-neo4j";

// Gateway reads skip the stack trace neo4j-driver records for each result (src/db/Gateway.ts):
// a failed read must still say what failed, and the process's stack trace limit must be left as it was.
describe("A read that Neo4j refuses", () => {
  const { driver, gateway } = connectTest();
  afterAll(() => driver.close());

  it("rejects with Neo4j's code and message, and leaves Error.stackTraceLimit as it was", async () => {
    const before = Error.stackTraceLimit;
    const failed = await gateway
      .readComposed("test/bad-date", "RETURN date($day) AS d", { day: "the 31st of never" })
      .catch((e) => e);
    expect(failed).toBeInstanceOf(Neo4jError);
    expect(failed.code).toMatch(/^Neo\.ClientError\.Statement\./);
    expect(failed.message).toContain("the 31st of never");
    expect(Error.stackTraceLimit).toBe(before);
    expect(new Error("after").stack).toContain("read-errors.int.test");
  });

  it("answers a read that succeeds, with the limit unchanged", async () => {
    const before = Error.stackTraceLimit;
    await expect(gateway.readComposed("test/one", "RETURN $n AS n", { n: 2 })).resolves.toEqual([{ n: 2 }]);
    expect(Error.stackTraceLimit).toBe(before);
  });
});
