import type { Assignment, Deadline } from '../model/outline.js';
import type { Range } from '../text/line-index.js';
import { addressedAgencies, type HeadingAgency, headingAgency, splitAgencies } from './agencies.js';
import { agencyKey } from './agency-key.js';
import { findDeadline, parseDeadline } from './deadlines.js';
import { type LabelKind, type LabelledLine, readLabelledLine } from './labelled-lines.js';
import { isTerminated } from './paragraph-shape.js';
import type { SectionNode } from './sections.js';

interface Labels {
  /** Every kind present, `undefined` until its first line: one object shape for all sections. */
  lines: Record<LabelKind, LabelledLine | undefined>;
  /** Items and paragraphs that are no labelled line: the work itself. */
  rest: string[];
}

/** "(có Kế hoạch gửi kèm theo).": a note to the reader, not work to do. */
const NOTE = /^\([^()]*\)\.?$/u;

function readLabels(node: SectionNode): Labels {
  const lines: Labels['lines'] = { lead: undefined, cooperating: undefined, timing: undefined, form: undefined };
  const rest: string[] = [];
  const read = (text: string) => {
    const line = readLabelledLine(text);
    if (line) lines[line.kind] ??= line;
    else if (!NOTE.test(text)) rest.push(text);
  };
  node.paragraphs.forEach(read);
  node.items.forEach(read);
  return { lines, rest };
}

/** Adds to `tasks` the work written in sections below an agency heading that are no assignments of their own. */
function addChildTasks(node: SectionNode, assigned: ReadonlySet<SectionNode>, tasks: string[]): void {
  for (const child of node.children) {
    if (assigned.has(child)) continue;
    if (child.title) tasks.push(child.title);
    tasks.push(...child.paragraphs, ...child.items);
    addChildTasks(child, assigned, tasks);
  }
}

function agencies(names: string[]) {
  return names.map((text) => ({ text, key: agencyKey(text) }));
}

function deadlineOf(timing: LabelledLine | undefined, tasks: string[]): Deadline | null {
  if (timing) return parseDeadline(timing.value);
  for (const task of tasks) {
    const found = findDeadline(task);
    if (found) return found;
  }
  return null;
}

/** The work a heading states itself; "3. UBND cấp tỉnh có trách nhiệm:" only introduces the work below it. */
function headingTasks(heading: HeadingAgency, node: SectionNode): string[] {
  if (!heading.task) return [];
  const hasWorkBelow = node.items.length > 0 || node.paragraphs.length > 0 || node.children.length > 0;
  const introduces = heading.task === node.title && !isTerminated(node.title) && hasWorkBelow;
  return introduces ? [] : [heading.task];
}

interface Draft {
  node: SectionNode;
  basis: Assignment['basis'];
  assignee: string | null;
  lead: string[];
  labels: Labels;
  ownTasks: string[];
}

/**
 * The assignment a section makes, if any. Labelled lines (Chủ trì / Phối hợp) make the
 * section's title and text the task; otherwise a title naming an agency makes that agency
 * the assignee and the section's items (or the title's own text) its tasks. In every case
 * the assignee is who is addressed, as written, and `lead` lists the agencies it names:
 * an agency addressed by a heading is the one in charge of its work.
 */
function draftOf(node: SectionNode): Draft | null {
  const labels = readLabels(node);
  const heading = headingAgency(node.title);
  const lead = labels.lines.lead;
  if (lead || labels.lines.cooperating) {
    const assignee = lead ? lead.value : (heading?.assignee ?? null);
    const ownTasks = heading ? headingTasks(heading, node) : node.title ? [node.title] : [];
    return { node, basis: 'labels', assignee, lead: assignee ? splitAgencies(assignee) : [], labels, ownTasks: [...ownTasks, ...labels.rest] };
  }
  const ownTasks = [...(heading ? headingTasks(heading, node) : []), ...labels.rest];
  // "1. Cơ quan nhà nước." in a list of who a law applies to asks nothing of anyone.
  if (!heading || (ownTasks.length === 0 && node.children.length === 0)) return null;
  return {
    node,
    basis: 'heading',
    assignee: heading.assignee,
    lead: heading.agencies,
    labels,
    ownTasks,
  };
}

/** A numbered point with no agency of its own, under "... đề nghị các cơ quan báo chí ... nội dung sau:". */
function leadInDraft(node: SectionNode): Draft | null {
  const addressed = node.leadIn ? addressedAgencies(node.leadIn) : null;
  if (!addressed) return null;
  const labels = readLabels(node);
  const ownTasks = [...(node.title ? [node.title] : []), ...labels.rest];
  return { node, basis: 'lead-in', assignee: addressed.assignee, lead: addressed.agencies, labels, ownTasks };
}

function collectDrafts(nodes: SectionNode[], drafts: Draft[]): void {
  for (const node of nodes) {
    const start = drafts.length;
    const draft = draftOf(node);
    if (draft) drafts.push(draft);
    collectDrafts(node.children, drafts);
    const addressed = drafts.length === start ? leadInDraft(node) : null;
    if (addressed) drafts.splice(start, 0, addressed);
  }
}

/** The assignments made in a section tree, in document order. */
export function readAssignments(roots: SectionNode[], positionOf: (node: SectionNode) => Range): Assignment[] {
  const drafts: Draft[] = [];
  collectDrafts(roots, drafts);
  const assigned = new Set(drafts.map((draft) => draft.node));
  return drafts.map(({ node, basis, assignee, lead, labels, ownTasks }) => {
    const tasks = [...ownTasks];
    addChildTasks(node, assigned, tasks);
    const cooperating = labels.lines.cooperating ? splitAgencies(labels.lines.cooperating.value) : [];
    return {
      section: node.path,
      assignee,
      lead,
      cooperating,
      deadline: deadlineOf(labels.lines.timing, tasks),
      tasks,
      position: positionOf(node),
      basis,
      leadAgencies: agencies(lead),
      cooperatingAgencies: agencies(cooperating),
      timing: labels.lines.timing?.value ?? null,
      form: labels.lines.form?.value ?? null,
    };
  });
}
