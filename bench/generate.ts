import path from "node:path";
import { numberFlag, parseCli } from "./lib/cli";
import { DEFAULT_SEED, generateSynthetic } from "./synthetic";

/** `npm run bench:generate -- --scale N [--seed S] [--out DIR]`: writes bench/work/scale-N/*.yaml. */
const USAGE = `Usage: npm run bench:generate -- --scale N [--seed S] [--out DIR]
  Writes a deterministic synthetic graph in the seed format, as shards that the bulk loader streams.
  Scale 1: about 250 parties, 5,000 people, 20,000 agreements, 200,000 relationships.
  --scale N   size factor (default 1; 0.05 is a quick look)
  --seed S    PRNG seed (default ${DEFAULT_SEED}); the same seed always gives the same files
  --out DIR   output folder (default bench/work/scale-N)`;

function main(): void {
  const { values } = parseCli(
    process.argv.slice(2),
    {
      scale: { type: "string" },
      seed: { type: "string" },
      out: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
    { placeholders: { scale: "N", seed: "S", out: "DIR" } },
  );
  if (values.help) return void console.log(USAGE);
  const scale = numberFlag("--scale", values.scale, 1, { what: "a positive number", example: "1 or 0.05", above: 0 });
  const seed = numberFlag("--seed", values.seed, DEFAULT_SEED, {
    what: "an integer",
    example: String(DEFAULT_SEED),
    integer: true,
  });
  const out = values.out;
  const dir = out ?? path.join(__dirname, "work", `scale-${scale}`);
  const started = Date.now();
  generateSynthetic(dir, { scale, seed, log: (line) => console.log(line) });
  console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
