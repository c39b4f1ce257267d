import path from "node:path";
import { DEFAULT_SEED, generateSynthetic } from "./synthetic";

/** `npm run bench:generate -- --scale N [--seed S] [--out DIR]`: writes bench/work/scale-N/*.yaml. */
const USAGE = `Usage: npm run bench:generate -- --scale N [--seed S] [--out DIR]
  Writes a deterministic synthetic graph in the seed format, as shards that the bulk loader streams.
  Scale 1: about 250 parties, 5,000 people, 20,000 agreements, 200,000 relationships.
  --scale N   size factor (default 1; 0.05 is a quick look)
  --seed S    PRNG seed (default ${DEFAULT_SEED}); the same seed always gives the same files
  --out DIR   output folder (default bench/work/scale-N)`;

function main(): void {
  const args = process.argv.slice(2);
  let scale = 1;
  let seed = DEFAULT_SEED;
  let out: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = () => {
      const v = args[++i];
      if (v === undefined) throw new Error(`${arg} needs a value.\n${USAGE}`);
      return v;
    };
    if (arg === "--scale") scale = Number(value());
    else if (arg === "--seed") seed = Number(value());
    else if (arg === "--out") out = value();
    else if (arg === "-h" || arg === "--help") return void console.log(USAGE);
    else throw new Error(`Unknown argument ${arg}.\n${USAGE}`);
  }
  if (!(scale > 0) || !Number.isFinite(scale)) throw new Error(`--scale must be a positive number.\n${USAGE}`);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer.\n${USAGE}`);
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
