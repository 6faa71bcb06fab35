import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { fixturesDir, haveOrukExamples, orukExamplesDir, refusals, schemaErrors } from '../../src/lib/directory/import/fixtures';
import { fieldReport } from '../../src/lib/directory/import/field-report';
import { importTabular } from '../../src/lib/directory/import/tabular';
import { writeAtomic } from '../lib/write-atomic';
import { CsvReadError, readCsvFolder } from './read-csv-folder';

const temp = mkdtempSync(join(tmpdir(), 'onward-import-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const csvFixture = (name: string) => join(fixturesDir, name);
const exampleCsv = join(orukExamplesDir, 'hsds3', 'csv');

/** Runs the CLI as `npm run data:import` would, in this repo, and returns its exit code and output. */
const runImport = (...args: string[]) => runScript('scripts/data/import.ts', args);

/** Runs one of the data scripts with tsx, in this repo, with extra environment variables. */
async function runScript(script: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: join(import.meta.dirname, '..', '..'),
      env: { ...process.env, ...env }
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

describe('readCsvFolder + importTabular', () => {
  it.skipIf(!haveOrukExamples)('imports the HSDS 3.0 tabular example', () => {
    const { services, issues } = importTabular(readCsvFolder(exampleCsv).tables, { file: exampleCsv });
    expect(services).toHaveLength(1);
    expect(services[0]).toMatchObject({
      name: 'Community Counselling',
      organization: { name: 'Example Organization Inc.' },
      phones: [{ number: '+44 1234 234567', extension: '100' }],
      schedules: [{ byday: 'TH,FR', opens_at: '10:00', closes_at: '18:00' }],
      locations: [{ id: '3a19ff88-4620-4d17-9830-ac1d859eb5d5', address: { address_1: '1-30 Main Street' } }]
    });
    expect(services[0]?.locations[0]).not.toHaveProperty('latitude');
    expect(issues).toContainEqual(expect.objectContaining({ level: 'error', field: 'service_at_locations.0.location.latitude' }));
    expect(refusals(services)).toEqual([]);
  });

  it('imports a small folder, dropping a javascript: link, a bad phone, bad hours and broken coordinates', () => {
    const dir = csvFixture('csv-small');
    const { services, issues } = importTabular(readCsvFolder(dir).tables, { file: dir });
    expect(services.map((s) => [s.id, s.name])).toEqual([
      ['svc-drop-in', 'Example Recovery Drop-in'],
      ['svc-bad-link', 'Example Food Bank'],
      ['svc-bad-place', 'Example Housing Advice']
    ]);
    const [dropIn, food, housing] = services;
    expect(dropIn).toMatchObject({
      categories: ['drugs-alcohol'],
      attributes: ['walk-in'],
      schedules: [{ byday: 'MO,WE', opens_at: '09:30', closes_at: '16:00' }],
      locations: [{ id: 'loc-hub', latitude: 53.4808, longitude: -2.2426, address: { address_1: '1 Example Street', region: 'Greater Manchester' } }]
    });
    expect(food).not.toHaveProperty('url');
    expect(food).not.toHaveProperty('email');
    expect(food).toMatchObject({ phones: [], schedules: [], categories: ['food'] });
    expect(housing).toMatchObject({ status: 'active', categories: ['housing'], locations: [{ id: 'loc-broken', name: 'Example Annex' }] });
    expect(housing?.locations[0]).not.toHaveProperty('latitude');
    expect(housing).not.toHaveProperty('assured_date');

    const problems = issues.map((i) => `${i.level} ${i.id} ${i.field}`);
    expect(problems).toEqual(
      expect.arrayContaining([
        'error svc-bad-link url',
        'error svc-bad-link email',
        'error svc-bad-link phones.0.number',
        'error svc-bad-link schedules.0',
        'error svc-bad-place service_at_locations.0.location.longitude',
        'warning svc-bad-place status',
        'error svc-bad-place assured_date',
        'warning - (folder)'
      ])
    );
    expect(issues.find((i) => i.field === 'url')?.problem).toContain('"javascript:" links are not allowed');
    // What the import keeps, data:check accepts: the bad values were dropped on the way in.
    expect(refusals(services)).toEqual([]);
  });

  it('services.csv without a name column imports nothing and says which file and column', () => {
    const dir = csvFixture('csv-missing-name');
    const { services, issues } = importTabular(readCsvFolder(dir).tables, { file: dir });
    expect(services).toEqual([]);
    expect(issues).toEqual([expect.objectContaining({ level: 'error', file: `${dir}/services.csv`, field: 'name' })]);
  });

  it('a CSV that will not parse throws, naming the file and line', () => {
    expect(() => readCsvFolder(csvFixture('csv-broken'))).toThrow(CsvReadError);
    expect(() => readCsvFolder(csvFixture('csv-broken'))).toThrow(/csv-broken\/services\.csv: line \d+: .*[Qq]uote/);
  });
});

describe('writeAtomic', () => {
  it('replaces the file whole and leaves no temporary file', () => {
    const out = join(temp, 'atomic', 'a.json');
    writeAtomic(out, 'one');
    writeAtomic(out, 'two');
    expect(readFileSync(out, 'utf8')).toBe('two');
    expect(readdirSync(join(temp, 'atomic'))).toEqual(['a.json']);
  });

  it('when the rename fails, what was there stays and the temporary file is removed', () => {
    const out = join(temp, 'blocked');
    mkdirSync(join(out, 'inside'), { recursive: true });
    expect(() => writeAtomic(out, 'new')).toThrow();
    expect(existsSync(join(out, 'inside'))).toBe(true);
    expect(readdirSync(temp).filter((name) => name.includes('.tmp-'))).toEqual([]);
  });
});

describe('npm run data:import', () => {
  it('imports a CSV folder into a valid dataset, printing each issue and a summary', async () => {
    const out = join(temp, 'cli', 'small.json');
    const args = [csvFixture('csv-small'), '--out', out, '--name', 'Small example', '--contact-email', 'data@example.org'];
    // Its one bad link is a third of the feed's links: over 10 %, so nothing is written without --accept-losses.
    const refused = await runImport(...args);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/^ {2}website +3 in, 2 kept, 1 dropped \(over 10 %: error\): "link dropped: "…" links are not allowed here" ×1 \(id svc-bad-link\)$/m);
    expect(refused.stderr).toContain('more than 10 % lost of');
    expect(existsSync(out)).toBe(false);

    const { code, stdout } = await runImport(...args, '--accept-losses');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^error {3}.*csv-small › svc-bad-link › url: link dropped/m);
    expect(stdout).toContain('3 services imported, 6 errors, 2 warnings');
    expect(stdout).toContain('Losses accepted (--accept-losses)');
    const report = JSON.parse(readFileSync(join(temp, 'cli', 'small.field-report.json'), 'utf8'));
    expect(report.fields.find((f: { field: string }) => f.field === 'email')).toMatchObject({
      in: 2,
      kept: 1,
      dropped: 1,
      reasons: [{ reason: 'e-mail dropped: "…" is not an e-mail address', count: 1, ids: ['svc-bad-link'] }]
    });
    const dataset: unknown = JSON.parse(readFileSync(out, 'utf8'));
    expect(schemaErrors(dataset)).toEqual([]);
    expect(dataset).toMatchObject({
      format: 'onward-directory',
      version: 1,
      name: 'Small example',
      source: { kind: 'hsds-csv', contact_email: 'data@example.org' }
    });
  }, 30_000);

  it('refuses a report address that is not an e-mail address, before reading anything', async () => {
    const out = join(temp, 'cli', 'no-contact.json');
    const { code, stderr } = await runImport(csvFixture('csv-small'), '--out', out, '--contact-email', 'mailto:');
    expect(code).toBe(1);
    expect(stderr).toContain('--contact-email: "mailto:" is not an e-mail address');
    expect(existsSync(out)).toBe(false);
  }, 30_000);

  it.skipIf(!haveOrukExamples)('imports a JSON file, named after it by default', async () => {
    const out = join(temp, 'cli', 'full.json');
    const { code, stdout } = await runImport(join(orukExamplesDir, 'hsds3', 'service_full.json'), '--out', out, '--accept-losses');
    expect(code).toBe(0);
    expect(stdout).toContain('1 service imported, 1 error, 4 warnings');
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ name: 'service_full', source: { kind: 'hsds-json' }, services: [{ name: 'Community Counselling' }] });
  }, 30_000);

  it('when no service survives: exit 1, and the old file is left untouched', async () => {
    const out = join(temp, 'cli', 'keep.json');
    mkdirSync(join(temp, 'cli'), { recursive: true });
    writeFileSync(out, 'OLD');
    const { code, stdout, stderr } = await runImport(csvFixture('csv-missing-name'), '--out', out);
    expect(code).toBe(1);
    expect(stdout).toMatch(/services\.csv › - › name: missing column "name"/);
    expect(stderr).toContain('nothing written');
    expect(readFileSync(out, 'utf8')).toBe('OLD');
    expect(readdirSync(join(temp, 'cli')).filter((name) => name.includes('.tmp-'))).toEqual([]);
  }, 30_000);

  it('when the input cannot be read: exit 1 with the reason, and nothing written', async () => {
    const out = join(temp, 'cli', 'never.json');
    const broken = join(temp, 'broken.json');
    writeFileSync(broken, '{ "id": ');
    for (const input of [broken, join(temp, 'no-such-file.json'), csvFixture('csv-broken')]) {
      const { code, stderr } = await runImport(input, '--out', out);
      expect(code).toBe(1);
      expect(stderr).toMatch(/data:import: could not read .*: (not valid JSON|ENOENT|.*line \d+)/);
    }
    expect(existsSync(out)).toBe(false);
  }, 30_000);
});

