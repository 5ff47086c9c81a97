import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/vbhc.js');
const SEEDS = join(ROOT, 'fixtures/seeds');

function tasks(...args: string[]): string {
  return execFileSync(BIN, ['tasks', ...args], { encoding: 'utf8', cwd: ROOT });
}

interface Group {
  key: string;
  name: string;
  names: string[];
  assignments: { role: string; file: string; section: string; deadline: { kind: string } | null; tasks: string[] }[];
}

describe('vbhc tasks', () => {
  it('groups the assignments of a folder by agency, lead and cooperating alike', () => {
    const groups = JSON.parse(tasks('--format', 'json', 'fixtures/seeds')) as Group[];
    const justice = groups.find((group) => group.key === 'sở tư pháp')!;
    expect(justice.assignments.map((a) => `${a.file} ${a.section} ${a.role}`)).toEqual([
      'fixtures/seeds/000_7af816a1aff8bd06.txt 2.2 lead',
      'fixtures/seeds/001_fef7328643f9545c.txt 3 lead',
      'fixtures/seeds/002_b5b875e65301e56c.txt II.2 lead',
      'fixtures/seeds/002_b5b875e65301e56c.txt II.6 cooperating',
      'fixtures/seeds/002_b5b875e65301e56c.txt IV.3 lead',
      'fixtures/seeds/003_3442f63ebba68316.txt 5 lead',
    ]);
    const offices = groups.find((group) => group.key === 'cơ quan đơn vị')!;
    expect(offices.names).toEqual(['Các cơ quan, đơn vị', 'Cơ quan, đơn vị']);
    expect(groups.map((group) => group.name)).toEqual([...groups.map((group) => group.name)].sort((a, b) => a.localeCompare(b, 'vi')));
  });

  it('filters by agency on the normalized name: case, tone marks and abbreviations do not matter', () => {
    const keys = (query: string) => (JSON.parse(tasks('--format', 'json', '--agency', query, SEEDS)) as Group[]).map((group) => group.key);
    expect(keys('Sở Tư pháp')).toEqual(['sở tư pháp']);
    expect(keys('SỞ TƯ PHÁP')).toEqual(['sở tư pháp']);
    expect(keys('Sở TP')).toEqual(['sở tư pháp']);
    expect(keys('Sở TT&TT')).toEqual(['sở thông tin truyền thông']);
    expect(keys('Phòng Văn hoá và Thông tin')).toEqual(['phòng văn hóa thông tin huyện']);
    expect(keys('Ban Tuyên giáo Tỉnh uỷ')).toEqual(['ban tuyên giáo tỉnh ủy']);
  });

  it('prints CSV when not on a terminal: one row per agency and assignment, as RFC 4180 asks', () => {
    const lines = tasks('--agency', 'Phòng Nội vụ huyện', join(SEEDS, '004_62c4785a12a18631.txt')).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'agency_key,agency,role,file,document_number,document_type,section,assignee,lead,cooperating,deadline_kind,deadline_from,deadline_to,deadline,tasks',
    );
    expect(lines).toHaveLength(5);
    expect(lines[1]).toMatch(/^phòng nội vụ huyện,Phòng Nội vụ huyện,lead,.*,II\.6\.1,Phòng Nội vụ huyện,Phòng Nội vụ huyện,"Phòng Văn hoá và Thông tin huyện; Các cơ quan, đơn vị; UBND các xã, thị trấn",month,,2024-12,Hoàn thành trước tháng 12\/2024,"Bố trí, sắp xếp/);
  });

  it('prints a readable table', () => {
    const out = tasks('--format', 'table', '--agency', 'Sở Nội vụ', SEEDS);
    expect(out).toMatch(/^Sở Nội vụ — 5 assignments\n {2}ROLE +DEADLINE +DOCUMENT +SECTION +TASK\n/);
    expect(out).toContain('  chủ trì ');
    expect(out).toContain('  phối hợp ');
  });

  it('says so when nothing matches, and exits 2 for a file it cannot read', () => {
    const none = spawnSync(BIN, ['tasks', '--format', 'table', '--agency', 'Bộ Quốc phòng', SEEDS], { encoding: 'utf8' });
    expect(none.status).toBe(0);
    expect(none.stderr).toBe('vbhc: no assignments for "Bộ Quốc phòng"\n');
    const missing = spawnSync(BIN, ['tasks', '--format', 'json', join(SEEDS, 'missing.txt'), join(SEEDS, '000_7af816a1aff8bd06.txt')], { encoding: 'utf8' });
    expect(missing.status).toBe(2);
    expect(JSON.parse(missing.stdout).length).toBeGreaterThan(0);
  });

  it('rejects an unknown format', () => {
    const run = spawnSync(BIN, ['tasks', '--format', 'xml', SEEDS], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('xml');
  });
});
