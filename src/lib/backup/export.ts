/**
 * Making the export file, and proving it opens before the person is offered it: a file that
 * cannot be read back (a passphrase typo, a browser bug) is worse than none, because the person
 * believes they are safe. Loaded when the person taps Export.
 */
import { BackupError, parseBackupText, toBackupFile, type BackupData } from './format';

/** The shortest passphrase Export accepts: shorter ones are guessed by a laptop in hours. */
export const minPassphraseLength = 8;

export type PassphraseProblem = 'short' | 'mismatch';

/** Why a passphrase (typed twice) cannot be used; null when it can, or when there is none. */
export function passphraseProblem(passphrase: string, again: string): PassphraseProblem | null {
  if (passphrase === '' && again === '') return null;
  // Counted as characters a person sees (NFC), not UTF-16 units.
  if ([...passphrase.normalize('NFC')].length < minPassphraseLength) return 'short';
  if (passphrase.normalize('NFC') !== again.normalize('NFC')) return 'mismatch';
  return null;
}

/**
 * The text of the export file, encrypted when there is a passphrase, after reading it back the
 * way Import will (decrypt, parse, check every record) and comparing the data. Throws a
 * BackupError('damaged') when the copy would not open.
 */
export async function makeExportText(data: BackupData, now: Date, passphrase: string): Promise<string> {
  const plain = JSON.stringify(toBackupFile(data, now));
  let text = plain;
  let opened = plain;
  if (passphrase) {
    const { decryptBackup, encryptBackup } = await import('./crypto');
    text = JSON.stringify(await encryptBackup(plain, passphrase));
    const parsed = parseBackupText(text);
    if (parsed.kind !== 'encrypted') throw damaged();
    opened = await decryptBackup(parsed.file, passphrase);
  }
  const check = parseBackupText(opened);
  if (check.kind !== 'plain' || JSON.stringify(check.data) !== JSON.stringify(data)) throw damaged();
  return text;
}

const damaged = () => new BackupError('damaged');
