import { describe, expect, it } from 'vitest';
import { type Resolvable, resolveCitations } from '../../src/citations/resolve.js';

const item = (fields: Partial<Resolvable>): Resolvable => ({
  type: 'Chỉ thị',
  number: '07/CT-TTg',
  style: 'state',
  sequence: 7,
  named: false,
  date: null,
  aliasKey: null,
  declaredBy: null,
  ...fields,
});

describe('resolveCitations', () => {
  it('makes a later mention without date short, pointing at the first citation of that number', () => {
    const resolved = resolveCitations([item({ date: '2023-03-21' }), item({}), item({ date: '2023-03-21' }), item({})]);
    expect(resolved.map((r) => [r.kind, r.refersTo, r.resolvedBy])).toEqual([
      ['full', null, null],
      ['short', 0, 'number'],
      ['full', null, null],
      ['short', 0, 'number'],
    ]);
  });

  it('leaves a short form unresolved when earlier citations of its number carry different dates', () => {
    const resolved = resolveCitations([item({ date: '2023-03-21' }), item({ date: '2012-03-05' }), item({})]);
    expect(resolved[2]).toEqual({ kind: 'short', refersTo: null, resolvedBy: null });
  });

  it('matches numbers without regard to case, and only within the same type word', () => {
    const resolved = resolveCitations([item({ date: '2023-03-21' }), item({ number: '07/CT-TTG' }), item({ type: 'Công văn' })]);
    expect(resolved[1]).toMatchObject({ kind: 'short', refersTo: 0 });
    expect(resolved[2]).toMatchObject({ kind: 'full', refersTo: null });
  });

  it('resolves a bare sequence through its alias, else through the one earlier number with that sequence', () => {
    const declaring = item({ type: 'Quyết định', number: '765/QĐ-BTTTT', sequence: 765, date: '2023-04-28', aliasKey: 'Quyết định|765' });
    const bare = item({ type: 'Quyết định', number: '765', style: 'bare', sequence: 765 });
    expect(resolveCitations([declaring, bare])[1]).toEqual({ kind: 'short', refersTo: 0, resolvedBy: 'alias' });
    expect(resolveCitations([{ ...declaring, aliasKey: null }, bare])[1]).toEqual({ kind: 'short', refersTo: 0, resolvedBy: 'sequence' });
    const other = item({ type: 'Quyết định', number: '765/QĐ-UBND', sequence: 765, date: '2020-01-01' });
    expect(resolveCitations([{ ...declaring, aliasKey: null }, other, bare])[2]).toEqual({ kind: 'short', refersTo: null, resolvedBy: null });
    expect(resolveCitations([bare])[0]).toEqual({ kind: 'short', refersTo: null, resolvedBy: null });
  });

  it('never resolves an alias declared twice for different citations', () => {
    const first = item({ type: 'Quyết định', number: '1/QĐ-A', sequence: 1, date: '2020-01-01', aliasKey: 'Quyết định|1' });
    const second = item({ type: 'Quyết định', number: '1/QĐ-B', sequence: 1, date: '2021-01-01', aliasKey: 'Quyết định|1' });
    const bare = item({ type: 'Quyết định', number: '1', style: 'bare', sequence: 1 });
    expect(resolveCitations([first, second, bare])[2]).toEqual({ kind: 'short', refersTo: null, resolvedBy: null });
  });

  it('points a citation inside a declaration at the citation that declares it; keeps laws named', () => {
    const resolved = resolveCitations([item({ date: '2023-03-21' }), item({ declaredBy: 0 }), item({ type: 'Luật', number: null, named: true })]);
    expect(resolved.slice(1)).toEqual([
      { kind: 'short', refersTo: 0, resolvedBy: 'alias' },
      { kind: 'named', refersTo: null, resolvedBy: null },
    ]);
  });
});
