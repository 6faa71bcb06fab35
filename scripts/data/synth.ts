/**
 * Synthetic national directory for benchmarks:
 *   npm run data:synth -- --services 50000 --seed 1 [--out path]
 * writes `.scratch/synth-<n>-<seed>.json` (gitignored; never under data/). The same count and
 * seed always give the same file. `synthesise()` is exported so benchmarks and tests can build
 * a dataset in memory without a file.
 *
 * Services are placed around the UK's towns (GeoNames, see towns.ts), weighted by population, so a
 * 50,000-service set has about the density of a real national directory (one service per
 * ~1,350 people). GeoNames' populations add up to about nine in ten of the UK's people, so the
 * rest of the services go to each town's wider surroundings (weighted by the square root of population, a wider
 * spread) rather than piling twice as densely into town centres. Every record is fictional:
 * "Example" names, Ofcom drama phone numbers, example.org links.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { DirectoryDataset, DirectoryService, Phone, Schedule, ServiceLocation } from '../../src/lib/directory/model';
import { attributes as taxonomyAttributes, categories as taxonomyCategories } from '../../src/lib/directory/taxonomy';
import { coreTemplates } from './demo-core-templates';
import { extraTemplates } from './demo-extra-templates';
import type { ServiceTemplate } from './demo-template';
import { dramaRange, localRangeId } from './drama-phones';
import { daysBefore, exampleStreet, slug } from './fictional';
import { openingPatternNames, schedulesFor } from './opening-hours';
import { Random } from './random';
import { addressCity, loadTowns, offsetKm, type Town } from './towns';

/** UK population, ONS mid-2022 estimate (rounded). */
const ukPopulation = 67_600_000;

const kinds: ServiceTemplate[] = [...Object.values(coreTemplates), ...Object.values(extraTemplates)].flat();
const categoryCodes = taxonomyCategories.map((c) => c.code);
const attributeCodes = taxonomyAttributes.map((a) => a.code);

const areaWords = ['North', 'South', 'East', 'West', 'Central', 'Riverside', 'Parkside', 'Hillside', 'Market', 'Station', 'Bridge', 'Castle', 'Harbour', 'Green', 'Abbey', 'Mill', 'Canal', 'Church', 'Meadow', 'Orchard'];
const orgWords = ['Pathways', 'Horizons', 'Compass', 'Lighthouse', 'Anchor', 'Bridges', 'New Leaf', 'Open Door', 'Second Chance', 'Fresh Start', 'Harbour', 'Keystone', 'Crossroads', 'Willow', 'Beacon', 'Oak', 'Stepping Stones', 'Foundations', 'Together', 'Community'];
const orgKinds = ['Trust', 'Partnership', 'Project', 'Network', 'Foundation', 'Collective', 'Association', 'Services', 'Group', 'Alliance'];

const openers = ['You can get', 'We offer', 'Drop in for', 'Free help with', 'Friendly support with', 'Come to us for', 'Our team can help with', 'Talk to us about'];
const offers = [
  'housing advice', 'benefit claims', 'a hot meal', 'clean needles and naloxone', 'one-to-one key work', 'a script review', 'group sessions',
  'help registering with a GP', 'debt and budgeting', 'replacing lost ID', 'opening a bank account', 'CVs and job searches', 'training courses',
  'family contact', 'talking therapies', 'a safe place to sleep', 'getting to probation appointments', 'legal advice', 'peer mentoring',
  'mutual aid meetings', 'showers and laundry', 'a food parcel', 'sport and fitness sessions', 'art and music groups', 'wound care'
];
const closers = [
  'No appointment needed.', 'Phone first if you can.', 'Bring any letters you have.', 'You do not need ID.', 'Everyone is welcome.',
  'We welcome people just out of prison.', 'Interpreters can be booked.', 'Family and friends can come too.', 'It is free and confidential.',
  'Ask at reception.', 'We can often see you the same day.', 'Referrals from probation are welcome.'
];
const eligibilities = [
  'Adults aged 18 and over.', 'Anyone living in {town}.', 'People released from prison in the last 12 weeks.', 'Anyone who is homeless or at risk of losing their home.',
  'Adults registered with a GP in the area.', 'Anyone in recovery, and their family and friends.', 'Women aged 18 and over.', 'Anyone aged 16 or over.'
];
const extraRows: Schedule[] = [
  { freq: 'WEEKLY', byday: 'SA', opens_at: '10:00', closes_at: '13:00', timezone_name: 'Europe/London' },
  { freq: 'MONTHLY', byday: '1SA', opens_at: '10:00', closes_at: '12:00', description: 'First Saturday of the month.', timezone_name: 'Europe/London' },
  { freq: 'WEEKLY', byday: 'TU', opens_at: '17:00', closes_at: '19:30', timezone_name: 'Europe/London' }
];

