// Property-based tests (fast-check): whatever the string, the engine returns spans inside the
// text, sorted, not overlapping, starting with a quote mark (or a transcript label's colon), deterministic, and never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQuotes, extractTitleQuotes } from '../../../src/quotes/extract-quotes.ts';
import type { QuoteAnalysis } from '../../../src/quotes/types.ts';

const OPENING = /^(?:["“”„«»〝〞]|''|``|‘‘|’’)/u;
const LABELLED = /(?:["“”„«»〝〞]|''|``|‘‘|’’)\s*[A-Z][A-Z.'’ -]*[A-Z]:\s*$/u;

function checkInvariants(text: string, r: QuoteAnalysis): void {
  let lastEnd = 0;
  for (const q of r.quotes) {
    expect(q.start).toBeGreaterThanOrEqual(lastEnd); // sorted and not overlapping
    expect(q.end).toBeGreaterThan(q.start);
    expect(q.end).toBeLessThanOrEqual(text.length);
    // (A transcript turn starts after its label: the mark and “WALLACE: ” come right before it.)
    if (q.sieve === 'transcript-label' && !OPENING.test(text.slice(q.start, q.end))) expect(text.slice(0, q.start)).toMatch(LABELLED);
    else expect(text.slice(q.start, q.end)).toMatch(OPENING);
    expect(q.confidence).toBeGreaterThanOrEqual(0);
    expect(q.confidence).toBeLessThanOrEqual(1);
    for (const s of [q.mention, q.cue]) {
      if (!s) continue;
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeLessThanOrEqual(text.length);
      expect(s.end).toBeGreaterThan(s.start);
    }
    lastEnd = q.end;
  }
  expect(r.quotes.map((q) => q.id)).toEqual(r.quotes.map((_, i) => `q${i + 1}`));
  expect(r.speakers.reduce((n, s) => n + s.count, 0)).toBe(r.quotes.filter((q) => q.speaker).length);
}

// Text made of the pieces that stress the engine: every kind of mark, apostrophes, cues, names.
const piece = fc.constantFrom(
  '"', '“', '”', '„', "''", "'", "'''", '‘', '’', '``', '«', '»', ' ', '\n', '\n\n', '.', ',', ':', ' said ', ' he ',
  ' she said, ', 'Obama', ' Mr. ', ' according to ', 'Hillary Clinton', ' the President ', '<tweet id="1">', '</tweet>',
  ' — ', '(', ')', 'U.S.', " rock 'n' roll ", 'WALLACE: ', '?', '!', '…',
);
const newsy = fc.array(fc.oneof(piece, fc.string({ maxLength: 6 })), { maxLength: 60 }).map((a) => a.join(''));

describe('extractQuotes properties', () => {
  it('holds its invariants on random Unicode', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
      checkInvariants(text, extractQuotes(text));
    }), { numRuns: 300 });
  });

  it('holds its invariants on unbalanced and stray marks mixed with frames', () => {
    fc.assert(fc.property(newsy, (text) => {
      checkInvariants(text, extractQuotes(text));
    }), { numRuns: 500 });
  });

  it('is deterministic', () => {
    fc.assert(fc.property(newsy, (text) => {
      expect(extractQuotes(text)).toEqual(extractQuotes(text));
    }), { numRuns: 200 });
  });

  it('never reports an engine error as a warning (no exception was caught)', () => {
    fc.assert(fc.property(fc.oneof(newsy, fc.string({ unit: 'binary', maxLength: 200 })), (text) => {
      expect(extractQuotes(text).warnings.filter((w) => w.message.startsWith('engine error'))).toEqual([]);
    }), { numRuns: 500 });
  });

  it('handles the empty string', () => {
    expect(extractQuotes('')).toEqual({ quotes: [], speakers: [], warnings: [] });
  });

  it('handles a 1 MB article of quotations and a 1 MB run of stray marks', () => {
    const para = '“We will win this,” Barack Obama said. He added, “And we will keep going.” Jones’ car is from the ’90s.';
    const big = Array.from({ length: Math.ceil(1e6 / (para.length + 2)) }, () => para).join('\n\n');
    const r = extractQuotes(big);
    checkInvariants(big, r);
    expect(r.quotes.length).toBe(2 * Math.ceil(1e6 / (para.length + 2)));
    expect(r.speakers[0]!.name).toBe('Barack Obama');
    const marks = '“'.repeat(5e5) + '"'.repeat(5e5);
    checkInvariants(marks, extractQuotes(marks));
  }, 120_000); // robustness, not speed: speed is measured by npm run bench:quotes

  it('keeps its invariants on adversarial shapes (unclosed runs, one giant paragraph)', () => {
    for (const text of ['He said “'.repeat(20_000), '“We go now,” he said. Smith waved. '.repeat(10_000), "'' ” “ '''".repeat(20_000)]) {
      const r = extractQuotes(text);
      checkInvariants(text, r);
      expect(r.warnings.filter((w) => w.message.startsWith('engine error'))).toEqual([]);
    }
  }, 120_000);

  it('extractTitleQuotes never throws and stays inside the title', () => {
    fc.assert(fc.property(newsy, (title) => {
      // (Asserted on every title: most random titles hold no quotation, and a run of 300 without
      // one had no assertion at all, which expect.hasAssertions() fails.)
      let quotes: ReturnType<typeof extractTitleQuotes> = [];
      expect(() => { quotes = extractTitleQuotes(title); }).not.toThrow();
      for (const q of quotes) {
        expect(q.start).toBeGreaterThanOrEqual(0);
        expect(q.end).toBeLessThanOrEqual(title.length);
        expect(q.end).toBeGreaterThan(q.start);
      }
    }), { numRuns: 300 });
  });
});
