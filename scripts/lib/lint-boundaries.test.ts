/** The linter's import boundaries catch what they are for (eslint.config.js). */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();
const rulesHit = async (code: string, filePath: string): Promise<string[]> =>
  (await eslint.lintText(code, { filePath }))[0]!.messages.map((m) => m.ruleId ?? m.message);

describe('lint boundaries', () => {
  it('refuse a feature import in the storage layer', async () => {
    expect(await rulesHit("import { isPlanRow } from '$lib/plan/model';\nexport const x = isPlanRow;\n", 'src/lib/db/example.ts')).toContain('no-restricted-imports');
    expect(await rulesHit("import { inUk } from '../geo/place';\nexport const x = inUk;\n", 'src/lib/db/example.ts')).toContain('no-restricted-imports');
  });
  it('let a feature import the storage layer', async () => {
    expect(await rulesHit("import { database } from '$lib/db/database';\nexport const x = database;\n", 'src/lib/plan/example.ts')).toEqual([]);
  });
}, 60_000);
