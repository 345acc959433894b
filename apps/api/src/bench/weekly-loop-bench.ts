/**
 * `pnpm bench`: times the weekly list, the open prompts, who knows a target buyer, the gap
 * list, a five-year review of a 50-member weekly group and a settings change that reschedules
 * everyone through the API on real Postgres, at 1,000 and at 100,000 people (10 touches and 3 knows
 * tags each: 300,000 tags at 100k). Lists read indexes that lead with the account (and the
 * profile), so the time should barely grow with the network. Not a test: it prints figures.
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { CSRF_HEADER } from '../server.ts';
import { raiseAllDuePrompts } from '../use-cases/prompts/raise-all-due-prompts.ts';
import { withBenchServer } from './bench-owner.ts';
import { type Seeded, seedNetwork } from './seed-network.ts';

const ADMIN_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SIZES = (process.env.BENCH_SIZES ?? '1000,100000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 300);

const OPERATIONS = {
  'weekly-list': () =>
    '{ weeklyList { weekStartsOn items { status reason person { id name dueState } } } }',
  'open-prompts': () => '{ openPromptCount openPrompts { id reason dueAt person { id name } } }',
  'who-knows': ({ popularBuyerId }) =>
    `{ targetBuyer(id: "${popularBuyerId}") { ... on TargetBuyer { whoKnows { totalCount rows { person { id name } strength readiness weakerSide { side level } nextStep { kind title } lastDepthTouchAt daysSinceDepthTouch draftAsk { message mailto } } } } } }`,
  'buyer-gaps': () =>
    '{ buyerGaps { threshold coveredCount gaps { targetBuyer { id name } knowerCount nobodyKnows notReady { person { id name } readiness nextStep { kind } } paths { via { id name } to { id name } viaRelation strength weakerLink } suggestions { groups { group { name } } introducers { person { name } introducedCount } } } } }',
  'group-review': ({ groupId, reviewFrom, reviewTo }) =>
    `{ group(id: "${groupId}") { ... on Group { review(period: { from: "${reviewFrom}", to: "${reviewTo}" }) { ... on GroupReview { meetingsAttended time { totalMinutes hoursPerMonth } money { fees { amount } meals { amount } travel { amount } time { amount } total { amount currency } } referralsReceived { count won { amount currency } } referralsGivenToMembers { count } oneToOnes depthCoveragePercent depthCoverageByMonth { month percent } network { personId name readiness } acquaintances { personId } competitorPercent powerPartners { name readiness } buyerReachPercent costPerReferral { amount currency } paybackMonths { currency value } verdict { kind checks { code triggered figure } } } } } } }`,
} satisfies Record<string, (seeded: Seeded) => string>;

type Operation = keyof typeof OPERATIONS;

const sizeLabel = (size = 0) => `${size / 1000}k`;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

// A settings change that alters what counts as a depth touch reschedules everyone: the median
// of a few such changes at each size, back and forth.
const SETTINGS_RUNS = 5;
const rescheduleMs = new Map<number, number>();

const measure = async (size: number): Promise<Record<Operation, number[]>> => {
  return withBenchServer('tend_bench', ADMIN_URL, async ({ database, url, cookie, accountId }) => {
    const started = performance.now();
    const seeded = await seedNetwork(database.adminDb, accountId, size);
    console.log(
      `seeded ${size.toLocaleString('en-GB')} people in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    // Reads raise no prompts: the prompts job's first sweep does, as at a server's start.
    const sweepStarted = performance.now();
    await raiseAllDuePrompts(database.db, new Date());
    console.log(`  prompts job sweep: ${(performance.now() - sweepStarted).toFixed(1)} ms`);
    // As autovacuum would soon after: the planner's estimates then know the prompts just made.
    await database.adminDb.execute(sql`analyze`);

    const call = async (query: string) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [CSRF_HEADER]: '1', cookie },
        body: JSON.stringify({ query }),
      });
      const body = (await response.json()) as { errors?: unknown };
      if (response.status !== 200 || body.errors) throw new Error(JSON.stringify(body));
      return body;
    };
    const timings = {} as Record<Operation, number[]>;
    for (const [name, operation] of Object.entries(OPERATIONS) as [
      Operation,
      (seeded: Seeded) => string,
    ][]) {
      const query = operation(seeded);
      // The first call makes the week's list; then the steady state.
      const first = performance.now();
      await call(query);
      console.log(
        `  ${name}: first call (makes the list) ${(performance.now() - first).toFixed(1)} ms`,
      );
      for (let i = 0; i < 20; i += 1) await call(query);
      const samples: number[] = [];
      for (let i = 0; i < RUNS; i += 1) {
        const start = performance.now();
        await call(query);
        samples.push(performance.now() - start);
      }
      timings[name] = samples.sort((a, b) => a - b);
      console.log(
        `  ${name}: p50 ${percentile(timings[name], 50).toFixed(2)} ms, p99 ${percentile(timings[name], 99).toFixed(2)} ms (${RUNS} runs)`,
      );
    }
    const settingsSamples: number[] = [];
    for (let i = 0; i < SETTINGS_RUNS; i += 1) {
      const kinds = [
        'ONE_TO_ONE',
        'CALL',
        'VIDEO',
        'SOCIAL',
        ...(i % 2 === 0 ? ['GROUP_MEETING'] : []),
      ];
      const start = performance.now();
      const body = await call(
        `mutation { updateSettings(input: { depthTouchKinds: [${kinds.join(', ')}] }) { __typename } }`,
      );
      settingsSamples.push(performance.now() - start);
      const { data } = body as { data?: { updateSettings?: { __typename?: string } } };
      if (data?.updateSettings?.__typename !== 'Account') throw new Error(JSON.stringify(body));
    }
    rescheduleMs.set(
      size,
      percentile(
        settingsSamples.sort((a, b) => a - b),
        50,
      ),
    );
    console.log(
      `  settings-reschedule: p50 ${rescheduleMs.get(size)?.toFixed(1)} ms (${SETTINGS_RUNS} runs, max ${settingsSamples.at(-1)?.toFixed(1)} ms)`,
    );
    return timings;
  });
};

const results = new Map<number, Record<Operation, number[]>>();
for (const size of SIZES) {
  console.log(`\n${size.toLocaleString('en-GB')} people`);
  results.set(size, await measure(size));
}
console.log('');
for (const name of Object.keys(OPERATIONS) as Operation[]) {
  const small = percentile(results.get(SIZES[0] ?? 0)?.[name] ?? [], 50);
  const large = percentile(results.get(SIZES[1] ?? 0)?.[name] ?? [], 50);
  console.log(
    `${name}: p50 ${small.toFixed(1)} ms at ${sizeLabel(SIZES[0])}, ${large.toFixed(1)} ms at ${sizeLabel(SIZES[1])}, ratio ${(large / small).toFixed(2)}`,
  );
}
console.log(
  `settings-reschedule: ${rescheduleMs.get(SIZES[0] ?? 0)?.toFixed(0)} ms at ${sizeLabel(SIZES[0])}, ${rescheduleMs.get(SIZES[1] ?? 0)?.toFixed(0)} ms at ${sizeLabel(SIZES[1])}`,
);
