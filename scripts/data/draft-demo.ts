/**
 * Drafts `data/demo.json`, the fictional services the app shows before a deployer loads real
 * data: `npx tsx scripts/data/draft-demo.ts`. Seeded, so running it again gives the same file;
 * kept so the draft can be reproduced or regenerated after the templates change.
 *
 * Every record is fictional: "Example" names, made-up street addresses in real towns (real
 * outward postcode only), coordinates within 1.5 km of the town centre, and phone numbers only
 * from Ofcom's drama ranges, each used once.
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { DirectoryDataset, DirectoryService, Phone } from '../../src/lib/directory/model';
import { coreCategories, coreTemplates, womensNightShelter } from './demo-core-templates';
import { extraTemplates } from './demo-extra-templates';
import type { ServiceTemplate } from './demo-template';
import { dramaRange, localRangeId } from './drama-phones';
import { daysBefore, exampleStreet, slug } from './fictional';
import { schedulesFor } from './opening-hours';
import { Random } from './random';
import { demoTowns } from './demo-towns';
import { addressCity, offsetKm, type Town } from './towns';

export const demoSeed = 20261122;

/** The demo towns, in the order they take turns through the service kinds. */
export const demoTownIds = [
  'stevenage', 'hertford', 'watford', 'st-albans',
  'haringey', 'tower-hamlets', 'westminster', 'kensington-chelsea',
  'chester', 'liverpool',
  'manchester', 'leeds', 'sheffield', 'nottingham', 'leicester', 'birmingham', 'bristol', 'reading',
  'newcastle', 'plymouth', 'norwich', 'cardiff', 'glasgow', 'edinburgh', 'belfast'
];

/** Towns whose night shelter is for women only. */
const womensShelterTowns = new Set(['haringey', 'bristol']);

/** Languages some services in a town list, besides English. */
const townLanguages: Record<string, string[]> = {
  'tower-hamlets': ['English', 'Bengali', 'Sylheti'],
  haringey: ['English', 'Turkish', 'Polish'],
  leicester: ['English', 'Gujarati', 'Punjabi'],
  birmingham: ['English', 'Urdu', 'Punjabi'],
  cardiff: ['English', 'Welsh'],
  glasgow: ['English', 'Polish']
};

const secondLines = ['Example House', 'First floor', 'Rear entrance', 'Example Community Centre'];
const transport = [
  'Buses stop outside.',
  "About 5 minutes' walk from the railway station.",
  'Near the bus station.',
  'Bike racks outside. No parking on site.'
];
const accessibility = ['Step-free entrance', 'Accessible toilet', 'Hearing loop at reception'];

/** Hands out each drama number once. */
class PhoneBook {
  private used = new Set<string>();
  constructor(private random: Random) {}

  take(rangeId: string): string {
    const range = dramaRange(rangeId);
    let n = this.random.int(0, 999);
    for (let tries = 0; tries < 1000; tries++, n = (n + 1) % 1000) {
      const number = range.format(n);
      if (!this.used.has(number)) {
        this.used.add(number);
        return number;
      }
    }
    throw new Error(`drama range ${rangeId} is full`);
  }
}

/** The service kinds a town gets: one per core category, then `extras` from the other categories. */
function townPlan(town: Town, extraStart: number, extras: number, turns: Map<string, number>): ServiceTemplate[] {
  const takeTurn = (category: string, templates: ServiceTemplate[]) => {
    const turn = turns.get(category) ?? 0;
    turns.set(category, turn + 1);
    return templates[turn % templates.length] as ServiceTemplate;
  };
  const plan = coreCategories.map((category) => {
    const template = takeTurn(category, coreTemplates[category]);
    return template.key === 'night-shelter' && womensShelterTowns.has(town.id) ? womensNightShelter : template;
  });
  const extraCategories = Object.keys(extraTemplates);
  for (let i = 0; i < extras; i++) {
    const category = extraCategories[(extraStart + i) % extraCategories.length] as string;
    plan.push(takeTurn(category, extraTemplates[category] as ServiceTemplate[]));
  }
  return plan;
}

