import { main } from './main';

// Set the exit code and let stdout drain: large JSON reports are written asynchronously to pipes.
process.exitCode = main(process.argv.slice(2), (s) => process.stdout.write(s + '\n'), (s) => process.stderr.write(s + '\n'));
