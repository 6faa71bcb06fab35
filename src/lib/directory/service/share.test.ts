import { describe, expect, it } from 'vitest';
import { shareLink, type ShareData } from './share';

const data: ShareData = { title: 'Example Recovery Hub', text: 'Example Recovery Hub, Stevenage', url: 'https://onward.example/en/service/x/' };

describe('shareLink', () => {
  it('uses the phone’s share sheet when there is one', async () => {
    const shared: ShareData[] = [];
    expect(await shareLink(data, { share: async (d) => void shared.push(d) })).toBe('shared');
    expect(shared).toEqual([data]);
  });

  it('treats closing the share sheet as a choice, not a failure', async () => {
    const copied: string[] = [];
    const nav = {
      share: async () => Promise.reject(new DOMException('closed', 'AbortError')),
      clipboard: { writeText: async (t: string) => void copied.push(t) }
    };
    expect(await shareLink(data, nav)).toBe('cancelled');
    expect(copied).toEqual([]);
  });

  it('copies the link when sharing is missing or refused', async () => {
    const copied: string[] = [];
    const clipboard = { writeText: async (t: string) => void copied.push(t) };
    expect(await shareLink(data, { clipboard })).toBe('copied');
    expect(await shareLink(data, { share: async () => Promise.reject(new DOMException('no', 'NotAllowedError')), clipboard })).toBe('copied');
    expect(copied).toEqual([data.url, data.url]);
  });

  it('asks the person to copy by hand when the clipboard fails too', async () => {
    expect(await shareLink(data, {})).toBe('manual');
    expect(await shareLink(data, { clipboard: { writeText: async () => Promise.reject(new Error('denied')) } })).toBe('manual');
  });
});
