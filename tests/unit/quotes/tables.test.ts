// The engine's word tables (src/quotes/tables/) stay clean: no entry twice in one table (a Set
// hides it), and no entry that can never be looked up: token keys are lower-case single words
// (Token.key), so an entry with a capital, a space (outside the phrase tables) or punctuation the
// tokenizer splits off can never match; and an entry that an earlier check in the code always
// answers first is dead.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CORE_VERBS, NOUN_LIKE } from '../../../src/quotes/tables/frame-words.ts';
import { DATE_HEADS, THING_HEADS } from '../../../src/quotes/tables/non-speakers.ts';
import { GROUP_NOUNS } from '../../../src/quotes/tables/words.ts';

const DIR = join(import.meta.dirname, '../../../src/quotes/tables');
// Tables looked up with several words joined by a space ("bbc news", "known as", "message board").
const PHRASE_TABLES = new Set(['NEWS_OUTLETS', 'TERM_CUES', 'THING_HEADS', 'ACCORDING_TO']);
// Tables whose keys are not token keys (quote marks, calibration groups, headline words, first names with capitals).
const NOT_TOKEN_KEYS = new Set(['DOUBLE_MARKS', 'TWO_CHAR_MARKS', 'SINGLE_MARKS', 'CALIBRATION', 'WORDS_OF_CUES']);

interface Table { name: string; entries: string[]; file: string }

/** Every exported Set/Map of string literals (or of a whitespace-split template string) in the tables. */
function tables(): Table[] {
  const out: Table[] = [];
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.ts'))) {
    const src = ts.createSourceFile(file, readFileSync(join(DIR, file), 'utf8'), ts.ScriptTarget.Latest, true);
    for (const st of src.statements) {
      if (!ts.isVariableStatement(st)) continue;
      for (const d of st.declarationList.declarations) {
        const init = d.initializer;
        if (!init || !ts.isNewExpression(init) || !init.arguments?.length) continue;
        const arg = init.arguments[0]!;
        const entries: string[] = [];
        const visit = (n: ts.Node): void => {
          if (ts.isArrayLiteralExpression(n)) {
            for (const e of n.elements) {
              if (ts.isStringLiteral(e)) entries.push(e.text);
              // Map entries: the key is the first element of each pair.
              else if (ts.isArrayLiteralExpression(e) && e.elements[0] && ts.isStringLiteral(e.elements[0])) entries.push(e.elements[0].text);
            }
          } else if (ts.isNoSubstitutionTemplateLiteral(n)) {
            entries.push(...n.text.split(/\s+/).filter(Boolean));
          } else ts.forEachChild(n, visit);
        };
        visit(arg);
        if (entries.length) out.push({ name: d.name.getText(src), entries, file });
      }
    }
  }
  return out;
}

const TABLES = tables();

describe('engine word tables', () => {
  it('finds the tables', () => {
    expect(TABLES.length).toBeGreaterThanOrEqual(25);
  });

  it.each(TABLES.map((t) => [t.name, t] as const))('%s has no duplicate entry', (_, t) => {
    const seen = new Set<string>();
    const dup = t.entries.filter((e) => (seen.has(e) ? true : (seen.add(e), false)));
    expect(dup, `${t.file}: ${t.name}`).toEqual([]);
  });

  it.each(TABLES.filter((t) => !NOT_TOKEN_KEYS.has(t.name)).map((t) => [t.name, t] as const))('%s has only entries a token key can be', (_, t) => {
    const phrase = PHRASE_TABLES.has(t.name);
    // Lower case; no trailing period or possessive (the tokenizer strips them); no comma or other split punctuation.
    const unreachable = t.entries.filter((e) => e !== e.toLowerCase() || /[.'’]$/.test(e) || /[,;:!?()]/.test(e) || /-$/.test(e) || (!phrase && /\s/.test(e)));
    expect(unreachable, `${t.file}: ${t.name}`).toEqual([]);
  });

  it('has no entry an earlier check always answers first', () => {
    // cueAt() answers CORE_VERBS before it looks at NOUN_LIKE; vetSpeaker() refuses a thing, so a group noun there would never speak.
    expect([...NOUN_LIKE].filter((w) => CORE_VERBS.has(w))).toEqual([]);
    expect([...GROUP_NOUNS].filter((w) => THING_HEADS.has(w))).toEqual([]);
    expect([...DATE_HEADS].filter((w) => THING_HEADS.has(w))).toEqual([]);
  });
});
