import { parentPort, workerData } from 'node:worker_threads';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';

/** Validates its share of dist/'s pages (tests/site/html-valid.test.ts) and posts the problems found. */
const { dir, files } = workerData as { dir: string; files: string[] };
const validator = new HtmlValidate(new FileSystemConfigLoader());
const problems: string[] = [];
for (const file of files) {
  const report = await validator.validateFile(join(dir, file));
  for (const result of report.results) {
    for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
}
parentPort!.postMessage(problems);