describe('HSDS 1.x datapackage (fixtures/hsds1-package: datapackage.json, CSVs under data/, CRLF)', () => {
  const dir = csvFixture('hsds1-package');

  it('brings through places from services_at_location + physical_addresses, terms from services_taxonomy + taxonomy, and "9:00am" hours', () => {
    const { tables, notes } = readCsvFolder(dir);
    const { services, ledger, issues } = importTabular(tables, { file: dir });
    expect(refusals(services)).toEqual([]);
    expect(services.map((s) => s.id)).toEqual(['svc-1', 'svc-2']);
    expect(services[0]).toMatchObject({
      url: 'https://www.example.org/advice',
      schedules: [
        { byday: 'MO', opens_at: '09:00', closes_at: '17:00' },
        { byday: 'WE', opens_at: '09:30', closes_at: '12:00' }
      ],
      locations: [{ id: 'loc-1', latitude: 51.752, address: { address_1: '1 Example Street', postal_code: 'OX1 1AA' }, phones: [{ number: '01865 960000', extension: '12' }] }],
      keywords: ['Benefits advice', 'Tenancy support'],
      categories: ['money', 'housing']
    });
    // svc-2's only number hangs off its organisation; its place has hours of its own.
    expect(services[1]).toMatchObject({
      phones: [{ number: '0808 157 0000', description: 'freephone' }],
      locations: [{ id: 'loc-2', address: { address_1: 'Oxford', postal_code: 'OX2 2BB' }, schedules: [{ byday: 'TH', opens_at: '19:00', closes_at: '21:00' }] }],
      keywords: ['Mutual aid meetings'],
      categories: ['peer-support']
    });
    expect(notes).toEqual([expect.stringMatching(/lists .*csv-small\/services\.csv, outside the folder; not read/)]);
    const report = fieldReport(ledger, issues);
    expect(report.fields.filter((f) => f.in > 0).map((f) => `${f.field} ${f.in}/${f.kept}`)).toEqual([
      'service 3/2', 'phone 2/2', 'address 2/2', 'position 1/1', 'organisation 2/2', 'schedule 2/2', 'website 1/1', 'email 1/1', 'term 2/2', 'cost 1/1'
    ]);
  });
});

