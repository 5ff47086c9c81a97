import { child, childValue, childrenNamed, type XmlElement } from './docx-xml.js';

/** One level of a Word list definition (`w:lvl`). */
interface Level {
  format: string;
  text: string;
  start: number;
  separator: string;
  /** `w:isLgl`: every number in the label is shown as decimal (`1.1.` under `I.`). */
  legal: boolean;
}

interface Instance {
  abstractId: string;
  /** `w:lvlOverride`: a start value or a whole level replaced for this instance. */
  starts: Map<number, number>;
  levels: Map<number, Level>;
}

/** Where a paragraph sits in a list: numbering instance (`w:numId`) and level (`w:ilvl`). */
export interface ListPlace {
  numId: string;
  level: number;
}

function readLevel(element: XmlElement): Level {
  const suffix = childValue(element, 'w:suff') ?? 'tab';
  const legal = child(element, 'w:isLgl');
  return {
    format: childValue(element, 'w:numFmt') ?? 'decimal',
    text: childValue(element, 'w:lvlText') ?? '',
    start: Number.parseInt(childValue(element, 'w:start') ?? '1', 10) || 0,
    separator: suffix === 'nothing' ? '' : ' ',
    legal: legal !== undefined && !['0', 'false', 'off'].includes(legal.attributes.get('w:val') ?? 'true'),
  };
}

function readLevels(element: XmlElement): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const level of childrenNamed(element, 'w:lvl')) {
    levels.set(Number.parseInt(level.attributes.get('w:ilvl') ?? '0', 10), readLevel(level));
  }
  return levels;
}

function letters(value: number, base: number): string {
  const letter = String.fromCharCode(base + ((value - 1) % 26));
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
}

const ROMAN: ReadonlyArray<[number, string]> = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
  [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];

function roman(value: number): string {
  let out = '';
  let rest = value;
  for (const [amount, digits] of ROMAN) {
    while (rest >= amount) {
      out += digits;
      rest -= amount;
    }
  }
  return out;
}

/** A counter value in a `w:numFmt` as Word shows it; unknown formats fall back to decimal. */
export function formatNumber(value: number, format: string): string {
  if (value < 1 && format !== 'decimal' && format !== 'decimalZero') return String(value);
  switch (format) {
    case 'decimalZero':
      return String(value).padStart(2, '0');
    case 'lowerLetter':
      return letters(value, 97);
    case 'upperLetter':
      return letters(value, 65);
    case 'lowerRoman':
      return roman(value);
    case 'upperRoman':
      return roman(value).toUpperCase();
    case 'none':
      return '';
    default:
      return String(value);
  }
}

/**
 * Word's list numbering, replayed paragraph by paragraph: definitions from numbering.xml,
 * counters per abstract list (instances of one list share them, as in Word), deeper levels
 * restarting under a new item, `w:startOverride` restarting a level where an instance begins.
 */
export class ListNumbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  /** `w:numStyleLink`: an abstract list that takes its levels from a numbering style's list. */
  private readonly styleLinks = new Map<string, string>();
  private readonly instances = new Map<string, Instance>();
  private readonly counters = new Map<string, Array<number | undefined>>();
  private readonly started = new Set<string>();

  /** `numberingStyles`: numbering style id → the `w:numId` its paragraph properties name. */
  constructor(numbering: XmlElement | undefined, private readonly numberingStyles: ReadonlyMap<string, string>) {
    const root = child(numbering, 'w:numbering');
    for (const abstract of childrenNamed(root, 'w:abstractNum')) {
      const id = abstract.attributes.get('w:abstractNumId') ?? '';
      this.abstracts.set(id, readLevels(abstract));
      const link = childValue(abstract, 'w:numStyleLink');
      if (link) this.styleLinks.set(id, link);
    }
    for (const num of childrenNamed(root, 'w:num')) {
      const starts = new Map<number, number>();
      const levels = new Map<number, Level>();
      for (const override of childrenNamed(num, 'w:lvlOverride')) {
        const level = Number.parseInt(override.attributes.get('w:ilvl') ?? '0', 10);
        const start = childValue(override, 'w:startOverride');
        if (start !== undefined) starts.set(level, Number.parseInt(start, 10) || 0);
        const redefined = child(override, 'w:lvl');
        if (redefined) levels.set(level, readLevel(redefined));
      }
      this.instances.set(num.attributes.get('w:numId') ?? '', { abstractId: childValue(num, 'w:abstractNumId') ?? '', starts, levels });
    }
  }

  /** The abstract list an instance draws on, following a numbering-style link once. */
  private abstractOf(instance: Instance): string {
    const link = this.styleLinks.get(instance.abstractId);
    const linkedNum = link ? this.numberingStyles.get(link) : undefined;
    const linked = linkedNum ? this.instances.get(linkedNum) : undefined;
    return linked && !this.styleLinks.has(linked.abstractId) ? linked.abstractId : instance.abstractId;
  }

  private levelOf(instance: Instance, abstractId: string, level: number): Level | undefined {
    return instance.levels.get(level) ?? this.abstracts.get(abstractId)?.get(level);
  }

  /**
   * The label Word shows before the next paragraph at `place` (`1.`, `1.1.`, `a)`, `II.`;
   * `-` for any bullet), with the space after it; null when the place names no list.
   */
  next(place: ListPlace): string | null {
    const instance = this.instances.get(place.numId);
    if (!instance) return null;
    const abstractId = this.abstractOf(instance);
    const level = this.levelOf(instance, abstractId, place.level);
    if (!level) return null;
    const counters = this.counters.get(abstractId) ?? [];
    this.counters.set(abstractId, counters);
    if (!this.started.has(place.numId)) {
      this.started.add(place.numId);
      for (const overridden of instance.starts.keys()) counters[overridden] = undefined;
    }
    const startOf = (depth: number) => instance.starts.get(depth) ?? this.levelOf(instance, abstractId, depth)?.start ?? 1;
    const current = counters[place.level];
    counters[place.level] = current === undefined ? startOf(place.level) : current + 1;
    counters.length = place.level + 1;
    if (level.format === 'bullet') return '- ';
    const label = level.text.replace(/%([1-9])/g, (_, digit: string) => {
      const depth = Number(digit) - 1;
      const depthLevel = this.levelOf(instance, abstractId, depth);
      const value = counters[depth] ?? startOf(depth);
      return formatNumber(value, level.legal ? 'decimal' : (depthLevel?.format ?? 'decimal'));
    });
    return label ? label + level.separator : '';
  }
}
