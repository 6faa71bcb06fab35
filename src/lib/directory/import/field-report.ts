/**
 * The field report an import prints and writes beside its output: for each field (service,
 * phone, address, …), how many source records had it, how many kept it, and for each loss the
 * reason, grouped, with the record ids. A field present in the source and lost for more than
 * {@link lossLimit} of its records fails the import unless the deployer accepts the losses.
 */
import type { DataIssue } from '../model';
import { textOf } from './feed-values';
import type { ImportLedger } from './merge-services';
import { fieldOfIssue, fieldsIn, fieldsKept, reportFields, type ReportField } from './source-fields';

/** More than this share of a field's records lost is an error. */
export const lossLimit = 0.1;

export interface LossReason {
  reason: string;
  count: number;
  ids: string[];
}

export interface FieldLine {
  field: ReportField;
  in: number;
  kept: number;
  dropped: number;
  /** Records left out on purpose (inactive, defunct): not a loss. Only on `service`. */
  leftOut: number;
  reasons: LossReason[];
  /** More than the loss limit was lost. */
  overLimit: boolean;
}

export interface FieldReport {
  fields: FieldLine[];
  sharedIds: ImportLedger['sharedIds'];
  /** Notes on how the input was read (encodings converted, files not read). */
  notes: string[];
}

const notRead = 'not read: the feed holds it where Onward does not look';

/** Counts every field of every source record against what was kept, with the reasons from `issues`. */
export function fieldReport(ledger: ImportLedger, issues: readonly DataIssue[], notes: readonly string[] = []): FieldReport {
  const tally = new Map<ReportField, { in: number; kept: number; leftOut: number; reasons: Map<string, LossReason> }>(
    reportFields.map((field) => [field, { in: 0, kept: 0, leftOut: 0, reasons: new Map() }])
  );
  const lose = (field: ReportField, reason: string, id: string) => {
    const reasons = tally.get(field)!.reasons;
    const entry = reasons.get(reason) ?? { reason, count: 0, ids: [] };
    entry.count++;
    if (!entry.ids.includes(id)) entry.ids.push(id);
    reasons.set(reason, entry);
  };
  const byId = issuesById(issues);

  for (const { service, raws } of ledger.kept) {
    const present = new Set(raws.flatMap((raw) => [...fieldsIn(raw)]));
    const kept = fieldsKept(service);
    for (const field of present) {
      const line = tally.get(field)!;
      line.in++;
      if (kept.has(field)) line.kept++;
      else lose(field, reasonFor(field, byId.get(service.id) ?? []), service.id);
    }
  }
  for (const record of ledger.skipped) {
    const line = tally.get('service')!;
    line.in++;
    const id = record.id ?? textOf(record.raw.name) ?? '(no id)';
    if (record.outcome === 'left-out') line.leftOut++;
    else lose('service', groupable(record.reason ?? notRead), id);
  }

  const fields = reportFields.map((field): FieldLine => {
    const line = tally.get(field)!;
    const reasons = [...line.reasons.values()].sort((a, b) => b.count - a.count);
    const dropped = line.in - line.kept - line.leftOut;
    return { field, in: line.in, kept: line.kept, dropped, leftOut: line.leftOut, reasons, overLimit: dropped > 0 && dropped / (line.in - line.leftOut) > lossLimit };
  });
  return { fields, sharedIds: ledger.sharedIds, notes: [...notes] };
}

function issuesById(issues: readonly DataIssue[]): Map<string, DataIssue[]> {
  const map = new Map<string, DataIssue[]>();
  for (const issue of issues) map.set(issue.id, [...(map.get(issue.id) ?? []), issue]);
  return map;
}

/** The reason a field was lost: the record's first error about it, else its first warning, else "not read". */
function reasonFor(field: ReportField, issues: readonly DataIssue[]): string {
  const about = issues.filter((issue) => fieldOfIssue(issue.field) === field);
  const issue = about.find((i) => i.level === 'error') ?? about[0];
  return issue ? groupable(issue.problem) : notRead;
}

/** A problem without its particular values, so the same kind of loss groups as one reason. */
export function groupable(problem: string): string {
  return problem
    .replace(/"[^"]*"/g, '"…"')
    .replace(/\b(latitude|longitude) -?\d+(\.\d+)?/g, '$1 …')
    .replace(/\bhas \d+ digits/g, 'has … digits')
    .replace(/^\d+ characters/, '… characters');
}

/** The fields lost beyond the limit, as "phone (82 of 82)". */
export function overLimit(report: FieldReport): string[] {
  return report.fields.filter((line) => line.overLimit).map((line) => `${line.field} (${line.dropped} of ${line.in - line.leftOut} lost)`);
}

const idsShown = 10;

/** The report as printed: one line per field present in the source, then shared ids. */
export function formatFieldReport(report: FieldReport): string[] {
  const width = Math.max(...reportFields.map((f) => f.length));
  const lines = ['Field report (records that had each field in the feed, and what Onward kept):'];
  for (const line of report.fields) {
    if (line.in === 0) continue;
    const parts = [`${line.in} in`, `${line.kept} kept`];
    if (line.leftOut > 0) parts.push(`${line.leftOut} left out (inactive or defunct)`);
    if (line.dropped > 0) parts.push(`${line.dropped} dropped${line.overLimit ? ' (over 10 %: error)' : ''}`);
    const reasons = line.reasons.map((r) => `"${r.reason}" ×${r.count} (${idList(r.ids)})`);
    lines.push(`  ${line.field.padEnd(width)}  ${parts.join(', ')}${reasons.length ? `: ${reasons.join('; ')}` : ''}`);
  }
  const absent = report.fields.filter((line) => line.in === 0).map((line) => line.field);
  if (absent.length > 0) lines.push(`  not in this feed: ${absent.join(', ')}`);
  for (const shared of report.sharedIds)
    lines.push(`  id ${shared.id} is used by ${1 + shared.identical + shared.different} records (${shared.identical} exact copies read once, ${shared.different} different records dropped)`);
  for (const note of report.notes) lines.push(`  note: ${note}`);
  return lines;
}

function idList(ids: readonly string[]): string {
  const shown = ids.slice(0, idsShown).join(', ');
  return `${ids.length === 1 ? 'id' : 'ids'} ${shown}${ids.length > idsShown ? ` and ${ids.length - idsShown} more` : ''}`;
}
