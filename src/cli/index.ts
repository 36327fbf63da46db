import { main } from './main';

// Set the exit code and let stdout drain: large JSON reports are written asynchronously to pipes.
try {
  process.exitCode = main(process.argv.slice(2), (s) => process.stdout.write(s + '\n'), (s) => process.stderr.write(s + '\n'));
} catch (e) {
  process.stderr.write(`gongwen: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 2;
}
