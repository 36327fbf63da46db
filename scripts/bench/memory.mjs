// Peak memory of one analyze() in a fresh process. Usage: node --expose-gc memory.mjs '{"file":…,"core":…}'
import * as fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const args = JSON.parse(process.argv[2]);
const core = require(args.core);
core.analyze('一、预热\n（一）完成投资1.2亿元，增长5%。XX社区\n'); // load and compile the engine before measuring
const text = fs.readFileSync(args.file, 'utf8');
globalThis.gc();
const before = process.memoryUsage();
const peakBefore = process.resourceUsage().maxRSS * 1024;
const result = core.analyze(text);
const peak = process.resourceUsage().maxRSS * 1024;
globalThis.gc();
const after = process.memoryUsage();
console.log(
  JSON.stringify({
    chars: text.length,
    utf8Bytes: Buffer.byteLength(text),
    rssBefore: before.rss,
    peakBefore,
    peakRss: peak,
    retainedHeap: after.heapUsed - before.heapUsed,
    findings: result.placeholders.length + result.numbering.length,
  }),
);
