import { describe, expect, it } from 'vitest';
import { clipped, plainText, readShort, textOf } from './feed-values';

describe('plainText', () => {
  it('turns feed HTML into readable text', () => {
    expect(plainText('<p>Drop in &amp; chat.</p><p>No referral&nbsp;needed.</p>')).toBe('Drop in & chat.\nNo referral needed.');
    expect(plainText('Line one<br/>Line two')).toBe('Line one\nLine two');
    expect(plainText('Costs &pound;0 &#8211; free &#x2764;')).toBe('Costs £0 – free ❤');
  });

  it('leaves plain text alone, and keeps what only looks like markup as text', () => {
    expect(plainText('Open 9–5, Mon to Fri')).toBe('Open 9–5, Mon to Fri');
    expect(plainText('Ages 18 & over, &unknown; kept')).toBe('Ages 18 & over, &unknown; kept');
    expect(plainText('<script>alert(1)</script>Hello')).toBe('alert(1)Hello');
  });
});

describe('broken characters (found by the hostile-feed fuzz: a lone surrogate made encodeURIComponent throw on the page)', () => {
  const report = () => undefined;

  it('turns a lone surrogate from the feed into U+FFFD', () => {
    expect(textOf('Help \uD800desk')).toBe('Help \uFFFDdesk');
    expect(textOf('\uDC00x')).toBe('\uFFFDx');
    expect(textOf('🏠 ok')).toBe('🏠 ok');
  });

  it('never decodes a surrogate number from an entity', () => {
    expect(plainText('a &#xD800; b &#55296;')).toBe('a &#xD800; b &#55296;');
  });

  it('never cuts an emoji in half when clipping', () => {
    const cut = clipped('🏠'.repeat(200), 'name', report, 300) as string;
    expect(cut.isWellFormed()).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(300);
    expect(readShort({ name: 'a' + '🏠'.repeat(200) }, 'name', '', report)?.isWellFormed()).toBe(true);
  });
});
