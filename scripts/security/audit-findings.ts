/**
 * Reads `npm audit --json` (report version 2, npm 7 and later) and sorts its high and critical
 * advisories into those a reviewed ignore list explains (audit-ignore.json) and those that must
 * fail the build. Pure, so the rules are unit-tested without the registry.
 */

/** One advisory against one package, as `npm audit` lists it in a vulnerability's `via`. */
export interface Advisory {
  /** GitHub advisory address, e.g. https://github.com/advisories/GHSA-xxxx-xxxx-xxxx. */
  url: string;
  /** npm's numeric id for it (`source`). */
  id: number;
  package: string;
  severity: string;
  title: string;
  /** Affected versions. */
  range: string;
}

/** An advisory someone has read and found not to affect Onward, with why and when. */
export interface IgnoreEntry {
  /** The advisory's GitHub address or npm's numeric id. */
  advisory: string;
  package: string;
  reason: string;
  /** ISO date (YYYY-MM-DD) of the review. */
  reviewed: string;
}

/** `npm audit` gave no report: the registry (or its advisory service) could not be reached. */
export class AuditUnavailable extends Error {}

const failingSeverities = new Set(['high', 'critical']);

/** Every advisory in a report, once each. Throws AuditUnavailable for an error instead of a report. */
export function advisoriesIn(report: unknown): Advisory[] {
  const r = report as { vulnerabilities?: Record<string, { via?: unknown[] }>; error?: { code?: string; summary?: string }; message?: string };
  if (!r || typeof r !== 'object' || r.error || typeof r.vulnerabilities !== 'object' || r.vulnerabilities === null) {
    const why = r?.message || r?.error?.summary || r?.error?.code || 'no report in its output';
    throw new AuditUnavailable(why);
  }
  const found = new Map<string, Advisory>();
  for (const vulnerability of Object.values(r.vulnerabilities)) {
    for (const via of vulnerability.via ?? []) {
      // A string names another vulnerable package; its advisories are listed under that package.
      if (typeof via !== 'object' || via === null) continue;
      const v = via as { source: number; name: string; title: string; url: string; severity: string; range: string };
      found.set(`${v.source} ${v.name}`, { url: v.url, id: v.source, package: v.name, severity: v.severity, title: v.title, range: v.range });
    }
  }
  return [...found.values()];
}

/** The ignore list, checked: every entry must say what, for which package, why, and when. */
export function readIgnoreList(json: unknown, today = new Date()): IgnoreEntry[] {
  const list = (json as { ignore?: unknown })?.ignore;
  if (!Array.isArray(list)) throw new Error('audit-ignore.json: "ignore" must be a list');
  return list.map((entry, i) => {
    const e = entry as Partial<IgnoreEntry>;
    const problems = [
      !(typeof e.advisory === 'string' && /^(https:\/\/github\.com\/advisories\/GHSA(-[0-9a-z]{4}){3}|\d+)$/.test(e.advisory)) && 'advisory (a GHSA address or npm id)',
      !(typeof e.package === 'string' && e.package) && 'package',
      !(typeof e.reason === 'string' && e.reason.trim().length >= 20) && 'reason (why it cannot affect Onward)',
      !(typeof e.reviewed === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(e.reviewed) && new Date(e.reviewed) <= today) && 'reviewed (the date, YYYY-MM-DD)'
    ].filter(Boolean);
    if (problems.length) throw new Error(`audit-ignore.json entry ${i + 1}: missing or wrong ${problems.join(', ')}`);
    return e as IgnoreEntry;
  });
}

const matches = (entry: IgnoreEntry, advisory: Advisory) =>
  entry.package === advisory.package && (entry.advisory === advisory.url || entry.advisory === String(advisory.id));

/**
 * High and critical advisories, split into the ones that fail the build and the ones the ignore
 * list explains; `stale` are entries that match nothing any more (to be removed).
 */
export function triage(advisories: readonly Advisory[], ignore: readonly IgnoreEntry[]) {
  const serious = advisories.filter((a) => failingSeverities.has(a.severity));
  const ignored = serious.flatMap((advisory) => {
    const entry = ignore.find((e) => matches(e, advisory));
    return entry ? [{ advisory, entry }] : [];
  });
  const failing = serious.filter((a) => !ignore.some((e) => matches(e, a)));
  const stale = ignore.filter((e) => !advisories.some((a) => matches(e, a)));
  return { failing, ignored, stale };
}
