/** The dataset file an import writes, and the line that sums the import up. */
import type { DataIssue, DatasetSource, DirectoryDataset, DirectoryService } from '../model';

/** Wraps imported services as an Onward dataset (`data/schema/dataset.schema.json`). */
export function toDataset(name: string, source: DatasetSource, services: DirectoryService[]): DirectoryDataset {
  return { format: 'onward-directory', version: 1, name, source, services };
}

/** "12 services imported, 3 errors, 5 warnings" (errors are dropped values, reported above it; whether anything is written is decided after the field report). */
export function importSummary(services: number, issues: readonly DataIssue[]): string {
  const errors = issues.filter((issue) => issue.level === 'error').length;
  const warnings = issues.length - errors;
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${count(services, 'service')} imported, ${count(errors, 'error')}, ${count(warnings, 'warning')}`;
}

/** What `--id-prefix` accepts: short, and safe in a URL and a file name. */
export const idPrefixPattern = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,39}$/;

/**
 * The services with `prefix` before every service, place and organisation id, so two feeds that
 * both number their records from 1 can be built together (`data:check` refuses shared ids).
 */
export function withIdPrefix(services: readonly DirectoryService[], prefix: string): DirectoryService[] {
  return services.map((service) => ({
    ...service,
    id: `${prefix}${service.id}`,
    ...(service.organization ? { organization: { ...service.organization, id: `${prefix}${service.organization.id}` } } : {}),
    locations: service.locations.map((place) => ({ ...place, id: `${prefix}${place.id}` }))
  }));
}
