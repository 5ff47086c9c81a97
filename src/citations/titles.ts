import { provisionBefore, type ProvisionMatch } from './provision.js';
import type { Core } from './scan.js';
import { matchTitleAt, type TitleMatch } from './title.js';
import { SP } from './vocabulary.js';

/** What surrounds each core: the provision before it and the trích yếu after it. */
export interface Context {
  provision: ProvisionMatch | null;
  title: TitleMatch | null;
}

const LIST_JOINER = new RegExp(`(?:,|;|\\bvà|\\bhoặc|\\bhay)${SP}*$`, 'u');

/** Whether the citation starting at `pos` is the next item of a list (`...; Nghị định số`, `... và Nghị định số`). */
function joinsList(text: string, pos: number): boolean {
  return LIST_JOINER.test(text.slice(Math.max(0, pos - 12), pos));
}

/**
 * Provision and title of every core. A title may hold a nested citation (`về triển khai
 * thực hiện Chỉ thị số 07/CT-TTg ...`) but ends where the next list item starts
 * (`... biên chế công chức và Nghị định số 106/2020/NĐ-CP`).
 */
export function findContexts(text: string, cores: Core[]): Context[] {
  const provisions = cores.map((core, i) => provisionBefore(text, core.start, i > 0 ? cores[i - 1]!.end : 0));
  const starts = cores.map((core, i) => provisions[i]?.start ?? core.start);
  const nextItem: number[] = new Array<number>(cores.length);
  let limit = text.length;
  for (let i = cores.length - 1; i >= 0; i--) {
    nextItem[i] = limit;
    if (joinsList(text, starts[i]!)) limit = starts[i]!;
  }
  return cores.map((core, i) => ({
    provision: provisions[i]!,
    title: core.name ? null : matchTitleAt(text, core.end, nextItem[i]!),
  }));
}
