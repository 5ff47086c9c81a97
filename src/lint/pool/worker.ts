/**
 * A lint worker thread: takes batches of files, reads each batch's files at once (reading
 * overlaps linting), lints them in order and sends the batch's results back together.
 * Loads only the engine, the parser and the rules: no CLI, reporters or cache.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { contextOf, runTask, startRead } from './file-task.js';
import type { FileTask, FromWorker, ToWorker, WorkerSetup } from './protocol.js';

const port = parentPort;
if (!port) throw new Error('the lint worker runs only as a worker thread');
const setup = workerData as WorkerSetup;
const context = contextOf(setup.settings);
const hooks = setup.testHooks;
if (hooks?.failToStart) throw new Error('test failure to start');

function send(message: FromWorker): void {
  port!.postMessage(message);
}

async function runBatch(batch: readonly FileTask[]): Promise<void> {
  const reads = batch.map((task) => startRead(task.path));
  const results: string[] = [];
  for (const [i, task] of batch.entries()) {
    // Escapes the batch: an unhandled rejection ends the thread, as a crash inside vbhc would.
    if (hooks?.crashOn === task.path) throw new Error(`test crash on ${task.path}`);
    const result = await runTask(task, reads[i]!, context, setup.hashContent);
    const delay = hooks?.delayMs?.[task.path];
    if (delay) await sleep(delay);
    results.push(JSON.stringify(result));
  }
  send({ type: 'done', results });
}

// Batches run one after another: the main thread keeps a second one queued here so no worker waits.
let queue = Promise.resolve();
port.on('message', (message: ToWorker) => {
  queue = queue.then(() => (message === null ? port.close() : runBatch(message)));
});
send({ type: 'ready' });