/** Spread (standard deviation, km) of services around a town: wider for bigger places. */
export function townSigmaKm(town: Town): number {
  return town.sigma_km ?? Math.min(8, Math.max(2.5, 4 * Math.sqrt(town.population / 200_000)));
}

/** Picks an index with probability proportional to its weight (binary search on running totals). */
function weightedPicker(weights: number[]): (random: Random) => number {
  const totals: number[] = [];
  let sum = 0;
  for (const weight of weights) totals.push((sum += weight));
  return (random) => {
    const target = random.next() * sum;
    let low = 0;
    let high = totals.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((totals[mid] as number) > target) high = mid;
      else low = mid + 1;
    }
    return low;
  };
}

function description(random: Random, town: Town): string {
  let text = `${random.pick(openers)} ${random.sample(offers, random.int(2, 4)).join(', ').replace(/, ([^,]*)$/, ' and $1')} in ${town.name}.`;
  while (text.length < 80) text += ` ${random.pick(closers)}`;
  for (const closer of random.sample(closers, random.int(0, 3))) {
    if (text.length + closer.length + 1 > 300) break;
    text += ` ${closer}`;
  }
  return text.length > 300 ? `${text.slice(0, 299)}.` : text;
}

function schedules(random: Random): Schedule[] {
  const rows = schedulesFor(random.pick(openingPatternNames));
  // Patterns have one or two rows; some services add a Saturday, monthly or evening session.
  const wanted = random.int(1, 3);
  while (rows.length < wanted) rows.push({ ...random.pick(extraRows) });
  return rows;
}

function location(random: Random, id: string, town: Town, sigmaKm: number): ServiceLocation {
  const point = offsetKm(town, random.gaussian() * sigmaKm, random.gaussian() * sigmaKm);
  return {
    id,
    latitude: point.latitude,
    longitude: point.longitude,
    address: {
      address_1: exampleStreet(random),
      city: addressCity(town),
      region: town.region,
      ...(town.postcode_districts ? { postal_code: random.pick(town.postcode_districts) } : {}),
      country: 'GB'
    }
  };
}

function phones(random: Random, town: Town): Phone[] {
  const list: Phone[] = [];
  const count = random.chance(0.2) ? 2 : 1;
  for (let i = 0; i < count; i++) {
    const roll = random.next();
    const rangeId = roll < 0.8 ? localRangeId(town) : roll < 0.9 ? 'mobile' : 'freephone';
    list.push({ number: dramaRange(rangeId).format(random.int(0, 999)), type: rangeId === 'mobile' ? 'cell' : 'voice' });
  }
  return list;
}

