import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { qrPath } from './qr-path';

describe('qrPath', () => {
  it('draws one unit square per dark module', () => {
    expect(qrPath([[true, false], [false, true]])).toBe('M0 0h1v1h-1zM1 1h1v1h-1z');
  });

  it('draws a real code with its three finder squares in the corners', () => {
    const qr = encode('https://onward.example/en/service/demo-stevenage-recovery-hub/', { border: 2 });
    const d = qrPath(qr.data);
    // Top-left of each finder pattern, just inside the 2-module border.
    for (const [x, y] of [[2, 2], [qr.size - 9, 2], [2, qr.size - 9]]) expect(d).toContain(`M${x} ${y}h1v1h-1z`);
  });
});
