/** What the card of a short form several people share ("Clinton") says about each of them. Pure, tested as tables. */
import type { Entity, KnowledgeBase } from '../../lib/knowledge/schema';
import { countLabel } from '../shared/countLabel';
import { formatDay } from '../shared/format';
import { TYPE_LABELS } from '../shared/TypeIcon';
import { roleLabel } from './role-groups';

/** One person the short form may mean, with the card knowledge fetched for them. */
export interface Candidate {
  entity: Entity;
  knowledge: KnowledgeBase;
}

export interface CandidateSummary {
  id: string;
  name: string;
  /** The role of their newest report, as a label ("First lady"), or the entity type when none was reported. */
  role: string;
  /** The newest report's day (ISO), or null when no report is dated. */
  newest: string | null;
  /** Every source that reported on them. */
  reports: number;
}

const latest = (dates: readonly (string | null | undefined)[]): string | null =>
  dates.reduce<string | null>((best, date) => (date && date > (best ?? '') ? date : best), null);

export function summarizeCandidate({ entity, knowledge }: Candidate): CandidateSummary {
  const roles = [...(entity.roles ?? [])].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  const newestRole = roles.at(-1)?.description ?? entity.description;
  const own = new Set(entity.sourceIds);
  const newest = latest([
    ...roles.map((role) => role.date),
    ...knowledge.sources.filter((source) => own.has(source.id)).map((source) => source.date),
  ]);
  return {
    id: entity.id,
    name: entity.name,
    role: newestRole ? roleLabel(newestRole) : TYPE_LABELS[entity.type],
    newest,
    reports: entity.sourceIds.length,
  };
}

/** Most recently reported first, then the most reported, then by name. */
export function summarizeCandidates(candidates: readonly Candidate[]): CandidateSummary[] {
  return candidates
    .map(summarizeCandidate)
    .sort(
      (a, b) => (b.newest ?? '').localeCompare(a.newest ?? '') || b.reports - a.reports || a.name.localeCompare(b.name),
    );
}

/** "President · 12 reports, newest 18 December 1996" */
export function candidateDetail(summary: CandidateSummary): string {
  const day = formatDay(summary.newest);
  const reports = countLabel(summary.reports, 'report');
  return `${summary.role} · ${day ? `${reports}, newest ${day}` : reports}`;
}

/** "Clinton: 2 people" */
export function ambiguousTitle(shortForm: string, count: number): string {
  return `${shortForm}: ${countLabel(count, 'person', 'people')}`;
}

/**
 * The short form as the people's own aliases spell it ("Clinton" for a page's "CLINTON"), else as the page wrote it.
 */
export function shortFormOf(pageText: string, candidates: readonly Candidate[]): string {
  const wanted = pageText.trim().toLocaleLowerCase();
  const spellings = candidates.flatMap(({ entity }) => [entity.name, ...entity.aliases]);
  return spellings.find((spelling) => spelling.toLocaleLowerCase() === wanted) ?? pageText.trim();
}
