// Issue 13, item 4: how articles describe a speaker (tables/appositives.ts) and the sentence around
// a quotation (quote-context.ts). One row per pattern; a new row for every bug.
import { describe, expect, it } from 'vitest';
import { describeSpeaker } from '../../../src/quotes/describe-speakers.ts';
import { contextFinder } from '../../../src/quotes/quote-context.ts';

describe('describeSpeaker', () => {
  it.each([
    ['appositive after the name, closed by a comma', 'Hatice Cengiz, fiancée of journalist Jamal Khashoggi, said she waited.', 'Hatice Cengiz', 'fiancée of journalist Jamal Khashoggi'],
    ['appositive after the name, then the speech verb', 'Jane Roe, a spokeswoman for the council said it was closed.', 'Jane Roe', 'a spokeswoman for the council'],
    ['a description before the name', 'Speaking on Monday, the Mayor of London, Sadiq Khan, said the city was ready.', 'Sadiq Khan', 'the Mayor of London'],
    ['a later occurrence when the first has none', 'Sadiq Khan spoke first. Later Sadiq Khan, the mayor, answered.', 'Sadiq Khan', 'the mayor'],
  ])('%s', (_why, text, name, expected) => {
    expect(describeSpeaker(text, name)).toBe(expected);
  });

  it.each([
    ['a relative clause is not a description', 'John Smith, who ran for office, said no.', 'John Smith'],
    ['a clause with a pronoun is not one', 'John Smith, he said, was late.', 'John Smith'],
    ['a capitalised phrase is a place or a name, not a description', 'John Smith, London, said no.', 'John Smith'],
    ['a quotation is never a description', 'John Smith, "the best", said no.', 'John Smith'],
    ['a long comma run is a clause', 'John Smith, speaking slowly and at length to the assembled reporters in the hall at noon today, said no.', 'John Smith'],
    ['no occurrence of the name', 'Nobody here.', 'John Smith'],
    ['a phrase opening with a preposition is an adverbial', 'Donald Trump, in a statement delivered via the press secretary, said no.', 'Donald Trump'],
    ['a phrase opening with a verb is a predicate', 'Mark Amodei, has publicly voiced support for the inquiry, officials said.', 'Mark Amodei'],
    ['"of <institution>" is part of the name phrase, not who they are', "Mu Li, of the University of NSW's school of public health, said so.", 'Mu Li'],
  ])('%s', (_why, text, name) => {
    expect(describeSpeaker(text, name)).toBeNull();
  });
});

describe('quote context', () => {
  const para = (t: string) => [{ start: 0, end: t.length }];
  it.each([
    ['a fragment keeps its sentence', 'He has served for "years." Then he left.', '"years."', { before: 'He has served for ', after: '' }],
    ['the frame after the quotation', 'Earlier news. "It is garbage," Trump said. More news.', '"It is garbage,"', { before: '', after: ' Trump said.' }],
    ['an abbreviation does not end the sentence', 'Mr. Smith called it "Witch Hunt garbage." Next.', '"Witch Hunt garbage."', { before: 'Mr. Smith called it ', after: '' }],
    ['the sentence before a mid-paragraph quotation is left out', 'One. Two said "three" today. Four.', '"three"', { before: 'Two said ', after: ' today.' }],
  ])('%s', (_why, text, quoted, expected) => {
    const start = text.indexOf(quoted);
    expect(contextFinder(text, para(text))({ start, end: start + quoted.length })).toEqual(expected);
  });

  it('stays inside the quotation’s paragraph and cuts long sides at a word', () => {
    const long = `${'word '.repeat(80)}said "x" and ${'more '.repeat(80)}end.`;
    const text = `First paragraph.\n\n${long}`;
    const start = text.indexOf('"x"');
    const c = contextFinder(text, [{ start: 0, end: 16 }, { start: 18, end: text.length }])({ start, end: start + 3 });
    expect(c.before.startsWith('…word')).toBe(true);
    expect(c.before).not.toContain('First');
    expect(c.after.endsWith('more…')).toBe(true);
  });
});
