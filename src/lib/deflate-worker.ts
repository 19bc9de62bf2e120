import { parentPort } from 'node:worker_threads';
import { packText } from './deflate.ts';

/**
 * A build's compression thread (deflate.ts packJson): takes a search file's JSON text, answers
 * with its packed bytes (block-sorted, then Zopfli), handing the buffer over rather than copying it.
 */
parentPort?.on('message', async (json: string) => {
  const packed = await packText(json);
  parentPort?.postMessage(packed, [packed.buffer]);
});
