import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/io/input-error.js';
import { parseRegistryText, readRegistryFile, registryEntriesWithFile } from '../../src/lint/registry-file.js';
import { BUILT_IN_ENTRIES, createRegistry, type RegistryEntry } from '../../src/lint/registry.js';

const DIR = join(import.meta.dirname, '../../fixtures/registry');

const AGENCY: RegistryEntry[] = [
  {
    number: '227/KH-UBND',
    numberYear: null,
    date: { day: 22, month: 9, year: 2023 },
    type: 'Kế hoạch',
    issuer: 'UBND huyện Định Hóa',
    title: expect.stringContaining('thực hiện Chỉ thị số 07/CT-TTg') as unknown as string,
  },
  {
    number: '15/QĐ-UBND',
    numberYear: null,
    date: { day: 5, month: 1, year: 2024 },
    type: 'Quyết định',
    issuer: 'UBND huyện Định Hóa',
    title: expect.any(String) as unknown as string,
  },
];

/** The problem an InputError names, or a failure when the text parses. */
function problemOf(text: string, path: string): string {
  try {
    parseRegistryText(text, path);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).file).toBe(path);
    return (error as InputError).problem;
  }
  throw new Error(`${path} parsed without error`);
}

describe('registry files', () => {
  it.each(['agency.json', 'agency.csv', 'so-dang-ky.csv'])('reads %s: numbers, dates in either form, type, issuer, title', async (name) => {
    const entries = await readRegistryFile(join(DIR, name));
    expect(entries.map(({ origin: _origin, ...entry }) => entry)).toEqual(AGENCY);
    expect(entries.map((entry) => entry.origin)).toEqual(name.endsWith('.json') ? [`${join(DIR, name)}#1`, `${join(DIR, name)}#2`] : [`${join(DIR, name)}:2`, `${join(DIR, name)}:3`]);
  });

  it('reads a Vietnamese register: headers such as "Số, ký hiệu", semicolons, CRLF, a quoted title with a semicolon', async () => {
    const [plan] = await readRegistryFile(join(DIR, 'so-dang-ky.csv'));
    expect(plan?.title).toBe('thực hiện Chỉ thị số 07/CT-TTg; năm 2023');
  });

  it('reads numbers in canonical form and keeps the year a normative number carries', () => {
    const [entry] = parseRegistryText('number,date\n 09/2017/NÐ-CP ,09/02/2017\n', 'r.csv');
    expect(entry).toMatchObject({ number: '09/2017/NĐ-CP', numberYear: 2017, type: '', issuer: '', title: '' });
  });

  it('reads UTF-16 and a UTF-8 BOM', async () => {
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'vbhc-registry-'));
    const text = 'number,date\n227/KH-UBND,22/9/2023\n';
    writeFileSync(join(dir, 'bom.csv'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    writeFileSync(join(dir, 'utf16.csv'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    for (const name of ['bom.csv', 'utf16.csv']) expect((await readRegistryFile(join(dir, name)))[0]?.number).toBe('227/KH-UBND');
  });

  it('merges over the built-in registry: a listed instrument replaces the built-in one', async () => {
    const entries = parseRegistryText('[{"number": "07/CT-TTg", "date": "22/3/2023"}]', 'mine.json');
    const registry = createRegistry([...BUILT_IN_ENTRIES, ...entries]);
    expect(registry.lookup('07/CT-TTg', null, 2023)?.date).toEqual({ day: 22, month: 3, year: 2023 });
    expect(registry.lookup('407/QĐ-TTg', null, 2022)?.date).toEqual({ day: 30, month: 3, year: 2022 });
    const merged = createRegistry(await registryEntriesWithFile(join(DIR, 'agency.csv')));
    expect(merged.lookup('227/KH-UBND', null, 2023)?.date).toEqual({ day: 22, month: 9, year: 2023 });
    expect(merged.lookup('09/2017/NĐ-CP', 2017, 2017)?.date).toEqual({ day: 9, month: 2, year: 2017 });
  });

  it('names the file, line and column of a bad CSV value', () => {
    expect(problemOf('number,date\n227/KH-UBND,22/9/2023\n07/CT-TTg,31/6/2023\n', 'r.csv')).toBe(
      'line 3, column 2 (date): "31/6/2023" is not a date on the calendar; expected dd/mm/yyyy or yyyy-mm-dd',
    );
    expect(problemOf('date,number\n22/9/2023,Kế hoạch 227\n', 'r.csv')).toMatch(/^line 2, column 2 \(number\): "Kế hoạch 227" is not a document number/);
    expect(problemOf('number,date\n227/KH-UBND,\n', 'r.csv')).toBe('line 2, column 2 (date): no date given');
    expect(problemOf('number,date\n09/2017/NĐ-CP,09/02/2018\n', 'r.csv')).toBe('line 2, column 2 (date): 09/2017/NĐ-CP carries the year 2017 but is dated 9/2/2018');
  });

  it('refuses a CSV without number or date columns, or with a short row', () => {
    expect(problemOf('so,ngay ky\n1,2\n', 'r.csv')).toBe('line 1: no "number" column among "so", "ngay ky"; expected number, date, type, issuer, title');
    expect(problemOf('number,date,title\n227/KH-UBND,22/9/2023\n', 'r.csv')).toBe('line 2: 2 values, but the header line names 3 columns');
    expect(problemOf('number,date\n"227/KH-UBND,22/9/2023\n', 'r.csv')).toMatch(/^not valid CSV: Quote Not Closed.*line 2$/);
    expect(problemOf('', 'r.csv')).toMatch(/^empty registry/);
  });

  it('refuses an instrument listed twice', () => {
    expect(problemOf('number,date\n227/KH-UBND,22/9/2023\n227/KH-UBND,22/09/2023\n', 'r.csv')).toBe(
      'line 3, column 1 (number): 227/KH-UBND is listed twice (also at line 2)',
    );
  });

  it('names the entry and field of a bad JSON value, and the line and column of a syntax error', () => {
    expect(problemOf('[{"number": "227/KH-UBND", "date": "22/9/2023"}, {"date": "1/1/2024"}]', 'r.json')).toBe('entry 2, "number": no number given');
    expect(problemOf('[{"number": 227, "date": "22/9/2023"}]', 'r.json')).toBe('entry 1, "number": "number" must be text');
    expect(problemOf('["227/KH-UBND"]', 'r.json')).toBe('entry 1: expected an object with "number" and "date"');
    expect(problemOf('{"number": "227/KH-UBND"}', 'r.json')).toMatch(/^expected a JSON array/);
    expect(problemOf('[\n  {"number": "227/KH-UBND",}\n]', 'r.json')).toMatch(/^line 2, column 28: not valid JSON/);
  });

  it('tells JSON from CSV by extension, else by the first character', () => {
    expect(parseRegistryText(' [{"number": "227/KH-UBND", "date": "2023-09-22"}]', 'register')).toHaveLength(1);
    expect(parseRegistryText('number,date\n227/KH-UBND,2023-09-22\n', 'register.txt')).toHaveLength(1);
  });

  it('says when the file is missing', async () => {
    await expect(readRegistryFile(join(DIR, 'none.csv'))).rejects.toThrow(/none\.csv: registry file not found/);
  });
});

describe('vbhc lint --registry', () => {
  const ROOT = join(import.meta.dirname, '../..');
  const CITES = 'fixtures/registry/cites-agency.txt';

  function lint(args: string[]) {
    const run = spawnSync(process.execPath, ['bin/vbhc.js', 'lint', '--format', 'json', '--lang', 'en', ...args, CITES], { cwd: ROOT, encoding: 'utf8' });
    type Finding = { ruleId: string; line: number; column: number; message: string };
    return { status: run.status, stderr: run.stderr, findings: run.stdout ? (JSON.parse(run.stdout) as { messages: Finding[] }[]).flatMap((r) => r.messages) : [] };
  }

  it('checks citations against the agency register, JSON or CSV, besides the built-in instruments', () => {
    expect(lint([]).findings.filter((m) => m.ruleId === 'citation/registry-mismatch')).toEqual([]);
    for (const file of ['agency.json', 'agency.csv', 'so-dang-ky.csv']) {
      const run = lint(['--registry', `fixtures/registry/${file}`]);
      expect(run.findings).toEqual([expect.objectContaining({ ruleId: 'citation/registry-mismatch', line: 11, column: 35 })]);
      expect(run.findings[0]!.message).toMatch(new RegExp(`but the register fixtures/registry/${file.replace('.', '\\.')}(:|#)\\d+ dates it 22/9/2023$`));
      expect(run.status).toBe(1);
    }
  });

  it('stops with exit code 2 and one line naming the file when the registry cannot be used', () => {
    const missing = lint(['--registry', 'fixtures/registry/none.csv']);
    expect(missing).toMatchObject({ status: 2, stderr: 'vbhc: fixtures/registry/none.csv: registry file not found\n', findings: [] });
    const bad = lint(['--registry', CITES]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^vbhc: fixtures\/registry\/cites-agency\.txt: line 1: no "number" column/);
  });
});
