import { main } from './main';
import { isCheckWorker, serveChecks } from './pool';

// The same script runs the command and, in worker threads, checks batches of files for it.
if (isCheckWorker) serveChecks();
else {
  // The reader went away (`gongwen check … | head`): nothing more to say to it, and no stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  });
  // Set the exit code and let stdout drain: large reports are written asynchronously to pipes.
  main(process.argv.slice(2), (chunk) => process.stdout.write(chunk), (s) => process.stderr.write(s + '\n'), { workerScript: __filename }).then(
    (code) => (process.exitCode = code),
    (e: unknown) => {
      process.stderr.write(`gongwen: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
