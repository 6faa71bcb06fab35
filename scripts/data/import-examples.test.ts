/**
 * Every example set in ../shared/oruk-examples/ imports with a field report whose counts match
 * what the source files hold. The expected numbers were counted from the files themselves, not
 * from the importer: CSV sets with Python's csv module (a service "has" a phone when a phones.csv
 * row names it, its service_at_location, one of its places or its organisation; inactive and
 * defunct services left out), JSON sets with jq over each service and its nested places. What is
 * expected to be lost is lost for a reason visible in the file: every example place has latitude
 * 100, and fail_service_full.json's link and e-mail are malformed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldReport, type FieldReport } from '../../src/lib/directory/import/field-report';
import { haveOrukExamples, orukExamplesDir } from '../../src/lib/directory/import/fixtures';
import { importHsdsJson } from '../../src/lib/directory/import/hsds-json';
import { importTabular } from '../../src/lib/directory/import/tabular';
import type { ReportField } from '../../src/lib/directory/import/source-fields';
import { readCsvFolder } from './read-csv-folder';

type Counts = Partial<Record<ReportField, [number, number]>>;

function reportOf(path: string): FieldReport {
  const full = join(orukExamplesDir, path);
  if (path.endsWith('.json')) {
    const { ledger, issues } = importHsdsJson(JSON.parse(readFileSync(full, 'utf8')), { file: path });
    return fieldReport(ledger, issues);
  }
  const { tables, notes } = readCsvFolder(full);
  const { ledger, issues } = importTabular(tables, { file: path });
  return fieldReport(ledger, issues, notes);
}

/** `field: [in, kept]` for every field with records; every other field must be absent (0 in). */
function expectCounts(report: FieldReport, counts: Counts): void {
  const actual = Object.fromEntries(report.fields.filter((line) => line.in > 0).map((line) => [line.field, [line.in, line.kept]]));
  expect(actual).toEqual(counts);
}

/** The HSDS 3.0 "Community Counselling" example, in full: everything kept but its place's latitude 100. */
const fullCounselling: Counts = {
  service: [1, 1],
  phone: [1, 1],
  address: [1, 1],
  position: [1, 0],
  organisation: [1, 1],
  schedule: [1, 1],
  website: [1, 1],
  email: [1, 1],
  term: [1, 1],
  age: [1, 1],
  eligibility: [1, 1],
  cost: [1, 1]
};
/** The UK-profile version: no phone and no eligibility text in it. */
const ukCounselling: Counts = { ...fullCounselling };
delete ukCounselling.phone;
delete ukCounselling.eligibility;
/** A list's summary record: no places, phones, hours or terms. */
const summary: Counts = { service: [1, 1], organisation: [1, 1], website: [1, 1], email: [1, 1], age: [1, 1], eligibility: [1, 1], cost: [1, 1] };

describe.skipIf(!haveOrukExamples)('field reports of the real Open Referral examples', () => {
  it('hsds1-datapackage: 13 services (3 inactive), 2 with a phone (one via its organisation), 1 placed, all with an organisation', () => {
    const report = reportOf('hsds1-datapackage');
    expectCounts(report, { service: [13, 10], phone: [2, 2], position: [1, 1], organisation: [10, 10], email: [1, 1] });
    expect(report.fields.find((line) => line.field === 'service')).toMatchObject({ leftOut: 3, dropped: 0 });
  });

  it('ohana-csv: 23 services (2 inactive), places by services.location_id, organisations through the place, keywords, fees', () => {
    const report = reportOf('ohana-csv');
    expectCounts(report, {
      service: [23, 21],
      phone: [21, 21],
      address: [21, 21],
      position: [21, 21],
      organisation: [21, 21],
      schedule: [3, 3],
      website: [2, 2],
      email: [1, 1],
      term: [21, 21],
      eligibility: [21, 21],
      cost: [21, 21]
    });
  });

  it.each(['hsds3/csv', 'hsds31/csv'])('%s: the tabular example (its attributes link to no service, so no term)', (path) => {
    const counts = { ...fullCounselling };
    delete counts.term;
    expectCounts(reportOf(path), counts);
  });

  it.each(['hsds3/service_full.json', 'hsds3/service_at_location_full.json', 'hsds3/organization_full.json', 'hsds31/service_full.json',
    'hsds31/service_at_location_full.json', 'hsds31/organization_full.json'])('%s: everything but the position', (path) => {
    const report = reportOf(path);
    expectCounts(report, fullCounselling);
    expect(report.fields.find((line) => line.field === 'position')?.reasons).toEqual([
      { reason: 'coordinates dropped, so the place is not on the map: latitude … is outside -90 to 90', count: 1, ids: ['ac148810-d857-441c-9679-408f346de14b'] }
    ]);
  });

  it.each(['hsds3/service_list.json', 'hsds31/service_list.json'])('%s: a list summary', (path) => expectCounts(reportOf(path), summary));

  it.each(['hsds3/service_at_location_list.json', 'hsds31/service_at_location_list.json'])('%s: a summary at one place', (path) =>
    expectCounts(reportOf(path), { ...summary, position: [1, 0] })
  );

  it.each(['uk-profile/service_full.json', 'uk-profile/service_at_location_full.json', 'uk-profile/organization_full.json',
    'oruk-validator-mocks/test_service_full.json', 'oruk-validator-mocks/test_organization_full.json', 'oruk-validator-mocks/fail_organization_full.json'])(
    '%s: the UK profile example', (path) => expectCounts(reportOf(path), ukCounselling)
  );

  it('oruk-validator-mocks/fail_service_full.json: its malformed link and e-mail are lost, with the reason', () => {
    const report = reportOf('oruk-validator-mocks/fail_service_full.json');
    expectCounts(report, { ...ukCounselling, website: [1, 0], email: [1, 0] });
    expect(report.fields.find((line) => line.field === 'website')?.reasons[0]?.reason).toBe('link dropped: "…" is not a full web address');
  });

  it.each(['oruk-validator-mocks/test_service_at_location_list.json', 'oruk-validator-mocks/fail_service_at_location_list.json'])('%s', (path) =>
    // Its only cost is the deprecated `fees` text ("fees_description"), still a cost.
    expectCounts(reportOf(path), { service: [1, 1], position: [1, 0], organisation: [1, 1], website: [1, 1], email: [1, 1], age: [1, 1], cost: [1, 1] })
  );

  it('oruk-validator-mocks/test_service_list.json: 128 records under one id, 88 of them distinct: 1 kept, 87 reported and dropped', () => {
    const report = reportOf('oruk-validator-mocks/test_service_list.json');
    expectCounts(report, { service: [88, 1], organisation: [1, 1], website: [1, 1], email: [1, 1], age: [1, 1], cost: [1, 1] });
    expect(report.sharedIds).toEqual([{ id: 'ac148810-d857-441c-9679-408f346de14b', identical: 40, different: 87 }]);
    expect(report.fields[0]?.overLimit).toBe(true);
  });

  it('oruk-validator-mocks/fail_service_list.json: 4 records without a name, none kept', () => {
    expectCounts(reportOf('oruk-validator-mocks/fail_service_list.json'), { service: [4, 0] });
  });

  it.each(['hsds3/location.json', 'hsds31/location.json', 'hsds31/base.json', 'hsds31/organization_list.json', 'hsds31/taxonomy.json',
    'hsds31/taxonomy_list.json', 'hsds31/taxonomy_term.json', 'hsds31/taxonomy_term_list.json'])('%s holds no service, and none is counted', (path) =>
    expectCounts(reportOf(path), {})
  );
});
