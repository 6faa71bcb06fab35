/**
 * The guard `npm run build:deploy` puts before a real site's build: the built-in demo directory
 * (data/demo.json: made-up services, drama phone numbers) must never reach people by accident,
 * who would take its "Example" services for real help. `npm start` and `npm test` build it on
 * purpose and do not ask. Pure: takes the datasets as read, returns the refusal or nothing.
 */

/** A dataset file as `scripts/data/build.ts` reads it. */
export interface DatasetFile {
  file: string;
  json: unknown;
}

/** The files holding demo records that would be built (active or temporarily closed), with how many each. */
export function demoRecords(datasets: readonly DatasetFile[]): { file: string; count: number }[] {
  return datasets.flatMap(({ file, json }) => {
    const services = (json as { services?: unknown })?.services;
    if (!Array.isArray(services)) return [];
    // The same rule as the shard compiler: inactive and defunct records never reach a phone.
    const count = services.filter((s) => s?.demo === true && (s.status === 'active' || s.status === 'temporarily closed')).length;
    return count ? [{ file, count }] : [];
  });
}

/**
 * The one-paragraph refusal for a real site's build, naming each file with demo records and how
 * to take it out; undefined when there are none, or when a demo site is asked for (`allowDemo`).
 */
export function demoRefusal(datasets: readonly DatasetFile[], allowDemo: boolean): string | undefined {
  const found = demoRecords(datasets);
  if (allowDemo || !found.length) return undefined;
  const names = found.map(({ file, count }) => `${file} (${count} demo ${count === 1 ? 'record' : 'records'})`);
  const files = found.map(({ file }) => file);
  const inDataFolder = files.every((file) => /^(?:\.\/)?data\/[^/]+$/.test(file.replace(/\\/g, '/')));
  const remove = inDataFolder
    ? `Delete ${listed(files)}, or move ${files.length === 1 ? 'it' : 'them'} out of data/ (for example: mkdir -p ../onward-demo && mv ${files.join(' ')} ../onward-demo/)`
    : `Leave ${listed(files)} out of the datasets you build (the command line or ONWARD_DATA)`;
  return (
    `Not building for a real site: ${listed(names)} ${found.length === 1 ? 'holds' : 'hold'} made-up services (demo: true, ` +
    `with drama phone numbers), and people would take them for real help. ${remove}, then run npm run build:deploy ` +
    `again. To build a demo site on purpose, run npm run build:deploy -- --allow-demo. npm start and npm test keep the demo data.`
  );
}

function listed(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
