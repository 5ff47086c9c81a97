import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '../../bin/vbhc.js');
const SEEDS = join(import.meta.dirname, '../../fixtures/seeds');
const SEED_000 = join(SEEDS, '000_7af816a1aff8bd06.txt');
const SEED_004 = join(SEEDS, '004_62c4785a12a18631.txt');

const run = (...args: string[]) => execFileSync(BIN, ['citations', ...args], { encoding: 'utf8' });

/** A minimal RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. */
function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      record.push(field);
      field = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      records.push([...record, field]);
      record = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  return records;
}

describe('vbhc citations', () => {
  it('lists one JSON row per citation across files, with file, document and position', () => {
    const rows = JSON.parse(run('--format', 'json', SEED_000, SEED_004));
    const parsed = [SEED_000, SEED_004].map((file) => JSON.parse(execFileSync(BIN, ['parse', file], { encoding: 'utf8' })));
    const expected = parsed.flatMap((p) => p.documents.flatMap((d: { citations: unknown[] }) => d.citations));
    expect(rows).toHaveLength(expected.length);
    expect(rows[0]).toMatchObject({ file: SEED_000, document: 1, index: 0, line: 7, kind: 'full', type: 'Chỉ thị', number: '07/CT-TTg' });
    expect(rows.filter((row: { file: string }) => row.file === SEED_004).map((row: { document: number }) => row.document)).toContain(3);
  });

  it('writes RFC 4180 CSV: header, CRLF records, fields with commas or quotes quoted', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vbhc-citations-'));
    const file = join(dir, 'quoted.txt');
    writeFileSync(file, 'Căn cứ Quyết định số 12/QĐ-BVHTTDL ngày 05/01/2024 của Bộ Văn hóa, Thể thao và Du lịch về việc "x".\n');
    const records = readCsv(run('--format', 'csv', file));
    expect(records).toEqual([
      ['file', 'line', 'kind', 'type', 'number', 'name', 'date', 'issuer'],
      [file, '1', 'full', 'Quyết định', '12/QĐ-BVHTTDL', '', '2024-01-05', 'Bộ Văn hóa, Thể thao và Du lịch'],
    ]);
  });

  it('defaults to CSV when the output is not a terminal', () => {
    expect(run(SEED_000).split('\r\n')[0]).toBe('file,line,kind,type,number,name,date,issuer');
  });

  it('aligns a table: one header, then one line per citation, columns lined up', () => {
    const lines = run('--format', 'table', SEED_000).trimEnd().split('\n');
    expect(lines[0]).toMatch(/^FILE\s+LINE\s+KIND\s+TYPE\s+NUMBER\s+NAME\s+DATE\s+ISSUER$/);
    expect(lines).toHaveLength(1 + JSON.parse(run('--format', 'json', SEED_000)).length);
    const column = lines[0]!.indexOf('NUMBER');
    for (const line of lines.slice(1)) expect(line.slice(column - 2, column)).toBe('  ');
    expect(lines.find((line) => line.includes('named'))).toContain('Luật Tiếp cận thông tin');
  });

  it('names an unreadable path on stderr, exits 2 and still lists the others', () => {
    const result = spawnSync(BIN, ['citations', '--format', 'json', join(SEEDS, 'missing.txt'), SEED_000], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('missing.txt');
    expect(JSON.parse(result.stdout).length).toBeGreaterThan(0);
  });
});
