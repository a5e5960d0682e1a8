// Shorter forms of a name, for a term band with little room: the name as
// written, then the surname, then the initials. Names are data, so this only
// reads their written shape: words split by spaces (Latin) or by the katakana
// middle dot (ジョージ・W・ブッシュ), the surname being the last word. A name
// written without separators (安倍晋三) cannot be split reliably, and keeps
// its one form; where it does not fit, the term's <title> names it.

const SEPARATORS = /[\s\u30fb\u00b7]+/u;

/** The forms of `name` from longest to shortest, each shorter than the one before; at least the name itself. */
export function nameForms(name: string): string[] {
  const full = name.trim().replace(/\s+/gu, ' ');
  const words = full.split(SEPARATORS).filter(Boolean);
  if (words.length < 2) return full ? [full] : [];
  const surname = words.at(-1)!;
  const forms = [full, surname];
  // Initials run together (SA, GWB, as in JFK) and only from letters with case: "ジブ" would read as a word.
  if (words.every((w) => /^\p{Lu}/u.test(w))) forms.push(words.map((w) => w[0]).join(''));
  return forms.filter((f, i) => i === 0 || [...f].length < [...forms[i - 1]!].length);
}
