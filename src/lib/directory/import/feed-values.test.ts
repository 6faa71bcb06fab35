import { describe, expect, it } from 'vitest';
import { plainText } from './feed-values';

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
