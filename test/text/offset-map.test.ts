import { describe, expect, it } from 'vitest';
import { TextBuilder } from '../../src/text/offset-map.js';

describe('OffsetMap', () => {
  it('maps copied runs one to one and replaced runs to their whole source range', () => {
    const source = 'ab**cd**  ef';
    const builder = new TextBuilder(source);
    builder.copy(0, 2);
    builder.replace(2, 4, '');
    builder.copy(4, 6);
    builder.replace(6, 10, ' ');
    builder.copy(10, 12);
    const { text, map } = builder.build();
    expect(text).toBe('abcd ef');
    expect(map.toSource(2, 'start')).toBe(4);
    expect(map.toSource(4, 'end')).toBe(6);
    expect(map.toSource(4, 'start')).toBe(6);
    expect(map.toSource(5, 'end')).toBe(10);
    expect(map.toSource(5, 'start')).toBe(10);
    expect(map.toSource(7, 'end')).toBe(12);
  });
});
