import * as fc from 'fast-check';
import { assertAnalysisInvariants } from './invariants';
import { loadCorpus, mutatedCorpus, reportText, structuredReport } from './arbitraries';
import { anyOptions } from './params';

/*
 * `npm run fuzz`: the property tests' invariants over 100,000 fresh cases. Prints the seed first; a failure prints
 * the seed, the path and the shrunk input. Replay with FC_SEED=<seed> FC_PATH=<path> npm run fuzz.
 * FUZZ_RUNS sets the total number of cases; FUZZ_SUITE=<name> runs one suite only.
 */

const corpus = loadCorpus();
const total = Number(process.env.FUZZ_RUNS ?? 100_000);
const seed = process.env.FC_SEED !== undefined ? Number(process.env.FC_SEED) : Date.now() ^ (Math.random() * 0x100000000);
const path = process.env.FC_PATH;

const suites: { name: string; share: number; property: fc.IProperty<never> }[] = [
  { name: 'report-like text', share: 0.4, property: fc.property(reportText(200), (t) => assertAnalysisInvariants(t)) as never },
  { name: 'report-shaped text', share: 0.25, property: fc.property(structuredReport, (t) => assertAnalysisInvariants(t)) as never },
  {
    name: 'arbitrary UTF-16',
    share: 0.1,
    property: fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 500, size: 'max' }), fc.string({ unit: 'grapheme', maxLength: 500, size: 'max' })), (t) => assertAnalysisInvariants(t)) as never,
  },
  { name: 'mutated corpus', share: 0.15, property: fc.property(mutatedCorpus(corpus, 16, 1500), (t) => assertAnalysisInvariants(t)) as never },
  {
    name: 'any options',
    share: 0.1,
    property: fc.property(fc.tuple(fc.oneof(structuredReport, mutatedCorpus(corpus, 6, 1500)), anyOptions), ([t, o]) => assertAnalysisInvariants(t, o)) as never,
  },
];

console.log(`fuzz: ${total} cases, seed ${seed}${path ? `, path ${path}` : ''}`);
let failed = false;
let ran = 0;
const started = Date.now();
suites.forEach((suite, i) => {
  if (process.env.FUZZ_SUITE && process.env.FUZZ_SUITE !== suite.name) return;
  const numRuns = Math.max(1, Math.round(total * suite.share));
  const t0 = Date.now();
  // Each suite gets its own seed derived from the printed one, so a failure replays with FC_SEED alone.
  const details = fc.check(suite.property, { seed: seed + i, path, numRuns, endOnFailure: path !== undefined });
  ran += details.numRuns;
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  if (details.failed) {
    failed = true;
    console.log(`FAIL ${suite.name}: ${details.numRuns} cases, ${secs} s`);
    console.log(fc.defaultReportMessage(details));
    console.log(String((details.errorInstance as Error)?.message ?? details.errorInstance));
    console.log(`replay: FC_SEED=${seed} FUZZ_SUITE='${suite.name}' FC_PATH=${details.counterexamplePath} npm run fuzz`);
  } else {
    console.log(`ok   ${suite.name}: ${details.numRuns} cases, ${secs} s`);
  }
});
console.log(`${ran} cases in ${((Date.now() - started) / 1000).toFixed(1)} s, seed ${seed}: ${failed ? 'FAILED' : 'no failure'}`);
process.exitCode = failed ? 1 : 0;
