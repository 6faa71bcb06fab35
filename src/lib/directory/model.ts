/**
 * Onward's normalised directory dataset: the shape every importer writes to `data/*.json`,
 * `npm run data:check` validates (schema in `data/schema/dataset.schema.json`) and
 * `npm run data:build` compiles into offline shards.
 *
 * Field names are HSDS 3.0 / Open Referral UK names wherever HSDS has the field, so a deployer
 * can read a dataset next to the standard. Onward adds only what HSDS lacks: its own category
 * and attribute codes, the `national` and `demo` flags, a source link for real national numbers
 * (and whether it was read live), the UK nations a service is for, and the IANA time zone beside
 * HSDS's numeric `timezone` (a number cannot follow GMT/BST).
 */

/** HSDS 3.0 service status enum. */
export type ServiceStatus = 'active' | 'inactive' | 'defunct' | 'temporarily closed';

export const serviceStatuses: readonly ServiceStatus[] = ['active', 'inactive', 'defunct', 'temporarily closed'];

export interface DirectoryDataset {
  format: 'onward-directory';
  version: 1;
  /** Human-readable name of the dataset, for notes and logs. */
  name: string;
  source?: DatasetSource;
  services: DirectoryService[];
}

export interface DatasetSource {
  kind: 'hsds-json' | 'hsds-csv' | 'oruk-api' | 'authored' | 'synthetic';
  /** File path or URL the data came from. */
  ref: string;
  /** ISO date-time of the import. */
  imported_at?: string;
  licence?: string;
  /**
   * Where people report wrong information ("Report wrong information" on a service page): the
   * e-mail address of whoever maintains the dataset. Set by the deployer; absent, the page says
   * to tell the service instead.
   */
  contact_email?: string;
}

export interface DirectoryService {
  id: string;
  name: string;
  alternate_name?: string;
  description?: string;
  organization?: Organization;
  url?: string;
  email?: string;
  status: ServiceStatus;
  eligibility_description?: string;
  minimum_age?: number;
  maximum_age?: number;
  application_process?: string;
  fees_description?: string;
  /** Short-term alert ("Closed on bank holidays"). */
  alert?: string;
  /** When the information was last checked: shown to people as "last checked". */
  assured_date?: string;
  /** When the record last changed. Never shown as "checked": a save bumps it (ohana-web-search#571). */
  last_modified?: string;
  /** Languages the service works in, as names or ISO codes as the feed gave them. */
  languages?: string[];
  phones: Phone[];
  schedules: Schedule[];
  locations: ServiceLocation[];
  /** Onward category codes from `data/taxonomy.json` (e.g. `drugs-alcohol`). */
  categories: string[];
  /** Onward yes/no attribute codes from `data/taxonomy.json` (e.g. `walk-in`). */
  attributes: string[];
  /**
   * The feed's own taxonomy terms ("Mental health", "Food Pantry"), as it named them: searchable
   * and shown as keywords, whether or not they map to an Onward category.
   */
  keywords?: string[];
  /** Shown everywhere with no distance (helplines). */
  national?: boolean;
  /** Fictional record: the UI badges it as demo data. */
  demo?: boolean;
  /** Where a real national number was checked (required for `national` records). */
  source_url?: string;
  /**
   * Whether `source_url` was read on the live web page. Absent means false: Onward's research read
   * saved copies of the pages (content.md), so pages say so until someone checks the live page.
   */
  source_checked_live?: boolean;
  /**
   * The UK nations the service is for, when its source says so. Absent means not stated: the app
   * then says nothing about where it works rather than guess "UK-wide" (issue 15, point 9).
   */
  nations?: Nation[];
}

/** UK nation codes for `nations` (the order the app lists them in: `nations` in ui/helpline-facts.ts). */
export type Nation = 'england' | 'scotland' | 'wales' | 'northern-ireland';

export interface Organization {
  id: string;
  name: string;
  website?: string;
}

export interface Phone {
  number: string;
  extension?: string;
  /** HSDS phone type: voice, text, fax, cell, video, pager, textphone. */
  type?: string;
  description?: string;
}

/** A service at one place: HSDS `service_at_location` joined with its `location`. */
export interface ServiceLocation {
  id: string;
  name?: string;
  /** WGS84; absent when the feed had none or they were out of range. */
  latitude?: number;
  longitude?: number;
  address?: Address;
  transportation?: string;
  accessibility?: string[];
  /** Hours at this place when they differ from the service's. */
  schedules?: Schedule[];
  phones?: Phone[];
}

export interface Address {
  address_1: string;
  address_2?: string;
  city?: string;
  region?: string;
  postal_code?: string;
  country?: string;
}

/** HSDS 3.0 weekday codes as used in `byday`. */
export type Weekday = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';

export const weekdays: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/**
 * One HSDS 3.0 schedule row (older ORUK `regular_schedules` and `holiday_schedules` are converted
 * to this). Times are local wall-clock times in `timezone_name`.
 */
export interface Schedule {
  freq?: 'WEEKLY' | 'MONTHLY';
  interval?: number;
  /** `MO,TU` for WEEKLY; `1SA`, `-1FR` for MONTHLY. */
  byday?: string;
  /** `1,15` for MONTHLY. */
  bymonthday?: string;
  /** `HH:MM` (24 h). */
  opens_at?: string;
  closes_at?: string;
  /** ISO dates (inclusive). */
  valid_from?: string;
  valid_to?: string;
  dtstart?: string;
  until?: string;
  description?: string;
  attending_type?: string;
  notes?: string;
  /** HSDS numeric UTC offset, kept as the feed gave it. */
  timezone?: number;
  /** IANA zone the times are read in; always `Europe/London` for UK data. */
  timezone_name: string;
  /** An ORUK holiday closure: closed for the whole of valid_from..valid_to. */
  closed?: boolean;
}

/** A problem found in a record while importing or checking. */
export interface DataIssue {
  level: 'error' | 'warning';
  /** File or URL the record came from. */
  file: string;
  /** Service (or other record) id, or '-' when the record had none. */
  id: string;
  /** Dotted path of the field, e.g. `locations.0.latitude`. */
  field: string;
  problem: string;
}

/** `file › service id › field: problem`, the format `data:import` and `data:check` print. */
export function formatIssue(issue: DataIssue): string {
  return `${issue.file} › ${issue.id} › ${issue.field}: ${issue.problem}`;
}
