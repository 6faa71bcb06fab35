/**
 * Sharing a service link: the phone's own share sheet where there is one (Android Chrome),
 * else a copy to the clipboard, else the link shown to copy by hand. Linux Chromium and most
 * desktop browsers have no navigator.share.
 */

export interface ShareData {
  title: string;
  text: string;
  url: string;
}

/** What happened, so the page can say so: `manual` means show the link to copy by hand. */
export type ShareOutcome = 'shared' | 'cancelled' | 'copied' | 'manual';

/** The parts of `navigator` sharing uses. */
export interface ShareNavigator {
  share?: (data: ShareData) => Promise<void>;
  clipboard?: { writeText: (text: string) => Promise<void> };
}

/**
 * Call straight from the click handler: share() needs the tap's user activation, so nothing may
 * be awaited before it. Closing the share sheet (AbortError) is the person's choice, not an error.
 */
export async function shareLink(data: ShareData, nav: ShareNavigator): Promise<ShareOutcome> {
  if (typeof nav.share === 'function') {
    try {
      await nav.share(data);
      return 'shared';
    } catch (error) {
      if ((error as { name?: string } | null)?.name === 'AbortError') return 'cancelled';
      // NotAllowedError, a WebView without a share target…: copy instead.
    }
  }
  try {
    if (!nav.clipboard) return 'manual';
    await nav.clipboard.writeText(data.url);
    return 'copied';
  } catch {
    return 'manual';
  }
}