/** `count` fictional services spread over the UK; the same count and seed always give the same data. */
export function synthesise(count: number, seed: number): DirectoryDataset {
  const random = new Random(seed);
  const towns = loadTowns().filter((town) => !town.part_of);
  const tablePopulation = towns.reduce((sum, town) => sum + town.population, 0);
  const surroundingsShare = Math.max(0, 1 - tablePopulation / ukPopulation);
  const pickTown = weightedPicker(towns.map((town) => town.population));
  const pickSurroundings = weightedPicker(towns.map((town) => Math.sqrt(town.population)));
  const width = String(count).length;

  const services: DirectoryService[] = [];
  for (let i = 1; i <= count; i++) {
    const id = `synth-${seed}-${String(i).padStart(width, '0')}`;
    const inSurroundings = random.chance(surroundingsShare);
    const town = towns[(inSurroundings ? pickSurroundings : pickTown)(random)] as Town;
    const sigmaKm = inSurroundings ? Math.min(20, Math.max(8, 2.5 * townSigmaKm(town))) : townSigmaKm(town);
    const kind = random.pick(kinds);
    const categories = [kind.categories[0] as string];
    if (random.chance(0.4)) {
      const second = random.pick(categoryCodes);
      if (second !== categories[0]) categories.push(second);
    }
    const attributes = random.sample([...new Set([...kind.attributes, random.pick(attributeCodes)])], random.int(0, 4));
    const organisation = `Example ${random.pick(orgWords)} ${random.pick(orgKinds)}`;
    const locations = [location(random, `${id}-1`, town, sigmaKm)];
    if (random.chance(0.1)) locations.push(location(random, `${id}-2`, town, sigmaKm));

    services.push({
      id,
      name: `Example ${random.pick(areaWords)} ${kind.name} ${town.name}`,
      description: description(random, town),
      organization: { id: `synth-org-${slug(organisation)}`, name: organisation },
      ...(random.chance(0.5) ? { url: `https://example.org/${slug(town.name)}/${kind.key}-${i}/` } : {}),
      ...(random.chance(0.3) ? { email: `${kind.key}.${i}@example.org` } : {}),
      status: 'active',
      ...(random.chance(0.5) ? { eligibility_description: random.pick(eligibilities).replace('{town}', town.name) } : {}),
      // Most checked in the last year; one in ten older, as in a real, imperfectly kept directory.
      assured_date: daysBefore(random.chance(0.9) ? random.int(0, 365) : random.int(366, 730)),
      phones: phones(random, town),
      schedules: schedules(random),
      locations,
      categories,
      attributes,
      demo: true
    });
  }

  return {
    format: 'onward-directory',
    version: 1,
    name: 'Synthetic benchmark data',
    source: { kind: 'synthetic', ref: `scripts/data/synth.ts --services ${count} --seed ${seed}`, licence: 'CC0 (generated)' },
    services
  };
}

/** People per service if `count` services were spread over the whole UK, as `synthesise` does. */
export function peoplePerService(count: number): number {
  return Math.round(ukPopulation / count);
}

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

function argument(args: string[], name: string): string | undefined {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
}

function wholeNumber(text: string | undefined, name: string, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`--${name} must be a whole number, got "${text}".`);
    process.exit(2);
  }
  return value;
}

function main(args: string[]): void {
  const count = wholeNumber(argument(args, 'services'), 'services', 50_000);
  const seed = wholeNumber(argument(args, 'seed'), 'seed', 1);
  const out = resolve(argument(args, 'out') ?? resolve(repoRoot, '.scratch', `synth-${count}-${seed}.json`));
  const fromData = relative(resolve(repoRoot, 'data'), out);
  if (!fromData.startsWith('..') && !isAbsolute(fromData)) {
    console.error('Synthetic data never goes under data/ (it is not committed). Use .scratch/ or another folder.');
    process.exit(2);
  }
  const started = performance.now();
  const dataset = synthesise(count, seed);
  const json = JSON.stringify(dataset);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, json);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const megabytes = (Buffer.byteLength(json) / 1e6).toFixed(1);
  console.log(
    `Wrote ${relative(process.cwd(), out)}: ${count} services, ${megabytes} MB, ${seconds} s ` +
      `(about one service per ${peoplePerService(count).toLocaleString('en-GB')} people).`
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
