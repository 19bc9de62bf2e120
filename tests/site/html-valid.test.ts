import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { distDir, htmlFiles } from '../helpers/dist.ts';

test('every built page passes html-validate (recommended rules, .htmlvalidate.json) with zero errors', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const files = htmlFiles();
  assert.ok(files.length > 2000, `${files.length} pages`);
  const problems: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(join(distDir, file));
    for (const result of report.results) {
      for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  assert.deepEqual(problems.slice(0, 20), [], `${problems.length} problems`);
});
