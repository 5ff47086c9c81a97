#!/usr/bin/env node
// The yardstick vbhc is measured against: read every .txt/.md file under a folder and run one
// citation regex over it, nothing else. Prints the files, bytes and citations seen.
//
//   node scripts/bench/scan.mjs DIR
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const CITATION = /(?:Luật|Nghị định|Nghị quyết|Quyết định|Thông tư|Chỉ thị|Công văn|Kế hoạch)\s{1,3}(?:số\s{1,3})?\d{1,5}\/(?:\d{4}\/)?[A-ZĐ][A-ZĐ0-9-]{0,20}/gu;

function scan(folder) {
  let files = 0;
  let bytes = 0;
  let citations = 0;
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(txt|md)$/.test(entry.name)) continue;
    const data = readFileSync(join(entry.parentPath, entry.name));
    files++;
    bytes += data.length;
    citations += data.toString('utf8').match(CITATION)?.length ?? 0;
  }
  return { files, bytes, citations };
}

const [folder] = process.argv.slice(2);
if (!folder) {
  console.error('usage: node scripts/bench/scan.mjs DIR');
  process.exit(2);
}
console.log(JSON.stringify(scan(folder)));
