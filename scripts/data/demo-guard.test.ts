import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { makeDataset, makeService } from '../../src/lib/directory/fixtures';
import { demoRecords, demoRefusal } from './demo-guard';

const real = makeDataset([makeService({ id: 'real', demo: false })]);
const demo = makeDataset([makeService({ id: 'demo-1' }), makeService({ id: 'demo-2' }), makeService({ id: 'gone', status: 'defunct' })]);

describe('demo guard (npm run build:deploy)', () => {
  it('lets real data through', () => {
    expect(demoRefusal([{ file: 'data/national.json', json: real }], false)).toBeUndefined();
  });

  it('refuses demo records, naming the file and how to take it out of data/', () => {
    const refusal = demoRefusal(
      [
        { file: 'data/national.json', json: real },
        { file: 'data/demo.json', json: demo }
      ],
      false
    );
    expect(refusal).toContain('data/demo.json (2 demo records)');
    expect(refusal).not.toContain('national.json');
    expect(refusal).toContain('Delete data/demo.json, or move it out of data/');
    expect(refusal).toContain('npm run build:deploy -- --allow-demo');
    expect(refusal).not.toContain('\n');
  });

  it('counts only the records a build would ship (not inactive or defunct ones)', () => {
    expect(demoRecords([{ file: 'data/demo.json', json: demo }])).toEqual([{ file: 'data/demo.json', count: 2 }]);
    const closed = makeDataset([makeService({ status: 'inactive' })]);
    expect(demoRefusal([{ file: 'data/old.json', json: closed }], false)).toBeUndefined();
  });

  it('names every file with demo records, and says how to leave out files given by path', () => {
    const refusal = demoRefusal(
      [
        { file: 'data/demo.json', json: demo },
        { file: '/srv/feeds/trial.json', json: makeDataset([makeService()]) }
      ],
      false
    );
    expect(refusal).toContain('data/demo.json (2 demo records) and /srv/feeds/trial.json (1 demo record) hold');
    expect(refusal).toContain('out of the datasets you build');
  });

  it('lets a demo site through when asked', () => {
    expect(demoRefusal([{ file: 'data/demo.json', json: demo }], true)).toBeUndefined();
  });
});

describe('the data build with --deploy, on a temporary data folder', () => {
  const root = resolve(import.meta.dirname, '../..');
  const folder = mkdtempSync(join(tmpdir(), 'onward-deploy-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  mkdirSync(join(folder, 'data'));
  writeFileSync(join(folder, 'data/real.json'), JSON.stringify(real));
  writeFileSync(join(folder, 'data/demo.json'), JSON.stringify(demo));

  /** Runs scripts/data/build.ts in the folder, as `npm run build:deploy` does in the repository. */
  const build = (...args: string[]) =>
    promisify(execFile)(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/data/build.ts'), ...args], {
      cwd: folder,
      env: { ...process.env, ONWARD_DATA: '', ONWARD_DIRECTORY_OUT: 'out/directory', ONWARD_GEO_OUT: 'out/geo' }
    }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr })
    );

  it('refuses, names data/demo.json and writes nothing', { timeout: 60_000 }, async () => {
    const result = await build('--deploy');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Not building for a real site: data/demo.json (2 demo records)');
    expect(existsSync(join(folder, 'out'))).toBe(false);
  });

  it('builds a demo site with --allow-demo', { timeout: 60_000 }, async () => {
    const result = await build('--deploy', '--allow-demo');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(folder, 'out/directory/manifest.json'), 'utf8')) as { total: number };
    expect(manifest.total).toBe(3);
  });

  it('builds once the demo file is moved out of data/', { timeout: 60_000 }, async () => {
    rmSync(join(folder, 'data/demo.json'));
    const result = await build('--deploy');
    expect(result.code).toBe(0);
  });

  it('refuses an option it does not know', { timeout: 60_000 }, async () => {
    expect((await build('--alow-demo')).code).toBe(2);
  });
});
