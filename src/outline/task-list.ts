import type { ParsedFile, VbhcDocument } from '../model/document.js';
import type { Agency, Assignment } from '../model/outline.js';
import { agencyKey, keyMatches } from './agency-key.js';

export type Role = 'lead' | 'cooperating';

/** One agency's part in one assignment. */
export interface AgencyTask {
  agency: Agency;
  role: Role;
  file: string;
  document: Pick<VbhcDocument, 'number' | 'type' | 'subject'>;
  assignment: Assignment;
}

/** Everything asked of one agency, under its normalized key. */
export interface AgencyTasks {
  key: string;
  /** The most frequent written form, capitalized. */
  name: string;
  /** Every written form, most frequent first. */
  names: string[];
  tasks: AgencyTask[];
}

function mostFrequentFirst(names: string[]): string[] {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)!);
}

function* agencyTasks(files: readonly ParsedFile[]): Generator<AgencyTask> {
  for (const file of files) {
    for (const document of file.documents) {
      const about = { number: document.number, type: document.type, subject: document.subject };
      for (const assignment of document.assignments) {
        const base = { file: file.file, document: about, assignment };
        for (const agency of assignment.leadAgencies) yield { ...base, agency, role: 'lead' };
        for (const agency of assignment.cooperatingAgencies) yield { ...base, agency, role: 'cooperating' };
      }
    }
  }
}

/**
 * The assignments of many documents grouped by agency (lead and cooperating alike), sorted
 * by name; with `query`, only agencies whose normalized name begins with the query's
 * ("Sở Tư pháp" finds "Sở TP" and "Sở Tư pháp tỉnh").
 */
export function tasksByAgency(files: readonly ParsedFile[], query?: string): AgencyTasks[] {
  const wanted = query === undefined ? null : agencyKey(query);
  const groups = new Map<string, AgencyTask[]>();
  for (const task of agencyTasks(files)) {
    if (wanted !== null && !keyMatches(task.agency.key, wanted)) continue;
    const group = groups.get(task.agency.key);
    if (group) group.push(task);
    else groups.set(task.agency.key, [task]);
  }
  return [...groups]
    .map(([key, tasks]) => {
      const names = mostFrequentFirst(tasks.map((task) => task.agency.text));
      const name = names[0]!;
      return { key, name: name.charAt(0).toUpperCase() + name.slice(1), names, tasks };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}
