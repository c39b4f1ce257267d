import "reflect-metadata";
import { parseArgs } from "node:util";
import fc from "fast-check";
import globalSetup from "../tests/support/global-setup";
import globalTeardown from "../tests/support/global-teardown";
import { startTestApi } from "../tests/support/api-client";
import { anyBody, outcomeOf, problemWith, send } from "../tests/support/fuzz-requests";

const USAGE = `Usage: npm run fuzz -- [--runs N] [--seed S]
  Sends N random and malformed requests (default 2000) to the API over a throwaway Neo4j loaded
  with the curated seeds, with a fresh seed unless --seed is given. A failure prints the seed and
  the smallest failing body in full; add the seed to SEEDS in tests/hardening/fuzz.int.test.ts.`;

function options() {
  const { values } = parseArgs({
    options: {
      runs: { type: "string", default: "2000" },
      seed: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const whole = (name: string, text: string) => {
    if (!/^\d+$/.test(text)) throw new Error(`--${name} must be a whole number; got "${text}".\n${USAGE}`);
    return Number(text);
  };
  return {
    runs: whole("runs", values.runs),
    seed: values.seed === undefined ? Date.now() % 2 ** 31 : whole("seed", values.seed),
  };
}

async function main(): Promise<number> {
  const { runs, seed } = options();
  console.log(`Starting a throwaway Neo4j and the API...`);
  await globalSetup();
  const api = await startTestApi();
  const outcomes = new Map<string, number>();
  let done = 0;
  try {
    console.log(`fuzz seed: ${seed}, ${runs} runs`);
    const result = await fc.check(
      fc.asyncProperty(anyBody, async (body) => {
        const answer = await send(api.url, body);
        outcomes.set(outcomeOf(answer), (outcomes.get(outcomeOf(answer)) ?? 0) + 1);
        if (++done % 1000 === 0) console.log(`  ${done} requests`);
        const problem = problemWith(answer);
        if (problem) throw new Error(`${problem}: ${answer.text.slice(0, 2000)}`);
      }),
      { numRuns: runs, seed },
    );
    console.log(`outcomes (status code: count): ${JSON.stringify(Object.fromEntries(outcomes))}`);
    if (result.failed) {
      console.error(`FAILED with seed ${seed} (rerun: npm run fuzz -- --seed ${seed} --runs ${runs})`);
      console.error(`failing body, in full:\n${result.counterexample?.[0]}`);
      console.error(
        `why: ${result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance)}`,
      );
      return 1;
    }
    console.log(`${runs} runs, no 5xx and no stack trace.`);
    return 0;
  } finally {
    await api.stop();
    await globalTeardown();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
