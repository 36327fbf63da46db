import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { checkFile, type CheckOptions, type FileResult } from './checkFile';

/** A batch of files to check, numbered from `start` in the run's order. */
interface Batch {
  start: number;
  files: string[];
}

/** A checked batch: the output pieces are UTF-8 bytes, moved (not copied) to the main thread. */
interface BatchDone {
  start: number;
  results: Array<Omit<FileResult, 'output'> & { output: Uint8Array }>;
}

/** Files per message: small enough to keep the workers evenly busy, large enough that messages cost nothing. */
const batchSize = 8;
/** Batches queued per worker, so that a worker never waits for the main thread while it writes output. */
const batchesInFlight = 2;

/** True in a thread started by checkInWorkers: the CLI entry then serves batches instead of parsing arguments. */
export const isCheckWorker = !isMainThread && (workerData as { gongwenCheck?: unknown } | null)?.gongwenCheck === true;

/** The worker side: checks each batch it is sent and posts the results back, in the batch's order. */
export function serveChecks(): void {
  const options = (workerData as { options: CheckOptions }).options;
  parentPort!.on('message', (batch: Batch) => {
    const checked = batch.files.map((file) => checkFile(file, options));
    // One buffer for the batch's output, written in place (no intermediate copy per file) and moved to the main thread.
    const bytes = Buffer.allocUnsafeSlow(checked.reduce((n, r) => n + 3 * r.output.length, 0));
    let at = 0;
    const results = checked.map((r) => {
      const length = bytes.write(r.output, at, 'utf8');
      const output = new Uint8Array(bytes.buffer, bytes.byteOffset + at, length);
      at += length;
      return { ...r, output };
    });
    parentPort!.postMessage({ start: batch.start, results } satisfies BatchDone, [bytes.buffer]);
  });
}

/**
 * Checks `files` in `workers` worker threads, each running `script` (the CLI entry, which serves checks when
 * isCheckWorker). `onResult` is called once per file, in the order of `files`, as soon as the files before it are
 * done: the caller writes the output in the same order as a check in one thread. Rejects if a worker fails.
 */
export function checkInWorkers(
  files: string[], options: CheckOptions, script: string, workers: number,
  onResult: (result: FileResult | Omit<FileResult, 'output'> & { output: Uint8Array }) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!files.length) return resolve();
    const pool: Worker[] = [];
    const done = new Map<number, BatchDone['results'][number]>();
    let nextToSend = 0;
    let nextToReport = 0;
    let settled = false;
    const finish = (error?: unknown) => {
      if (settled) return;
      settled = true;
      for (const w of pool) void w.terminate();
      if (error) reject(error instanceof Error ? error : new Error(String(error)));
      else resolve();
    };
    const send = (worker: Worker) => {
      if (nextToSend >= files.length) return;
      const batch: Batch = { start: nextToSend, files: files.slice(nextToSend, nextToSend + batchSize) };
      nextToSend += batch.files.length;
      worker.postMessage(batch);
    };
    for (let i = 0; i < workers; i++) {
      const worker = new Worker(script, { workerData: { gongwenCheck: true, options }, stdout: false, stderr: false });
      pool.push(worker);
      worker.on('message', (message: BatchDone) => {
        if (settled) return;
        message.results.forEach((r, k) => done.set(message.start + k, r));
        send(worker);
        try {
          for (let r = done.get(nextToReport); r; r = done.get(nextToReport)) {
            done.delete(nextToReport++);
            onResult(r);
          }
        } catch (e) {
          finish(e);
          return;
        }
        if (nextToReport === files.length) finish();
      });
      worker.on('error', finish);
      worker.on('exit', (code) => finish(new Error(`a check worker stopped (exit code ${code})`)));
      for (let b = 0; b < batchesInFlight; b++) send(worker);
    }
  });
}
