import { describe, expect, it } from 'vitest';
import { overdoseContent } from './overdose-page';

describe('overdose pages', () => {
  it('show a guidance section or an emergency step, by path', () => {
    expect(overdoseContent('naloxone')).toMatchObject({ guide: { slug: 'naloxone' } });
    expect(overdoseContent('now')).toMatchObject({ step: { path: '', heading: 'overdose.now.safe.heading' } });
    expect(overdoseContent('now/nyxoid/timer/')).toMatchObject({ step: { path: 'nyxoid/timer' } });
  });

  it('show nothing for any other path', () => {
    for (const path of ['', 'nope', 'naloxone/now', 'now/nope', 'now/nyxoid', 'signs/extra']) expect(overdoseContent(path), path).toBeUndefined();
  });
});
