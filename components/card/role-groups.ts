/** A person's roles across many reports, one row per distinct role: "Prime minister · 12 reports, Aug–Dec 1996". */
import type { Entity, ReportedRole } from '../../lib/knowledge/schema';
import { countLabel } from '../shared/countLabel';

export interface RoleGroup {
  /** The spelling most reports used (the newest on a tie), without a leading article and with a capital. */
  description: string;
  /** The reports that gave this role; one per source. */
  roles: ReportedRole[];
  /** The newest dated report, or null when none is dated. */
  newest: string | null;
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const LEADING_ARTICLE = /^(?:the|a|an)\s+/i;

/** "the Prime Minister" and "prime minister" are one role. */
export function roleKey(description: string): string {
  return description.normalize('NFC').trim().replace(/\s+/g, ' ').replace(LEADING_ARTICLE, '').toLowerCase();
}

/** "the prime minister" → "Prime minister": a row's label, as a heading. */
export function roleLabel(description: string): string {
  const bare = description.trim().replace(/\s+/g, ' ').replace(LEADING_ARTICLE, '');
  return bare.charAt(0).toUpperCase() + bare.slice(1);
}

const newer = (a: string | null, b: string | null) => (a ?? '') > (b ?? '');

/** Every role of the entity grouped by role, the group reported most recently first. */
export function groupRoles(entity: Pick<Entity, 'roles'>): RoleGroup[] {
  const byKey = new Map<string, ReportedRole[]>();
  for (const role of entity.roles ?? []) {
    const key = roleKey(role.description);
    byKey.set(key, [...(byKey.get(key) ?? []), role]);
  }
  const groups = [...byKey.values()].map((roles): RoleGroup => {
    const newest = roles.reduce<string | null>((latest, role) => (newer(role.date, latest) ? role.date : latest), null);
    return { description: roleLabel(mostUsedSpelling(roles)), roles, newest };
  });
  return groups.sort((a, b) => (b.newest ?? '').localeCompare(a.newest ?? '') || b.roles.length - a.roles.length);
}

function mostUsedSpelling(roles: ReportedRole[]): string {
  const tally = new Map<string, { count: number; newest: string }>();
  for (const role of roles) {
    const seen = tally.get(role.description) ?? { count: 0, newest: '' };
    seen.count++;
    if ((role.date ?? '') >= seen.newest) seen.newest = role.date ?? '';
    tally.set(role.description, seen);
  }
  let best = roles[0].description;
  for (const [spelling, seen] of tally) {
    const top = tally.get(best)!;
    if (seen.count > top.count || (seen.count === top.count && seen.newest > top.newest)) best = spelling;
  }
  return best;
}

/** "Aug–Dec 1996", "Dec 1996–Feb 1997", "Aug 1996", "19 Aug 1996"; null when no date is known. */
export function dateSpan(dates: readonly (string | null)[]): string | null {
  const days = dates.flatMap((date) => (date && ISO_DAY.test(date) ? [date] : [])).sort();
  if (days.length === 0) return null;
  const [first, last] = [ISO_DAY.exec(days[0])!, ISO_DAY.exec(days[days.length - 1])!];
  const month = (match: RegExpExecArray) => SHORT_MONTHS[Number(match[2]) - 1] ?? '';
  if (first[0] === last[0]) return `${Number(first[3])} ${month(first)} ${first[1]}`;
  if (first[1] !== last[1]) return `${month(first)} ${first[1]}–${month(last)} ${last[1]}`;
  if (first[2] === last[2]) return `${month(first)} ${first[1]}`;
  return `${month(first)}–${month(last)} ${first[1]}`;
}

/** "12 reports, Aug–Dec 1996", or "3 reports" when none is dated. */
export function reportsSummary(group: RoleGroup): string {
  const span = dateSpan(group.roles.map((role) => role.date));
  const count = countLabel(group.roles.length, 'report');
  return span ? `${count}, ${span}` : count;
}
