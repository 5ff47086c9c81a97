/**
 * A lint worker thread: takes batches of files, reads and lints them in order and sends the
 * batch's results back together.
 * Loads only the engine, the parser and the rules: no CLI, reporters or cache.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { FileReader } from '../../io/source.js';
import { contextOf, runTask } from './file-task.js';
import type { FileTask, FromWorker, ToWorker, WorkerSetup } from './protocol.js';

const port = parentPort;
if (!port) throw new Error('the lint worker runs only as a worker thread');
const setup = workerData as WorkerSetup;
const context = contextOf(setup.settings);
const reader = new FileReader();
const hooks = setup.testHooks;
if (hooks?.failToStart) throw new Error('test failure to start');

function send(message: FromWorker): void {
  port!.postMessage(message);
}

async function runBatch(batch: readonly FileTask[]): Promise<void> {
  const results: string[] = [];
  for (const task of batch) {
    // Escapes the batch: an unhandled rejection ends the thread, as a crash inside vbhc would.
    if (hooks?.crashOn === task.path) throw new Error(`test crash on ${task.path}`);
    const result = await runTask(task, reader, context, setup.hashContent);
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