describe('a CSV saved in Windows-1252 (Excel on Windows)', () => {
  it('keeps "Café" and "£5", says it converted the file, and writes no replacement character', async () => {
    const dir = join(temp, 'cp1252');
    mkdirSync(dir, { recursive: true });
    // latin1 writes each character as one byte: é is 0xE9 and £ is 0xA3, as Windows-1252 has them.
    writeFileSync(join(dir, 'services.csv'), Buffer.from('id,name,fees_description,status\r\nc-1,Example Café,£5 a session,active\r\n', 'latin1'));
    expect(readFileSync(join(dir, 'services.csv')).includes(0xe9)).toBe(true);
    const out = join(temp, 'cli', 'cp1252.json');
    const { code, stdout } = await runImport(dir, '--out', out);
    expect(code).toBe(0);
    expect(stdout).toMatch(/note: .*services\.csv: read as Windows-1252 \(Latin-1\), converted to UTF-8/);
    const text = readFileSync(out, 'utf8');
    expect(text).not.toContain('\uFFFD');
    expect(JSON.parse(text).services[0]).toMatchObject({ name: 'Example Café', fees_description: '£5 a session' });
  }, 30_000);
});

describe('fail-safe: what cannot be read leaves the last output exactly as it was', () => {
  const old = '{"format":"onward-directory","version":1,"name":"last good","services":[]}\n';
  const keep = (name: string) => {
    const out = join(temp, 'failsafe', name);
    mkdirSync(join(temp, 'failsafe'), { recursive: true });
    writeFileSync(out, old);
    return out;
  };
  const copyOf = (fixture: string, name: string) => {
    const dir = join(temp, name);
    cpSync(csvFixture(fixture), dir, { recursive: true });
    return dir;
  };

  it('a secondary table without its key column, or that will not parse, fails the whole import', async () => {
    const noKey = copyOf('csv-small', 'no-key');
    writeFileSync(join(noKey, 'phones.csv'), 'id,service_id,tel\nph-1,svc-drop-in,020 7946 0001\n');
    const badCsv = copyOf('csv-small', 'bad-csv');
    writeFileSync(join(badCsv, 'schedules.csv'), 'id,service_id,byday\nsch-1,svc-drop-in,"MO\n');
    for (const [dir, message] of [
      [noKey, /phones\.csv: missing column "number" or "phone" or "telephone", so it cannot be joined/],
      [badCsv, /schedules\.csv: line \d+: .*[Qq]uote/]
    ] as const) {
      const out = keep('secondary.json');
      const { code, stderr } = await runImport(dir, '--out', out, '--accept-losses');
      expect(code).toBe(1);
      expect(stderr).toMatch(message);
      expect(readFileSync(out, 'utf8')).toBe(old);
      expect(existsSync(out.replace(/\.json$/, '.field-report.json'))).toBe(false);
    }
  }, 30_000);

  it('records sharing an id are reported with the id, and over 10 % lost writes nothing', async () => {
    const feed = join(temp, 'dupes.json');
    const record = (name: string) => ({ id: 'same-1', name, status: 'active' });
    writeFileSync(feed, JSON.stringify([record('Example A'), record('Example B'), { id: 'other', name: 'Example C' }]));
    const out = keep('dupes.json');
    const { code, stdout, stderr } = await runImport(feed, '--out', out);
    expect(code).toBe(1);
    expect(stdout).toContain('same-1 › id: 2 records share this id: 1 different record dropped (give each its own id)');
    expect(stdout).toMatch(/service +3 in, 2 kept, 1 dropped \(over 10 %: error\): "same id as an earlier record with different content" ×1 \(id same-1\)/);
    expect(stderr).toContain('more than 10 % lost of service (1 of 3 lost)');
    expect(readFileSync(out, 'utf8')).toBe(old);

    const accepted = await runImport(feed, '--out', out, '--accept-losses', '--id-prefix', 'feed-a:');
    expect(accepted.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).services.map((s: { id: string }) => s.id)).toEqual(['feed-a:same-1', 'feed-a:other']);
  }, 30_000);

  it('data:check and data:build on an unreadable dataset: one line naming the file, no stack trace, the last build untouched', async () => {
    const broken = join(temp, 'failsafe', 'broken.json');
    mkdirSync(join(temp, 'failsafe'), { recursive: true });
    writeFileSync(broken, '{"format": "onward-directory", "services": [');
    const built = join(temp, 'failsafe', 'directory');
    mkdirSync(built, { recursive: true });
    writeFileSync(join(built, 'manifest.json'), 'LAST BUILD');
    for (const script of ['scripts/data/check.ts', 'scripts/data/build.ts']) {
      const { code, stdout, stderr } = await runScript(script, [broken], { ONWARD_DIRECTORY_OUT: built, ONWARD_GEO_OUT: join(temp, 'failsafe', 'geo') });
      expect(code).toBe(1);
      const lines = `${stdout}\n${stderr}`.split('\n').filter((line) => line.includes('broken.json'));
      expect(lines).toEqual([expect.stringMatching(/^error +.*broken\.json › - › \(file\): cannot read it as JSON: /)]);
      expect(`${stdout}${stderr}`).not.toMatch(/^\s+at /m);
    }
    expect(readFileSync(join(built, 'manifest.json'), 'utf8')).toBe('LAST BUILD');
    expect(readdirSync(built)).toEqual(['manifest.json']);
  }, 60_000);
});

