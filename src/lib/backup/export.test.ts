import { describe, expect, it, vi } from 'vitest';
import { keyWorker, probationAppointment, samplePlan } from '$lib/plan/fixtures';
import { decryptBackup } from './crypto';
import { makeExportText, passphraseProblem } from './export';
import { BackupError, parseBackupText, type BackupData } from './format';

const { plan, items } = samplePlan();
const data: BackupData = { plan: [plan], planItems: items, appointments: [probationAppointment], contacts: [keyWorker], saved: [], place: null };

describe('export', () => {
  it('asks for 8 characters and the same passphrase twice; none at all is fine', () => {
    expect(passphraseProblem('', '')).toBeNull();
    expect(passphraseProblem('short', 'short')).toBe('short');
    expect(passphraseProblem('long enough', 'long enuogh')).toBe('mismatch');
    expect(passphraseProblem('long enough', '')).toBe('mismatch');
    expect(passphraseProblem('long enough', 'long enough')).toBeNull();
    // é as one character and as e + combining accent are the same passphrase.
    expect(passphraseProblem('caf\u00e9 caf\u00e9', 'cafe\u0301 cafe\u0301')).toBeNull();
  });

  it('gives a file that opens with the passphrase, whichever way é was typed', async () => {
    const text = await makeExportText(data, new Date(2026, 0, 1), 'caf\u00e9 au lait');
    const parsed = parseBackupText(text);
    expect(parsed.kind).toBe('encrypted');
    const opened = await decryptBackup((parsed as { file: unknown }).file, 'cafe\u0301 au lait');
    expect(parseBackupText(opened)).toEqual({ kind: 'plain', data });
  });

  it('refuses to offer a file that does not open again', async () => {
    const crypto = await import('./crypto');
    const spy = vi.spyOn(crypto, 'decryptBackup').mockRejectedValueOnce(new BackupError('wrongPassphrase'));
    await expect(makeExportText(data, new Date(), 'long enough')).rejects.toBeInstanceOf(BackupError);
    spy.mockRestore();
  });
});
