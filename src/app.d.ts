// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
  /** The version string users see in More › About (from ONWARD_VERSION or package.json). */
  const __APP_VERSION__: string;
  /** Where the browser fetches message files: `/_app/immutable/messages/<content hash>` (scripts/lib/messages-assets.ts). */
  const __MESSAGES_BASE__: string;
  /** Find help loads the whole directory when it holds at most this many services (vite.config.ts). */
  const __WHOLE_DIRECTORY_UP_TO__: number;
  namespace App {
    interface PageData {
      /** Set by pages that ship no app JavaScript (Home). */
      scriptless?: boolean;
    }
  }
}

export {};
