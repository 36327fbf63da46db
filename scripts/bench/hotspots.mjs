// Where analyze() spends its time: a sampled CPU profile of a few runs on one text, self time per function.
// Usage: node hotspots.mjs '{"file":…,"bundle":…}' — the bundle is unminified, so functions keep their names.
import * as fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const args = JSON.parse(process.argv[2]);
const { analyze } = require(args.bundle);
const text = fs.readFileSync(args.file, 'utf8');

// esbuild marks where each source file starts in an unminified bundle: "// src/core/figures.ts".
const fileStarts = [];
fs.readFileSync(args.bundle, 'utf8')
  .split('\n')
  .forEach((line, i) => {
    const m = /^\/\/ (src\/\S+\.ts)$/.exec(line);
    if (m) fileStarts.push([i, m[1]]);
  });
const sourceOf = (line) => {
  let file = '';
  for (const [start, f] of fileStarts) if (start <= line) file = f;
  return file;
};

const runs = 3;
analyze(text);
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
await session.post('Profiler.start');
for (let i = 0; i < runs; i++) analyze(text);
const { profile } = await session.post('Profiler.stop');

const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
let total = 0;
profile.samples.forEach((id, i) => {
  const { functionName, url, lineNumber } = nodes.get(id).callFrame;
  if (functionName === '(idle)' || functionName === '(program)') return;
  const dt = profile.timeDeltas[i] ?? 0;
  total += dt;
  const where = url.endsWith(args.bundle.split('/').pop()) ? sourceOf(lineNumber) || 'bundle' : url ? 'node' : functionName.startsWith('(') ? '' : 'native';
  const key = `${functionName || '(anonymous)'}\t${where}`;
  self.set(key, (self.get(key) ?? 0) + dt);
});
const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 15);
for (const [key, us] of top) {
  const [fn, where] = key.split('\t');
  console.log(JSON.stringify({ fn, where, ms: us / 1000 / runs, share: us / total }));
}
console.log(JSON.stringify({ fn: '(all)', where: '', ms: total / 1000 / runs, share: 1 }));
