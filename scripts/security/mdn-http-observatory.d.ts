// Types for the parts of @mdn/mdn-http-observatory (plain JavaScript, no declarations) that
// scripts/security/observatory.ts uses.
declare module '@mdn/mdn-http-observatory/src/retriever/retriever.js' {
  export type RetrieveOptions = { httpPort?: string; httpsPort?: string; path?: string; headers?: string[] };
  export type Requests = { hostname: string; responses: { auto: { status: number; headers: Record<string, unknown> } | null } };
  export function retrieve(hostname: string, options?: RetrieveOptions): Promise<Requests>;
}
declare module '@mdn/mdn-http-observatory/src/constants.js' {
  import type { Requests } from '@mdn/mdn-http-observatory/src/retriever/retriever.js';
  export type TestOutput = { result: string | null; pass: boolean | null; constructor: { name: string; title: string } };
  export const ALL_TESTS: ((requests: Requests) => TestOutput)[];
}
declare module '@mdn/mdn-http-observatory/src/grader/grader.js' {
  export function getGradeForScore(score: number): { score: number; grade: string };
  export function getScoreModifier(expectation: string): number;
  export function getScoreDescription(expectation: string): string;
}
declare module '@mdn/mdn-http-observatory/src/grader/charts.js' {
  export const MINIMUM_SCORE_FOR_EXTRA_CREDIT: number;
}
