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
  it("refuse one feature reaching into another's own modules, by $lib or by a relative path", async () => {
    expect(await rulesHit("import { FindSession } from '$lib/directory/find/find-session.svelte';\nexport const x = FindSession;\n", 'src/lib/plan/example.ts')).toContain(
      'no-restricted-imports'
    );
    expect(await rulesHit("import { warmHours } from '../../directory/warm-hours';\nexport const x = warmHours;\n", 'src/lib/plan/ui/example.ts')).toContain('no-restricted-imports');
    expect(await rulesHit("import { sealRow } from '../privacy/lock/seal';\nexport const x = sealRow;\n", 'src/lib/saved/example.ts')).toContain('no-restricted-imports');
  });
  it("let a feature use another's public modules, its own modules, and shared folders", async () => {
    const code = [
      "import { categoryLabel } from '$lib/directory/ui/labels';",
      "import { kmBetween } from '../directory/distance';",
      "import { checkPhone } from '$lib/safe-values';",
      "import { useI18n } from '$lib/i18n/context';",
      "import { planTemplate } from './template';",
      'export const x = [categoryLabel, kmBetween, checkPhone, useI18n, planTemplate];',
      ''
    ].join('\n');
    expect(await rulesHit(code, 'src/lib/plan/example.ts')).toEqual([]);
  });
  it('let tests reach into another feature', async () => {
    expect(await rulesHit("import { warmHours } from '$lib/directory/warm-hours';\nexport const x = warmHours;\n", 'src/lib/plan/example.test.ts')).toEqual([]);
  });
}, 60_000);
