/** The dataset file an import writes, and the line that sums the import up. */
import type { DataIssue, DatasetSource, DirectoryDataset, DirectoryService } from '../model';

/** Wraps imported services as an Onward dataset (`data/schema/dataset.schema.json`). */
export function toDataset(name: string, source: DatasetSource, services: DirectoryService[]): DirectoryDataset {
  return { format: 'onward-directory', version: 1, name, source, services };
}

/** "12 services written, 3 errors, 5 warnings" (errors are dropped values, reported above it). */
export function importSummary(services: number, issues: readonly DataIssue[]): string {
  const errors = issues.filter((issue) => issue.level === 'error').length;
  const warnings = issues.length - errors;
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${count(services, 'service')} written, ${count(errors, 'error')}, ${count(warnings, 'warning')}`;
}