function service(template: ServiceTemplate, town: Town, assuredDate: string, random: Random, phones: PhoneBook): DirectoryService {
  const fill = (text: string) => text.replaceAll('{town}', town.name);
  const id = `demo-${town.id}-${template.key}`;
  const phoneList: Phone[] = [];
  const mainRange = template.phone === 'local' ? localRangeId(town) : template.phone;
  phoneList.push({ number: phones.take(mainRange), type: template.phone === 'mobile' ? 'cell' : 'voice' });
  if (template.textLine) phoneList.push({ number: phones.take('mobile'), type: 'text', description: 'Text this number and we will reply.' });

  const district = random.pick(town.postcode_districts ?? []);
  // Uniform over a disc of radius 1.5 km around the centre.
  const distance = 1.5 * Math.sqrt(random.next());
  const bearing = 2 * Math.PI * random.next();
  const point = offsetKm(town, distance * Math.cos(bearing), distance * Math.sin(bearing));
  const address = {
    address_1: exampleStreet(random),
    ...(random.chance(0.25) ? { address_2: random.pick(secondLines) } : {}),
    city: addressCity(town),
    region: town.region,
    postal_code: district,
    country: 'GB'
  };

  const languages = townLanguages[town.id];
  return {
    id,
    name: `Example ${template.name} ${town.name}`,
    description: fill(template.description),
    organization: {
      id: `demo-org-${slug(template.organisation)}`,
      name: template.organisation,
      website: `https://example.org/${slug(template.organisation)}/`
    },
    ...(random.chance(0.5) ? { url: `https://example.org/${town.id}/${template.key}/` } : {}),
    ...(random.chance(0.4) ? { email: `${template.key}.${town.id}@example.org` } : {}),
    status: 'active',
    ...(template.eligibility ? { eligibility_description: fill(template.eligibility) } : {}),
    ...(template.minimumAge !== undefined ? { minimum_age: template.minimumAge } : {}),
    ...(template.application || !template.hours
      ? { application_process: template.application ? fill(template.application) : 'Phone for opening times.' }
      : {}),
    ...(template.fees ? { fees_description: template.fees } : {}),
    ...(template.hours === 'officeHours' && random.chance(0.2) ? { alert: 'Closed on bank holidays.' } : {}),
    assured_date: assuredDate,
    ...(languages && random.chance(0.4) ? { languages: [...languages] } : {}),
    phones: phoneList,
    schedules: template.hours ? schedulesFor(template.hours) : [],
    locations: [
      {
        id: `${id}-location`,
        latitude: point.latitude,
        longitude: point.longitude,
        address,
        ...(random.chance(0.5) ? { transportation: random.pick(transport) } : {}),
        ...(random.chance(0.5) ? { accessibility: random.sample(accessibility, random.int(1, 2)) } : {})
      }
    ],
    categories: [...template.categories],
    attributes: [...template.attributes],
    demo: true
  };
}

/** The demo dataset, the same for every run. */
export function draftDemo(): DirectoryDataset {
  const random = new Random(demoSeed);
  const phones = new PhoneBook(random);
  const towns = new Map(demoTowns.map((town) => [town.id, town]));
  const turns = new Map<string, number>();
  const plan: { template: ServiceTemplate; town: Town }[] = [];
  let extraStart = 0;
  for (const townId of demoTownIds) {
    const town = towns.get(townId);
    if (!town?.postcode_districts?.length) throw new Error(`demo town ${townId} needs postcode_districts in scripts/data/demo-towns.ts`);
    const extras = town.population >= 150_000 ? 4 : 3;
    for (const template of townPlan(town, extraStart, extras, turns)) plan.push({ template, town });
    extraStart += extras;
  }

  // Checked 1 to 10 months ago, except a handful over a year ago, so `data:check` has real warnings.
  const stale = new Set(random.sample([...plan.keys()], 6));
  const services = plan.map(({ template, town }, index) => {
    const daysAgo = stale.has(index) ? random.int(400, 600) : random.int(31, 304);
    return service(template, town, daysBefore(daysAgo), random, phones);
  });

  return {
    format: 'onward-directory',
    version: 1,
    name: 'Demo local services (fictional)',
    source: {
      kind: 'authored',
      ref: `scripts/data/draft-demo.ts (seed ${demoSeed})`,
      licence: 'CC0 (fictional demo data)',
      // RFC 2606 reserved domain: "Report wrong information" works in the demo and reaches nobody.
      contact_email: 'demo-data@example.org'
    },
    services
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dataset = draftDemo();
  const out = new URL('../../data/demo.json', import.meta.url);
  writeFileSync(out, `${JSON.stringify(dataset, null, 2)}\n`);
  console.log(`Wrote data/demo.json: ${dataset.services.length} services.`);
}
