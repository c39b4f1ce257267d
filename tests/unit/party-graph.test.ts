import { alignment, blocHubs, linkParties, rankScores, type PartyGraph } from "../../src/api/party-graph";

const hubsOf = new Map([
  ["A", new Set(["x", "y", "z"])],
  ["B", new Set(["x", "y"])],
  ["C", new Set(["z", "w"])],
  ["D", new Set(["w"])],
]);
const pg: PartyGraph = { graph: linkParties(hubsOf), hubsOf, projection: null };

describe("The party graph, in process", () => {
  it("links two parties once, weighted by the hubs they share", () => {
    expect(pg.graph.order).toBe(4);
    expect(pg.graph.getEdgeAttributes("A", "B")).toEqual({ shared: 2, distance: 0.5 });
    expect(pg.graph.getEdgeAttributes("C", "A")).toEqual({ shared: 1, distance: 1 });
    expect(pg.graph.hasEdge("B", "D")).toBe(false);
  });

  it("scores alignment as |shared| / |either| (Jaccard)", () => {
    expect(alignment(pg, "A", "B")).toEqual({ score: 2 / 3, hubs: ["x", "y"] });
    expect(alignment(pg, "B", "D")).toEqual({ score: 0, hubs: [] });
    expect(alignment(pg, "A", "nobody")).toEqual({ score: 0, hubs: [] });
  });

  it("ranks equal scores together, float noise included, ordered by id", () => {
    const ranked = rankScores(
      new Map([
        ["b", 0.25],
        ["a", 0.25 + 1e-12],
        ["c", 0.5],
        ["d", 0.1],
      ]),
    );
    expect(ranked.map((r) => [r.id, r.rank])).toEqual([
      ["c", 1],
      ["a", 2],
      ["b", 2],
      ["d", 4],
    ]);
  });

  it("names a bloc's hubs by how many members hold them, at least two", () => {
    expect(blocHubs(pg, ["A", "B", "C"])).toEqual(["x", "y", "z"]);
    expect(blocHubs(pg, ["C", "D"])).toEqual(["w"]);
  });
});