describe('a flat CSV export (one file, one service per row)', () => {
  it('reads the place, phone, website and categories off the row itself, with headers in any case', async () => {
    const file = join(temp, 'flat.csv');
    writeFileSync(
      file,
      'ID,Name,Phone Number,Address,Postcode,Latitude,Longitude,Website,Categories\r\n' +
        '1,Example Food Hub,01632 960111,"2 Example Lane, Leeds",LS1 1AA,53.79,-1.54,www.example.org,"Food bank, Debt advice"\r\n' +
        '2,Example Housing Line,0808 157 0999 (freephone),,,,,,Housing\r\n'
    );
    const out = join(temp, 'cli', 'flat.json');
    const { code, stdout } = await runImport(file, '--out', out);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ {2}position +1 in, 1 kept$/m);
    const { services } = JSON.parse(readFileSync(out, 'utf8'));
    expect(refusals(services)).toEqual([]);
    expect(services[0]).toMatchObject({
      url: 'https://www.example.org/',
      phones: [{ number: '01632 960111' }],
      locations: [{ id: '1-place', latitude: 53.79, longitude: -1.54, address: { address_1: '2 Example Lane, Leeds', postal_code: 'LS1 1AA' } }],
      keywords: ['Food bank', 'Debt advice'],
      categories: ['food', 'money']
    });
    expect(services[1]).toMatchObject({ phones: [{ number: '0808 157 0999', description: 'freephone' }], locations: [], categories: ['housing'] });
  }, 30_000);
});
