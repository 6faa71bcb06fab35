import { afterEach, describe, expect, it, vi } from 'vitest';
import { haveShared, readSharedText, sharedPath, skipWithoutShared } from './shared-files';

describe('shared folder', () => {
  afterEach(() => vi.unstubAllEnvs());
  it('is the folder beside the repository', () => {
    expect(sharedPath('research/content.md')).toMatch(/\/shared\/research\/content\.md$/);
    expect(sharedPath('x')).not.toContain('/scripts/');
  });
  it('a missing file reads as empty, skips locally and runs (to fail) in CI', () => {
    expect(haveShared('no/such/file')).toBe(false);
    expect(readSharedText('no/such/file')).toBe('');
    vi.stubEnv('CI', '');
    expect(skipWithoutShared('no/such/file')).toBe(true);
    vi.stubEnv('CI', 'true');
    expect(skipWithoutShared('no/such/file')).toBe(false);
  });
});
