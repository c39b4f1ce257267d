import fc from "fast-check";
import { pageRequest, toConnection } from "../../src/api/connection";

describe("Cursors and paging", () => {
  it("starts at the first row with the default page size", () => {
    expect(pageRequest(undefined, undefined)).toEqual({ skip: 0, limit: 20 });
  });

  it("continues right after the cursor of the last row shown (property)", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 10_000 }),
        fc.integer({ min: 1, max: 100 }),
        fc.nat({ max: 10_000 }),
        (skip, limit, extra) => {
          const items = Array.from({ length: limit }, (_, i) => i);
          const page = toConnection(items, skip + limit + extra, { skip, limit });
          const next = pageRequest(limit, page.pageInfo.endCursor);
          expect(next.skip).toBe(skip + limit);
          expect(page.pageInfo.hasNextPage).toBe(extra > 0);
        },
      ),
    );
  });

  it("refuses a cursor it did not make, and a page over the limit", () => {
    expect(() => pageRequest(10, "not-a-cursor")).toThrow(/"after" must be a cursor returned by this API/);
    expect(() => pageRequest(101, undefined)).toThrow(/"first" must be an integer from 0 to 100; got 101/);
  });

  it("has no end cursor on an empty page", () => {
    expect(toConnection([], 0, { skip: 0, limit: 10 }).pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
  });
});
