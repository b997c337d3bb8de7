// Golden fixtures: one folder per case under tests/fixtures/quotes/<case>/ with input.txt and
// expected.json (the engine's full output, spans shown with their words). A missing file fails;
// regenerate after an intended change with `npm run test:update-golden` and review the diff.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/quotes/extract-quotes.ts';
import { readGolden } from '../../support/golden.ts';

const ROOT = join(import.meta.dirname, '../../fixtures/quotes');

/** The engine output with every span also shown as its words, so a diff is readable. */
function snapshot(text: string): unknown {
  const r = extractQuotes(text);
  const words = (s: { start: number; end: number } | null): string | null => (s ? text.slice(s.start, s.end) : null);
  return {
    quotes: r.quotes.map((q) => ({
      id: q.id,
      start: q.start,
      end: q.end,
      text: text.slice(q.start, q.end),
      kind: q.kind,
      speaker: q.speaker,
      mention: q.mention && { ...q.mention, text: words(q.mention) },
      cue: q.cue && { ...q.cue, text: words(q.cue) },
      confidence: q.confidence,
      reason: q.reason,
      sieve: q.sieve,
      resolver: q.resolver,
    })),
    speakers: r.speakers,
  };
}

const cases = readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

describe('golden fixtures', () => {
  it('has fixtures', () => {
    expect(cases.length).toBeGreaterThanOrEqual(5);
  });

  it.each(cases)('%s', (name) => {
    const input = readFileSync(join(ROOT, name, 'input.txt'), 'utf8');
    const file = join(ROOT, name, 'expected.json');
    const got = snapshot(input);
    const expected = readGolden(file, got) as { quotes: { start: number; end: number; text: string }[] };
    // The fixture itself must be consistent: each span's words are what the text holds there.
    for (const q of expected.quotes) expect(input.slice(q.start, q.end)).toBe(q.text);
    expect(got).toEqual(expected);
  });
});
