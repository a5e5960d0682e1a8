// Text by language: tag syntax, canonical case, and the fallback chain. In the
// model rather than in format/ because the validator and the checker name
// leaders in their messages too.

import type { LocalizedText } from './types.js';

/**
 * A BCP 47 tag of the usual shapes: language, optional script, region and
 * variants ("en", "ja-JP", "zh-Hant-TW", "es-419"). The JSON Schema uses the same pattern.
 */
export const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-(?:[A-Za-z]{2}|[0-9]{3}))?(-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$/;

/** "JA-jp" → "ja-JP": lower-case language, title-case script, upper-case region. */
export function canonicalTag(tag: string): string {
  return tag
    .split('-')
    .map((part, i) => {
      if (i === 0) return part.toLowerCase();
      if (part.length === 4 && /^[A-Za-z]+$/.test(part)) return part[0]!.toUpperCase() + part.slice(1).toLowerCase();
      if (part.length === 2) return part.toUpperCase();
      return part.toLowerCase();
    })
    .join('-');
}

/**
 * The text for `lang`: the tag itself, then each shorter prefix
 * ("ja-JP" → "ja"), then English, then the first language given.
 * Tags in normalized data are canonical, so the lookups are exact.
 */
export function textIn(text: LocalizedText | undefined, lang: string): string {
  if (!text) return '';
  let tag = lang;
  while (tag) {
    const value = text[tag];
    if (value) return value;
    const cut = tag.lastIndexOf('-');
    tag = cut > 0 ? tag.slice(0, cut) : '';
  }
  if (text.en) return text.en;
  for (const key in text) {
    const value = text[key];
    if (value) return value;
  }
  return '';
}

/** The language `textIn` would pick, for a `lang` attribute on text that may not be in the page's language. */
export function languageOf(text: LocalizedText | undefined, lang: string): string | undefined {
  if (!text) return undefined;
  let tag = lang;
  while (tag) {
    if (text[tag]) return tag;
    const cut = tag.lastIndexOf('-');
    tag = cut > 0 ? tag.slice(0, cut) : '';
  }
  if (text.en) return 'en';
  for (const key in text) if (text[key]) return key;
  return undefined;
}
