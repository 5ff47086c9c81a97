#!/usr/bin/env node
// The project's own deterministic benchmark corpus, built from fixtures/seeds and
// fixtures/corpus-sample (no other input, so it works in any clone).
//
//   node scripts/bench/make-corpus.mjs N OUTDIR
//
// Document i depends only on i: the first 1,000 documents of a 10,000-document corpus are the
// 1,000-document corpus. Each document keeps a fixture's header and closing, takes body blocks
// from other fixtures until it is 9-16 KB, and varies citation numbers, years and dates; one in
// ten has CRLF line endings, one in twenty a UTF-8 BOM; half are .md, half .txt, 100 per folder.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const FIXTURE_FOLDERS = ['fixtures/seeds', 'fixtures/corpus-sample'];

/** mulberry32: a small, fast PRNG; one stream per document. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function loadFixtures() {
  const texts = [];
  for (const folder of FIXTURE_FOLDERS) {
    for (const name of readdirSync(join(ROOT, folder)).sort()) {
      if (!/\.(txt|md)$/.test(name)) continue;
      texts.push(readFileSync(join(ROOT, folder, name), 'utf8').replace(/\r\n?/g, '\n'));
    }
  }
  return texts.map((text) => {
    const blocks = text.split(/\n[ \t]*\n/).filter((block) => block.trim() !== '');
    const bodyStart = Math.max(1, blocks.findIndex((block) => /^(Căn cứ|Thực hiện|Điều 1|I\.|1\.)/u.test(block.trim())));
    const closingStart = Math.max(bodyStart + 1, blocks.length - 6, Math.floor(blocks.length * 0.85));
    // Blocks over 4 KB (whole tables) would make sizes jump: bodies leave them out.
    const body = blocks.slice(bodyStart, closingStart).filter((block) => Buffer.byteLength(block) <= 4096);
    return { header: blocks.slice(0, bodyStart), body, closing: blocks.slice(closingStart) };
  });
}

function vary(text, next) {
  const pick = (low, high) => low + Math.floor(next() * (high - low + 1));
  return text
    .replace(/(\d{1,2})\/(\d{1,2})\/(20\d\d)/g, () => `${pick(1, 28)}/${pick(1, 12)}/${pick(2015, 2025)}`)
    .replace(/(số\s)(\d{1,4})\//gu, (_, word, digits) => `${word}${String(pick(1, 10 ** digits.length - 1)).padStart(digits.length, '0')}/`)
    .replace(/\/(20\d\d)\//g, () => `/${pick(2015, 2025)}/`);
}

export function makeDocument(fixtures, index) {
  const next = random(0x9e3779b9 ^ Math.imul(index + 1, 0x85ebca6b));
  const primary = fixtures[Math.floor(next() * fixtures.length)];
  const target = 9000 + Math.floor(next() * 7000);
  const bytesOf = (blocks) => blocks.reduce((sum, block) => sum + Buffer.byteLength(block) + 2, 0);
  let size = bytesOf([...primary.header, ...primary.closing]);
  const body = [];
  for (const block of primary.body) {
    if (size >= target) break;
    body.push(block);
    size += Buffer.byteLength(block) + 2;
  }
  while (size < target) {
    const donor = fixtures[Math.floor(next() * fixtures.length)];
    if (donor.body.length === 0) continue;
    const block = donor.body[Math.floor(next() * donor.body.length)];
    body.splice(Math.floor(next() * (body.length + 1)), 0, block);
    size += Buffer.byteLength(block) + 2;
  }
  let text = vary([...primary.header, ...body, ...primary.closing].join('\n\n'), next) + '\n';
  if (next() < 0.1) text = text.replace(/\n/g, '\r\n');
  const bom = next() < 0.05 ? '\ufeff' : '';
  const extension = next() < 0.5 ? 'md' : 'txt';
  return { name: `${String(Math.floor(index / 100)).padStart(3, '0')}/doc-${String(index).padStart(6, '0')}.${extension}`, text: bom + text };
}

/** Writes documents 0..count-1 under `folder`; returns the bytes written. */
export function makeCorpus(count, folder) {
  const fixtures = loadFixtures();
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const { name, text } = makeDocument(fixtures, i);
    const path = join(folder, name);
    if (i % 100 === 0) mkdirSync(dirname(path), { recursive: true });
    const data = Buffer.from(text, 'utf8');
    writeFileSync(path, data);
    bytes += data.length;
  }
  return bytes;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [count, folder] = process.argv.slice(2);
  if (!/^\d+$/.test(count ?? '') || !folder) {
    console.error('usage: node scripts/bench/make-corpus.mjs N OUTDIR');
    process.exit(2);
  }
  const bytes = makeCorpus(Number(count), folder);
  console.log(`${count} documents, ${(bytes / 1e6).toFixed(1)} MB in ${folder}`);
}
