/**
 * `pnpm bench`: downloads the export (GET /export, the zip) of an account of 1,000, 10,000 and
 * 100,000 people (10 touches and 3 knows tags each: about 2.5 million rows at 100k) through
 * the API on real Postgres, and prints the time, the zip's size and how far the process's
 * resident memory grew above what it was before the download. The export is streamed a page at
 * a time, so the growth should stop growing with the account (past what the garbage collector
 * lets pile up between collections). `pnpm bench` runs it with a 128 MB heap (old space), where
 * an export that built its 650 MB of JSON and CSV text in memory could not finish. Not a test:
 * it prints figures (the target is 20 s at 100k).
 */
import { performance } from 'node:perf_hooks';
import { withBenchServer } from './bench-owner.ts';
import { seedNetwork } from './seed-network.ts';

const ADMIN_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SIZES = (process.env.BENCH_EXPORT_SIZES ?? '1000,10000,100000').split(',').map(Number);
const SAMPLE_EVERY_MS = 20;

const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

const measure = async (size: number) => {
  return withBenchServer(
    'tend_export_bench',
    ADMIN_URL,
    async ({ database, url, cookie, accountId }) => {
      const seeding = performance.now();
      await seedNetwork(database.adminDb, accountId, size);
      console.log(
        `seeded ${size.toLocaleString('en-GB')} people in ${((performance.now() - seeding) / 1000).toFixed(1)} s`,
      );
      const { rss: baseline, heapUsed: heapBaseline } = process.memoryUsage();
      let peak = baseline;
      let heapPeak = heapBaseline;
      const sample = () => {
        const { rss, heapUsed } = process.memoryUsage();
        peak = Math.max(peak, rss);
        heapPeak = Math.max(heapPeak, heapUsed);
      };
      const sampler = setInterval(sample, SAMPLE_EVERY_MS);
      const started = performance.now();
      const response = await fetch(`${url}/export`, { headers: { cookie } });
      if (response.status !== 200 || !response.body) {
        throw new Error(`export answered ${response.status}: ${await response.text()}`);
      }
      let bytes = 0;
      // Read as a browser saving the file would: chunk by chunk, nothing kept.
      for await (const chunk of response.body) bytes += chunk.byteLength;
      const seconds = (performance.now() - started) / 1000;
      clearInterval(sampler);
      sample();
      console.log(
        `  export: ${seconds.toFixed(1)} s, zip ${mb(bytes)}, peak RSS growth ${mb(peak - baseline)} (RSS ${mb(baseline)} → peak ${mb(peak)}), peak heap growth ${mb(heapPeak - heapBaseline)}`,
      );
      return { seconds, growth: peak - baseline };
    },
  );
};

const results = new Map<number, { seconds: number; growth: number }>();
for (const size of SIZES) {
  console.log(`\n${size.toLocaleString('en-GB')} people`);
  results.set(size, await measure(size));
}
console.log('');
for (const [size, { seconds, growth }] of results) {
  console.log(
    `export of ${size.toLocaleString('en-GB')} people: ${seconds.toFixed(1)} s (target ≤ 20 s at 100k), peak RSS growth ${mb(growth)}`,
  );
}
