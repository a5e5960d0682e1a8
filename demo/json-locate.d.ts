// Types for json-locate.js, so the TypeScript tests can import the demo's plain ESM.
export interface LocatedNode {
  type: 'object' | 'array' | 'value';
  start: number;
  end: number;
  entries?: Array<{ key: string; keyStart: number; keyEnd: number; node: LocatedNode }>;
  items?: LocatedNode[];
}
export interface Place {
  start: number;
  end: number;
  keyStart?: number;
  keyEnd?: number;
  found: boolean;
  at: string;
}
export function parseLocated(text: string): { root: LocatedNode | null; error: number };
export function locate(text: string, path: string): Place;
export function lineColumn(text: string, offset: number): { line: number; column: number };
