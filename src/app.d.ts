// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
  /** The version string users see in More › About (from ONWARD_VERSION or package.json). */
  const __APP_VERSION__: string;
  namespace App {
    interface PageData {
      /** Set by pages that ship no app JavaScript (Home). */
      scriptless?: boolean;
    }
  }
}

export {};
