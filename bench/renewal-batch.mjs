#!/usr/bin/env node
// Bench of the library's batch 年度更新 (issue 11): streams 1,410,000 generated members (the national number of
// employers with a 労働保険事務組合) through renewMembers + renewalSummary from dist/, consuming each item as it comes,
// and reports heapUsed (after a full GC when run with --expose-gc) and RSS every 141,000 members: flat memory means
// nothing is kept per member. Run after `npm run build`:
//   node --expose-gc bench/renewal-batch.mjs [members=1410000]
import { performance } from 'node:perf_hooks';
import { renewMembers, renewalSummary } from '../dist/index.js';
import { generatedMembers } from './renewal-members.mjs';

const total = Number(process.argv[2] ?? 1_410_000);
const every = Math.max(1, Math.floor(total / 10));
async function* members() {
  let i = 0;
  for (const m of generatedMembers(total, 0x1410)) {
    if (i++ % 1000 === 999) m.previousYearWages = '3,300,000'; // an invalid member now and then
    yield m;
  }
}

const MB = (b) => `${(b / 1048576).toFixed(1)} MB`;
const sample = () => {
  globalThis.gc?.();
  const m = process.memoryUsage();
  return { heap: m.heapUsed, rss: m.rss };
};
const summary = renewalSummary();
const start = sample();
const t0 = performance.now();
const points = [];
let n = 0;
for await (const item of renewMembers(members())) {
  summary.add(item);
  if (++n % every === 0) {
    const s = sample();
    points.push(s);
    console.log(
      `${n.toLocaleString('en').padStart(9)} members  heapUsed ${MB(s.heap).padStart(9)}  rss ${MB(s.rss).padStart(9)}  ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
  }
}
const s = summary.result();
const heaps = points.map((p) => p.heap);
console.log(`start heapUsed ${MB(start.heap)}, rss ${MB(start.rss)}; ${globalThis.gc ? 'after a full GC at each point' : 'no --expose-gc: heap includes garbage'}`);
console.log(`heapUsed min ${MB(Math.min(...heaps))} max ${MB(Math.max(...heaps))}; peak maxRSS ${MB(process.resourceUsage().maxRSS * 1024)}`);
console.log(
  `${s.members.toLocaleString('en')} members (${s.ok.toLocaleString('en')} ok, ${s.invalid.toLocaleString('en')} invalid) in ${((performance.now() - t0) / 1000).toFixed(1)} s; total due ¥${s.totalDue.toLocaleString('en')}`,
);
for (const d of s.dueDates) console.log(`  ${d.dueDate} 第${d.number}期 ¥${d.amount.toLocaleString('en')} (${d.members.toLocaleString('en')})`);
