import { describe, expect, it } from 'vitest';
import { afterWrongTry, isLockSetting, maxWaitMs, secretProblem, waitAfter, waitLeft } from './lock-setting';

describe('waiting after wrong tries', () => {
  it('doubles: 1 s, 2 s, 4 s, 8 s …, up to 15 minutes', () => {
    expect([1, 2, 3, 4, 5].map(waitAfter)).toEqual([1000, 2000, 4000, 8000, 16_000]);
    expect(waitAfter(0)).toBe(0);
    expect(waitAfter(11)).toBe(maxWaitMs);
    expect(waitAfter(1000)).toBe(maxWaitMs);
  });

  it('counts tries in a row and the time left, never more than the longest wait (a clock put back)', () => {
    const first = afterWrongTry(undefined, 10_000);
    expect(first).toEqual({ failures: 1, until: 11_000 });
    const second = afterWrongTry(first, 11_500);
    expect(second).toEqual({ failures: 2, until: 13_500 });
    expect(waitLeft(second, 12_000)).toBe(1500);
    expect(waitLeft(second, 14_000)).toBe(0);
    expect(waitLeft({ failures: 3, until: Date.now() + 10 * maxWaitMs }, Date.now())).toBe(maxWaitMs);
    expect(waitLeft(undefined, 0)).toBe(0);
  });
});

describe('a new PIN or passphrase', () => {
  it('PIN: 4 to 6 digits, typed the same twice', () => {
    expect(secretProblem('pin', '1234', '1234')).toBeNull();
    expect(secretProblem('pin', '123456', '123456')).toBeNull();
    expect(secretProblem('pin', '123', '123')).toBe('pinDigits');
    expect(secretProblem('pin', '1234567', '1234567')).toBe('pinDigits');
    expect(secretProblem('pin', '12a4', '12a4')).toBe('pinDigits');
    expect(secretProblem('pin', '1234', '1243')).toBe('mismatch');
  });

  it('passphrase: 8 characters or more (as a person counts them), typed the same twice', () => {
    expect(secretProblem('passphrase', 'blue kettle rain', 'blue kettle rain')).toBeNull();
    expect(secretProblem('passphrase', 'short', 'short')).toBe('short');
    expect(secretProblem('passphrase', '😀😀😀😀😀😀😀', '😀😀😀😀😀😀😀')).toBe('short');
    expect(secretProblem('passphrase', 'cafe\u0301 noir', 'café noir')).toBeNull();
    expect(secretProblem('passphrase', 'blue kettle rain', 'blue kettle rian')).toBe('mismatch');
  });
});

describe('the stored lock setting', () => {
  const good = { kind: 'pin', salt: 'c2FsdHNhbHRzYWx0c2FsdA==', iterations: 600_000, check: { iv: 'aXZpdml2aXZpdml2', data: 'ZGF0YQ==' } };
  it('passes only whole', () => {
    expect(isLockSetting(good)).toBe(true);
    expect(isLockSetting({ ...good, kind: 'face' })).toBe(false);
    expect(isLockSetting({ ...good, iterations: '600000' })).toBe(false);
    expect(isLockSetting({ ...good, check: { iv: '<script>' } })).toBe(false);
    expect(isLockSetting(null)).toBe(false);
  });
});
