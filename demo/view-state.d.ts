// Types for view-state.js, so the TypeScript tests can import the demo's plain ESM.
export interface View {
  start?: string;
  end?: string;
  /** An event id, or null for "nothing selected". */
  selected?: string | null;
  locale?: string;
  kinds?: string[];
  leaders?: string[];
  topics?: string[];
}
export const LOCALES: readonly string[];
export const FILTERS: readonly ['kinds', 'leaders', 'topics'];
export function isDay(value: unknown): value is string;
export function parse(url: string | URL | URLSearchParams | unknown, options?: { locales?: readonly string[] }): View;
export function serialize(view: View | null | undefined): string;
export function idList(text: string | null | undefined): string[] | undefined;
