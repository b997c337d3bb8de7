// Table-driven tests: one row per attribution pattern listed in issue 3 (and one per bug found).
// Each row gives a text and, for every quotation expected, its words, speaker and (optionally)
// kind and mention. Rows with `none` list quote-mark spans that must NOT be reported.
import { describe, expect, it } from 'vitest';
import { LOW_CONFIDENCE } from '../../../src/common/confidence.ts';
import { extractQuotes, extractTitleQuotes } from '../../../src/quotes/extract-quotes.ts';
import type { Quote, SpeakerType } from '../../../src/quotes/types.ts';

interface Expected {
  /** The quotation exactly as text.slice(start, end). */
  quote: string;
  speaker: string | null;
  kind?: 'direct' | 'partial' | 'continuation';
  /** The words of the mention, when the row is about the mention. */
  mention?: string;
  /** The sieve that must attribute it, when the row is about a pattern. */
  sieve?: Quote['sieve'];
  /** The resolver step that must name the speaker. */
  resolver?: Quote['resolver'];
  /** The kind of speaker. */
  type?: SpeakerType;
  /** Words the reason must contain (e.g. why a quotation is unattributed). */
  reason?: RegExp;
}
interface Row {
  name: string;
  text: string;
  quotes: Expected[];
  /** Quoted spans that are not anybody's quotation (scare quotes, titles, nicknames). */
  none?: string[];
}

const ROWS: Row[] = [
  {
    name: 'curly marks, speaker after: “…,” X said',
    text: 'Barack Obama spoke on Friday.\n\n“We did not see further tampering,” Obama said.',
    quotes: [{ quote: '“We did not see further tampering,”', speaker: 'Barack Obama', kind: 'direct', mention: 'Obama', sieve: 'trailing-frame', resolver: 'name' }],
  },
  {
    name: 'straight marks, inverted: "…," said X',
    text: '"People are angry," said Chicago Alderman Jason C. Ervin.',
    quotes: [{ quote: '"People are angry,"', speaker: 'Jason C. Ervin', mention: 'Chicago Alderman Jason C. Ervin', sieve: 'trailing-frame', resolver: 'name' }],
  },
  {
    name: "two apostrophes as marks ('' archive text)",
    text: "''We are in an age of responsibility,'' Mr. Luntz said.",
    quotes: [{ quote: "''We are in an age of responsibility,''", speaker: 'Luntz', mention: 'Mr. Luntz', sieve: 'trailing-frame', resolver: 'name' }],
  },
  {
    name: "'' marks with a nested single quote closing at the end (''')",
    text: "''She told me, 'Mrs. Bush, that was our present to you.''' Laura Bush said.",
    quotes: [{ quote: "''She told me, 'Mrs. Bush, that was our present to you.'''", speaker: 'Laura Bush', sieve: 'trailing-frame', resolver: 'name' }],
  },
  {
    name: 'single quotes nested inside double quotes',
    text: '“He kept saying ‘not now’ to everyone,” Hugh Hill said.',
    quotes: [{ quote: '“He kept saying ‘not now’ to everyone,”', speaker: 'Hugh Hill', sieve: 'trailing-frame', resolver: 'organisation' }],
  },
  {
    name: "apostrophes are not quotes ('90s, Jones' car, rock 'n' roll)",
    text: "In the '90s, Jones' car played rock 'n' roll. \"It was loud,\" Mary Jones said.",
    quotes: [{ quote: '"It was loud,"', speaker: 'Mary Jones', sieve: 'trailing-frame', resolver: 'name' }],
  },
  {
    name: 'single quotes never make a quotation',
    text: "Officials called the plan 'a disaster' on Monday, and Smith said nothing.",
    quotes: [],
  },
  {
    name: 'speaker before with a colon: X said: “…”',
    text: 'President Barack Obama said in a statement: “Tonight we celebrate.”',
    quotes: [{ quote: '“Tonight we celebrate.”', speaker: 'Barack Obama', kind: 'direct', sieve: 'intro-frame', resolver: 'name' }],
  },
  {
    name: 'speaker before with a comma: X added, “…”',
    text: 'Sean Hannity added, “I think Marco is still in it.”',
    quotes: [{ quote: '“I think Marco is still in it.”', speaker: 'Sean Hannity', kind: 'direct', sieve: 'intro-frame', resolver: 'name' }],
  },
  {
    name: 'speaker in the middle: “…,” he said, “…”',
    text: 'John Podesta spoke last.\n\n“It was really hard,” he said, “and that made the difference.”',
    quotes: [
      { quote: '“It was really hard,”', speaker: 'John Podesta', mention: 'he', sieve: 'trailing-frame', resolver: 'pronoun' },
      { quote: '“and that made the difference.”', speaker: 'John Podesta', mention: 'he', sieve: 'embedded-frame', resolver: 'pronoun' },
    ],
  },
  {
    name: 'continuation in the same paragraph: “…,” X said. “…”',
    text: '“We will win,” Clinton said. “The voters are with us.”',
    quotes: [
      { quote: '“We will win,”', speaker: 'Clinton', kind: 'direct', sieve: 'trailing-frame', resolver: 'name' },
      { quote: '“The voters are with us.”', speaker: 'Clinton', kind: 'continuation', mention: 'Clinton', sieve: 'paragraph-continuation', resolver: 'name' },
    ],
  },
  {
    name: 'continuation closed by a full stop: “…,” she said. “…” She noted a rally … (the next sentence, not its frame)',
    text: 'Catherine Frazier spoke for the campaign.\n\n“I disagree,” she said. “We feel good about the areas.” She noted a rally on Saturday in Sioux City.',
    quotes: [
      { quote: '“I disagree,”', speaker: 'Catherine Frazier', mention: 'she', sieve: 'trailing-frame' },
      { quote: '“We feel good about the areas.”', speaker: 'Catherine Frazier', kind: 'continuation', mention: 'she', sieve: 'paragraph-continuation' },
    ],
  },
  {
    name: 'whole quotation closed by a full stop, then “He added: …”: the cue frames the next quotation',
    text: 'Mr. Zahed met the press.\n\n“We are refugees,” Ms. Alawee said. “We are not terrorists.” Mr. Zahed said: “The attack is the work of terrorists.”',
    quotes: [
      { quote: '“We are refugees,”', speaker: 'Alawee', sieve: 'trailing-frame' },
      { quote: '“We are not terrorists.”', speaker: 'Alawee', kind: 'continuation', sieve: 'paragraph-continuation' },
      { quote: '“The attack is the work of terrorists.”', speaker: 'Zahed', sieve: 'intro-frame' },
    ],
  },
  {
    name: 'mention of the quotation’s own clause: “…,” Stevens says, but she believes the plan is “…” (she, resolving to Stevens)',
    text: 'Michelle Stevens runs a bakery.\n\n“Success depends on you,” Stevens says, but she believes the plan is “two different flip sides to it.”',
    quotes: [
      { quote: '“Success depends on you,”', speaker: 'Michelle Stevens', mention: 'Stevens', sieve: 'trailing-frame' },
      { quote: '“two different flip sides to it.”', speaker: 'Michelle Stevens', mention: 'she', sieve: 'embedded-frame', resolver: 'name' },
    ],
  },
  {
    name: 'mention of the quotation’s own clause: Obama has been criticized …, though last week he used stronger language, saying …',
    text: 'President Obama has been criticized for the term, though last week he used stronger language, saying the group “must be destroyed.”',
    quotes: [{ quote: '“must be destroyed.”', speaker: 'Obama', mention: 'he', sieve: 'embedded-frame', resolver: 'name' }],
  },
  {
    name: 'mention of the quotation’s own clause, and its continuation: Reid said …, but he gave a compliment: “…” “…”',
    text: 'Harry Reid spoke last.\n\nReid said both men are “non-entities,” but he gave the Texan a compliment: “You never have to guess where he is.” “He is a very smart man.”',
    quotes: [
      { quote: '“non-entities,”', speaker: 'Harry Reid', mention: 'Reid', sieve: 'embedded-frame' },
      { quote: '“You never have to guess where he is.”', speaker: 'Harry Reid', mention: 'he', sieve: 'intro-frame' },
      { quote: '“He is a very smart man.”', speaker: 'Harry Reid', kind: 'continuation', mention: 'he', sieve: 'paragraph-continuation' },
    ],
  },
  {
    name: 'a pronoun inside what the cue reports is no mention of its own: Sanders says he would …, calling them “…”',
    text: 'Bernie Sanders spoke on Friday.\n\nSanders says he would release his returns, calling them “very boring tax returns.”',
    quotes: [{ quote: '“very boring tax returns.”', speaker: 'Bernie Sanders', mention: 'Sanders', sieve: 'embedded-frame' }],
  },
  {
    name: 'a pronoun of the clause that resolves to someone else is no mention of the speaker: Stevens says, but he believes …',
    text: 'Tom Hill met Michelle Stevens.\n\n“Success depends on you,” Stevens says, but he believes the plan is “two different flip sides to it.”',
    quotes: [
      { quote: '“Success depends on you,”', speaker: 'Michelle Stevens', mention: 'Stevens' },
      { quote: '“two different flip sides to it.”', speaker: 'Michelle Stevens', mention: 'Stevens' },
    ],
  },
  {
    name: 'a surname that is a common word, named in full in the article: George Will … “…,” Will wrote. Will described Trump as a “…”',
    text: 'The columnist George Will wrote a scathing op-ed.\n\n“This should hasten the eclipse of Donald Trump,” Will wrote. Will described Trump as a “caricature of democracy.”',
    quotes: [
      { quote: '“This should hasten the eclipse of Donald Trump,”', speaker: 'George Will', mention: 'Will', sieve: 'trailing-frame', resolver: 'name' },
      { quote: '“caricature of democracy.”', speaker: 'George Will', mention: 'Will', sieve: 'embedded-frame', resolver: 'name' },
    ],
  },
  {
    name: 'a surname that is a preposition: Al From … “…,” From said; “From the start” stays a preposition',
    text: 'Al From founded the council.\n\n“The circumstances are changed,” From said.\n\nFrom the start, the council had critics. “It was a different world,” said Al From.',
    quotes: [
      { quote: '“The circumstances are changed,”', speaker: 'Al From', mention: 'From', sieve: 'trailing-frame' },
      { quote: '“It was a different world,”', speaker: 'Al From', mention: 'Al From', sieve: 'trailing-frame' },
    ],
  },
  {
    name: 'a surname that is a month: Theresa May … “…,” May said (and “In May,” stays a date)',
    text: 'Prime Minister Theresa May met the press.\n\nIn May, the talks failed. “We will leave,” May said.',
    quotes: [{ quote: '“We will leave,”', speaker: 'Theresa May', mention: 'May', sieve: 'trailing-frame', resolver: 'name' }],
  },
  {
    name: 'a common word after a first name in a Title-Case run is no surname: Bernie Will Win … “…,” Will said stays unnamed',
    text: 'Bernie Will Win The Primary.\n\n“Nobody knows,” said Tom Hill. Will voters listen?',
    quotes: [{ quote: '“Nobody knows,”', speaker: 'Tom Hill', sieve: 'trailing-frame' }],
  },
  {
    name: 'a partial quotation in a new sentence with a described subject that acts is that subject’s, not a continuation: The agency declined to detail its “…”',
    text: 'In a letter, the FBI confirmed that it was “working on matters related to the server.” The agency declined to detail the investigation’s “specific focus, scope or potential targets.”',
    quotes: [
      { quote: '“working on matters related to the server.”', speaker: 'FBI', sieve: 'embedded-frame' },
      { quote: '“specific focus, scope or potential targets.”', speaker: 'the agency', kind: 'partial', mention: 'The agency', sieve: 'sentence-subject', resolver: 'description' },
    ],
  },
  {
    name: 'a partial quotation framed by a cue before it is not framed by the clause after it: Kerry said that although the elections were an “…,” they were …',
    text: 'Secretary of State John Kerry said in a statement Sunday that although the elections were an “important step forward,” they were far from perfect.',
    quotes: [{ quote: '“important step forward,”', speaker: 'John Kerry', kind: 'partial', sieve: 'embedded-frame', resolver: 'name' }],
  },
  {
    name: 'a partial quotation framed by a cue before it: Rubio said that by refusing to say the words “…,” Democrats are …',
    text: 'On ABC News, Marco Rubio said that by refusing to say the words “radical Islam,” Democrats are making a mistake.',
    quotes: [{ quote: '“radical Islam,”', speaker: 'Marco Rubio', kind: 'partial', sieve: 'embedded-frame' }],
  },
  {
    name: 'a pronoun before a partial quotation and a name after it are one person: In what he acknowledged as a “rant,” President Obama took a whack …',
    text: 'Donald Trump spoke first.\n\nIn what he acknowledged as a news conference-ending “rant,” President Obama took a whack at Trump.',
    quotes: [{ quote: '“rant,”', speaker: 'Obama', kind: 'partial', sieve: 'trailing-frame' }],
  },
  {
    name: 'cue verbs in their -s form: “…,” Stevens says, but she cautions that she sees “…”',
    text: 'Michelle Stevens runs a bakery.\n\n“Success depends on you,” Stevens says, but she cautions that she sees “two different flip sides to it.”',
    quotes: [
      { quote: '“Success depends on you,”', speaker: 'Michelle Stevens', mention: 'Stevens', sieve: 'trailing-frame' },
      { quote: '“two different flip sides to it.”', speaker: 'Michelle Stevens', mention: 'she', sieve: 'embedded-frame', resolver: 'pronoun' },
    ],
  },
  {
    name: 'a frame after a full stop that ends the sentence still frames: “….” Trump said on Tuesday.',
    text: '“I hope you find the emails.” Donald Trump said on Tuesday.',
    quotes: [{ quote: '“I hope you find the emails.”', speaker: 'Donald Trump', sieve: 'trailing-frame' }],
  },
  {
    name: 'quotation over several paragraphs, open at the paragraph end',
    text: 'Ash Carter told the conference: “The United States will stay.\n\n“We will not leave the region.”',
    quotes: [
      { quote: '“The United States will stay.', speaker: 'Ash Carter', sieve: 'intro-frame', resolver: 'name' },
      { quote: '“We will not leave the region.”', speaker: 'Ash Carter', kind: 'continuation', sieve: 'previous-paragraph', resolver: 'name' },
    ],
  },
  {
    name: 'appositive: Hugh Hill, a doctor at the clinic, said',
    text: '“The wait is too long,” Hugh Hill, a doctor at the clinic, said.',
    quotes: [{ quote: '“The wait is too long,”', speaker: 'Hugh Hill', mention: 'Hugh Hill', sieve: 'trailing-frame', resolver: 'organisation' }],
  },
  {
    name: 'appositive opening with a capitalised possessor: the subject, not a name in the reported clause (X, New Jersey’s governor, said that Y …, calling him “…”)',
    text: 'Chris Christie, New Jersey’s sitting governor, said that Marco Rubio recites the same points, calling him a “talented guy” on stage.',
    quotes: [{ quote: '“talented guy”', speaker: 'Chris Christie', mention: 'Chris Christie', sieve: 'embedded-frame', resolver: 'name' }],
  },
  {
    name: 'words after "as" judge a possessed speech noun: the judge, not the possessor (Hollande denounced Trump’s remarks as “…”)',
    text: 'Francois Hollande rejected Donald Trump’s remarks as “hurtful and humiliating” on Tuesday.',
    quotes: [{ quote: '“hurtful and humiliating”', speaker: 'Francois Hollande', mention: 'Francois Hollande', sieve: 'sentence-subject', resolver: 'name' }],
  },
  {
    name: 'an evaluative cue verb frames its own words: “denounced” (Hollande denounced Trump’s remarks as “…”)',
    text: 'Francois Hollande denounced Donald Trump’s remarks as “hurtful and humiliating” on Tuesday.',
    quotes: [{ quote: '“hurtful and humiliating”', speaker: 'Francois Hollande', mention: 'Francois Hollande', sieve: 'embedded-frame', resolver: 'name' }],
  },
  {
    name: 'one evaluative word after a blaming verb is the subject’s (Trump blamed the shootings on “sickos”)',
    text: 'Donald Trump blamed the problem of mass shootings on “sickos” and suggested building institutions to house them.',
    quotes: [{ quote: '“sickos”', speaker: 'Donald Trump', mention: 'Donald Trump', sieve: 'embedded-frame', resolver: 'name' }],
  },
  {
    name: 'one word after “implied” is the subject’s, a pronoun resolved by the previous sentence (He implied a judge was “hostile”)',
    text: 'Donald Trump spoke in Iowa.\n\nHe implied a federal judge was biased and “hostile” because of his heritage.',
    quotes: [{ quote: '“hostile”', speaker: 'Donald Trump', mention: 'He', sieve: 'embedded-frame', resolver: 'pronoun' }],
  },
  {
    name: 'a manner adverb between subject and cue verb is skipped (… he infamously referred to them as “…”)',
    text: 'Donald Trump spoke in New York.\n\nWhen Trump announced his candidacy, he infamously referred to Mexican immigrants as “criminals” while calling for a wall.',
    quotes: [{ quote: '“criminals”', speaker: 'Donald Trump', mention: 'he', sieve: 'embedded-frame', resolver: 'pronoun' }],
  },
  {
    name: 'an opening subordinate clause has its own subject: the main clause’s speaks (Asked whether Mr. Clinton …, Mrs. Clinton shook her head and said, “…”)',
    text: 'Asked on Monday whether Bill Clinton would hold a cabinet position, Hillary Clinton shook her head and said, “No, he would not.”',
    quotes: [{ quote: '“No, he would not.”', speaker: 'Hillary Clinton', mention: 'Hillary Clinton', sieve: 'intro-frame', resolver: 'name' }],
  },
  {
    name: 'a retort verb with “back” is a cue (After Brown criticized Bill Clinton, Hillary shot back, “…”)',
    text: 'After Jerry Brown criticized Bill Clinton during a debate, Hillary Clinton shot back, “I suppose I could have stayed home.”',
    quotes: [{ quote: '“I suppose I could have stayed home.”', speaker: 'Hillary Clinton', mention: 'Hillary Clinton', sieve: 'intro-frame', resolver: 'name' }],
  },
  {
    name: 'modifiers between a possessor and its speech noun: the possessor said the one word (Trump’s recent evidence-free assertion that “thousands” …)',
    text: 'For example, Donald Trump’s recent evidence-free assertion that “thousands” of people celebrated was repeated online.',
    quotes: [{ quote: '“thousands”', speaker: 'Donald Trump', mention: 'Donald Trump’s', sieve: 'embedded-frame', resolver: 'name' }],
  },
  {
    name: 'an earlier clause’s speech verb, before a comma, is not the outer frame (While not everything Trump says is true, Jamieson said Trump is “…”)',
    text: 'While not everything Trump says is true, Kathleen Jamieson said Trump is “telling his supporters what they want to believe.”',
    quotes: [{ quote: '“telling his supporters what they want to believe.”', speaker: 'Kathleen Jamieson', mention: 'Kathleen Jamieson', sieve: 'embedded-frame', resolver: 'name' }],
  },
  {
    name: 'a partial quotation in a new sentence whose pronoun subject acts is that pronoun’s, not a continuation (… Sanders said. He commanded the party to “…”)',
    text: '“We will fight on,” Bernie Sanders said in Carson. He commanded the Democratic Party to “do the right thing and open its doors.”',
    quotes: [
      { quote: '“We will fight on,”', speaker: 'Bernie Sanders', mention: 'Bernie Sanders', sieve: 'trailing-frame' },
      { quote: '“do the right thing and open its doors.”', speaker: 'Bernie Sanders', mention: 'He', sieve: 'sentence-subject', resolver: 'pronoun' },
    ],
  },
  {
    name: 'a time phrase between subject and verb is no subject (Donald Trump at the time said … “…”)',
    text: 'Donald Trump at the time said he had asked his “people” to look into paying the fees.',
    quotes: [{ quote: '“people”', speaker: 'Donald Trump', mention: 'Donald Trump', sieve: 'embedded-frame', resolver: 'name' }],
  },
  {
    name: 'an "ago" phrase between subject and verb is no subject (the State Department less than two weeks ago said … “…”)',
    text: 'The State Department less than two weeks ago said for the first time that “top secret” intelligence had passed through the server.',
    quotes: [{ quote: '“top secret”', speaker: 'State Department', mention: 'State Department', sieve: 'embedded-frame', resolver: 'organisation' }],
  },
  {
    name: 'quoted words in a reported that-clause: the clause subject, by the reported-frame sieve (its own low confidence)',
    text: 'That is when she pointed to reports that Donald Trump called the pageant winner “Miss Piggy” in 1996.',
    quotes: [{ quote: '“Miss Piggy”', speaker: 'Donald Trump', mention: 'Donald Trump', sieve: 'reported-frame', resolver: 'name' }],
  },
  {
    name: 'without a "that" before the subject, quoted words in reported speech stay embedded-frame (Obama said the plan was “…”)',
    text: 'Barack Obama said the plan was “a disaster” for the region.',
    quotes: [{ quote: '“a disaster”', speaker: 'Barack Obama', mention: 'Barack Obama', sieve: 'embedded-frame', resolver: 'name' }],
  },
  {
    name: 'appositive before the quote: X, a spokesman for Y, said',
    text: 'Brian Fallon, a spokesman for Mrs. Clinton, said, “We are confident.”',
    quotes: [{ quote: '“We are confident.”', speaker: 'Brian Fallon', mention: 'Brian Fallon', sieve: 'intro-frame', resolver: 'name' }],
  },
  {
    name: 'role as speaker: a spokesperson for the hospital said',
    text: '“Visits are suspended,” a spokesperson for the hospital said.',
    quotes: [{ quote: '“Visits are suspended,”', speaker: 'a spokesperson for the hospital', mention: 'a spokesperson for the hospital', sieve: 'trailing-frame', resolver: 'description' }],
  },
  {
    name: 'a company name modifies a description: a Twitter spokesman said',
    text: "''Our rules make that clear,'' a Twitter spokesman said.",
    quotes: [{ quote: "''Our rules make that clear,''", speaker: 'a Twitter spokesman', type: 'role', sieve: 'trailing-frame', resolver: 'description' }],
  },
  {
    name: 'a party word after a determiner is a person described: one senior Democrat said',
    text: '“The campaign has been reluctant,” one senior Democrat said.',
    quotes: [{ quote: '“The campaign has been reluctant,”', speaker: 'one senior Democrat', type: 'role', sieve: 'trailing-frame', resolver: 'description' }],
  },
  {
    name: 'a lone capitalised word at a sentence start that no verb follows is no speaker',
    text: "The campaign spent heavily. Frustrations over ''hemorrhaging cash,'' have begun to percolate.",
    quotes: [{ quote: "''hemorrhaging cash,''", speaker: null, reason: /starts a sentence/ }],
  },
  {
    name: 'a line of its own with a dash and a name signs the quotation before it',
    text: 'Bernie Sanders spoke in the debate.\n\n"Boeing and GE pay zero taxes."\n\n- Sanders.\n\nThe claim is complex.',
    quotes: [{ quote: '"Boeing and GE pay zero taxes."', speaker: 'Bernie Sanders', sieve: 'next-line-frame', resolver: 'name' }],
  },
  {
    name: 'cue verb table: "…," remembered X, inverted',
    text: '"Analysts said no," remembered Roy Verley, a former spokesman.',
    quotes: [{ quote: '"Analysts said no,"', speaker: 'Roy Verley', sieve: 'trailing-frame', resolver: 'name' }],
  },
  {
    name: "an organisation's name keeps its \"of\" phrase: they → the Church of Scientology",
    text: 'The Church of Scientology has been attacked online. They said: “We will not be silenced.”',
    quotes: [{ quote: '“We will not be silenced.”', speaker: 'Church of Scientology', type: 'organisation', sieve: 'intro-frame', resolver: 'pronoun' }],
  },
  {
    name: "a possessor is not the speaker: Day's animal foundation said",
    text: "Doris Day died on Monday. “She was a tireless advocate,” Day's animal foundation said.",
    quotes: [{ quote: '“She was a tireless advocate,”', speaker: "Day's animal foundation", sieve: 'trailing-frame', resolver: 'description' }],
  },
  {
    name: "it/they → the organisation that is the sentence's subject, not one named later as a possessor",
    text: "The Security Council on Friday condemned North Korea's latest test and pledged sanctions against what it called \"a clear threat to peace.\"",
    quotes: [{ quote: '"a clear threat to peace."', speaker: 'Security Council', type: 'organisation', sieve: 'embedded-frame', resolver: 'pronoun' }],
  },
  {
    name: "the short form of an organisation's \"of\" name is the same organisation: the Church",
    text: 'The Church of Scientology was attacked online. The Church said: “We are fine.”',
    quotes: [{ quote: '“We are fine.”', speaker: 'Church of Scientology', type: 'organisation' }],
  },
  {
    name: 'organisation as speaker: the White House said in a statement',
    text: '“The president is fine,” the White House said in a statement.',
    quotes: [{ quote: '“The president is fine,”', speaker: 'White House', sieve: 'trailing-frame', resolver: 'organisation' }],
  },
  {
    name: 'according to X, after the quote',
    text: 'The meeting was “very productive,” according to the State Department.',
    quotes: [{ quote: '“very productive,”', speaker: 'State Department', kind: 'partial', sieve: 'according-to', resolver: 'organisation' }],
  },
  {
    name: 'according to X, before the quote',
    text: 'According to Senator Elizabeth Warren, the bank “failed its customers.”',
    quotes: [{ quote: '“failed its customers.”', speaker: 'Elizabeth Warren', sieve: 'according-to', resolver: 'name' }],
  },
  {
    name: 'partial quote embedded in reported speech: told X to “…”',
    text: 'Obama told Putin to “cut it out” and warned of “serious consequences.”',
    quotes: [
      { quote: '“cut it out”', speaker: 'Obama', kind: 'partial', sieve: 'embedded-frame', resolver: 'name' },
      { quote: '“serious consequences.”', speaker: 'Obama', kind: 'partial', sieve: 'embedded-frame', resolver: 'name' },
    ],
  },
  {
    name: 'evaluative verb carries a partial quote: X called it “…”',
    text: 'Speaker Paul Ryan called the remarks “racist” on Tuesday.',
    quotes: [{ quote: '“racist”', speaker: 'Paul Ryan', kind: 'partial', sieve: 'embedded-frame', resolver: 'name' }],
  },
  ...['stated', 'remarked', 'warned', 'argued', 'contended', 'emphasized', 'explained', 'noted', 'added', 'asked', 'tweeted', 'wrote', 'urged'].map((verb): Row => ({
    name: `cue verb table: “…,” X ${verb}`,
    text: `“This has to change now,” Nancy Pelosi ${verb}.`,
    quotes: [{ quote: '“This has to change now,”', speaker: 'Nancy Pelosi', sieve: 'trailing-frame', resolver: 'name' }],
  })),
  {
    name: 'told + addressee: “…,” he told NBC',
    text: 'Ted Cruz was asked about it.\n\n“It is a fake poll,” he told NBC on Sunday.',
    quotes: [{ quote: '“It is a fake poll,”', speaker: 'Ted Cruz', mention: 'he', sieve: 'trailing-frame', resolver: 'pronoun' }],
  },
  {
    name: 'pronoun gender: she skips a man named in between',
    text: 'Hillary Clinton met Donald Trump on stage.\n\n“I am ready,” she said.',
    quotes: [{ quote: '“I am ready,”', speaker: 'Hillary Clinton', mention: 'she', sieve: 'trailing-frame', resolver: 'pronoun' }],
  },
  {
    name: 'pronoun gender: he skips a woman named in between',
    text: 'Barack Obama said the coverage of Hillary Clinton was unfair.\n\n“It was troubling,” he said.',
    quotes: [{ quote: '“It was troubling,”', speaker: 'Barack Obama', mention: 'he', sieve: 'trailing-frame', resolver: 'pronoun' }],
  },
  {
    name: 'pronoun recency: he is the most recent man acting',
    text: 'Joe Biden spoke first. Later, Bernie Sanders took the stage.\n\n“We need a revolution,” he said.',
    quotes: [{ quote: '“We need a revolution,”', speaker: 'Bernie Sanders', sieve: 'trailing-frame', resolver: 'pronoun' }],
  },
  {
    name: 'title resolved to its holder: the President',
    text: 'President Barack Obama spoke on Friday. The President urged calm. “My hope is that we stay united.”',
    quotes: [{ quote: '“My hope is that we stay united.”', speaker: 'Barack Obama', sieve: 'earlier-sentence', resolver: 'title' }],
  },
  {
    name: 'title resolved to its holder: the senator',
    text: 'Sen. Ted Cruz arrived late.\n\n“We will fight on,” the senator said.',
    quotes: [{ quote: '“We will fight on,”', speaker: 'Ted Cruz', mention: 'the senator', sieve: 'trailing-frame', resolver: 'title' }],
  },
  {
    name: 'one canonical name: President Barack Obama, Obama and he are one speaker',
    text: 'President Barack Obama spoke.\n\n“A,” Obama said.\n\n“B,” he said.\n\n“C,” said Mr. Obama.',
    quotes: [
      { quote: '“A,”', speaker: 'Barack Obama', sieve: 'trailing-frame', resolver: 'name' },
      { quote: '“B,”', speaker: 'Barack Obama', sieve: 'trailing-frame', resolver: 'pronoun' },
      { quote: '“C,”', speaker: 'Barack Obama', sieve: 'trailing-frame', resolver: 'name' },
    ],
  },
  {
    name: 'previous paragraph ends with a colon',
    text: 'He was blunt. Donald Trump told the crowd in Ohio:\n\n“We are going to win so much.”',
    quotes: [{ quote: '“We are going to win so much.”', speaker: 'Donald Trump', sieve: 'previous-paragraph', resolver: 'name' }],
  },
  {
    name: 'byline after a dash: “…” ― Name',
    text: '“Tonight’s debate showed who he really is.” ― Martha Aguilar',
    quotes: [{ quote: '“Tonight’s debate showed who he really is.”', speaker: 'Martha Aguilar', mention: 'Martha Aguilar', sieve: 'trailing-frame', resolver: 'name' }],
  },
  {
    name: 'mixed marks: opens with “ and closes with "',
    text: '“Apparently not," Jeb Bush said.',
    quotes: [{ quote: '“Apparently not,"', speaker: 'Jeb Bush', sieve: 'trailing-frame', resolver: 'name' }],
  },
  {
    name: '<tweet> pseudo-markup: its quoted attributes are not quotations',
    text: '<tweet id="123" author="@dmartosko">Big night.</tweet>\n\n“Great speech,” Bernie Sanders tweeted.',
    quotes: [{ quote: '“Great speech,”', speaker: 'Bernie Sanders', sieve: 'trailing-frame', resolver: 'name' }],
  },
  {
    name: 'scare quote nobody said is not reported',
    text: "The area is known as ''rabbit patches'' among locals, and the “contested convention” never came.",
    quotes: [],
    none: ["''rabbit patches''", '“contested convention”'],
  },
  {
    name: 'titles of works are not reported',
    text: 'In an interview on CBS’s “Face the Nation,” Paul Ryan said the policy was wrong.',
    quotes: [],
    none: ['“Face the Nation,”'],
  },
  {
    name: 'title of a book after a title cue is not reported',
    text: 'In his 2002 book, “Make Your Kid a Millionaire,” Kevin McKinley suggested saving early.',
    quotes: [],
    none: ['“Make Your Kid a Millionaire,”'],
  },
  {
    name: 'a title-case name after "called" is a title even with a trailing speech frame',
    text: 'The charity runs a reading club called “Open Books,” its director said on Monday.',
    quotes: [],
    none: ['“Open Books,”'],
  },
  {
    name: 'a lower-case "after" inside a title-case phrase keeps it a title (Night after Night)',
    text: 'The band closed with “Night after Night,” the singer said after the show.',
    quotes: [],
    none: ['“Night after Night,”'],
  },
  {
    name: 'a title-case word right before a noun like "section" or "page" names a thing, not speech',
    text: 'The “History” section of the site explains that the group began in 2003.',
    quotes: [],
    none: ['“History”'],
  },
  {
    name: 'not a quotation: a short phrase inside a later sentence that would only inherit the previous quotation’s speaker (“…,” she said. There will be plenty of “moaning”); a quotation opening its sentence still continues',
    text: 'Senator Ann Keller defended the plan. “We will win,” she said. “Big time.” There will be plenty of “moaning” in the Senate.',
    quotes: [
      { quote: '“We will win,”', speaker: 'Ann Keller', sieve: 'trailing-frame' },
      { quote: '“Big time.”', speaker: 'Ann Keller', sieve: 'paragraph-continuation' },
    ],
    none: ['“moaning”'],
  },
  {
    name: 'not a quotation: a capitalised headline closed by a comma and followed by “by” and a name is an article’s title (“Museum accused of …,” by Post’s Kathianne Boniello); a lower-case passive’s words stay (the “ugliness of utterances,” by the senator)',
    text: 'NEW AT THE MET—“Museum accused of whitewashing a painting,” by Post’s Kathianne Boniello: http://bit.ly/1N4Ghaw. Mayor Ann Salceda said the "ugliness of utterances," by the senator stood out.',
    quotes: [{ quote: '"ugliness of utterances,"', speaker: 'Ann Salceda', sieve: 'embedded-frame' }],
    none: ['“Museum accused of whitewashing a painting,”'],
  },
  {
    name: 'a one-word rating after "rated … as" is the rater’s word, a quotation, not a scare quote (PolitiFact rated the claims as “false”)',
    text: 'The fact-checking site PolitiFact rated 32 percent of the claims as “false” last year.',
    quotes: [{ quote: '“false”', speaker: 'PolitiFact', sieve: 'embedded-frame' }],
  },
  {
    name: 'not a quotation: a programme after “said on” that closes a trailing frame (“…,” Ben Carson said on “Meet the Press.”) or after “an appearance on”',
    text: '“I expect to be vetted,” Ben Carson said on “Meet the Press.”\n\nIn an extended appearance on “Morning Joe,” the host asked Trump about trade.',
    quotes: [{ quote: '“I expect to be vetted,”', speaker: 'Ben Carson', sieve: 'trailing-frame' }],
    none: ['“Meet the Press.”', '“Morning Joe,”'],
  },
  {
    name: 'a person framing the quote keeps it over a news outlet after "according to" (…, according to NBC)',
    text: 'Maria Lopez called the plan a “betrayal of our voters,” according to NBC.',
    quotes: [{ quote: '“betrayal of our voters,”', speaker: 'Maria Lopez', sieve: 'embedded-frame', resolver: 'name' }],
  },
  {
    name: 'a speaker named after "According to the BBC," is the source, not the outlet',
    text: 'According to the BBC, a spokesman for the ministry said the talks would go on; “We remain committed to a deal.”',
    quotes: [{ quote: '“We remain committed to a deal.”', speaker: 'a spokesman for the ministry', sieve: 'embedded-frame', resolver: 'description' }],
  },
  {
    name: 'an outlet in a relative clause ("which the BBC noted") does not take the quote from the person',
    text: 'Party leader Tom Hardy commented on the vote — which the BBC noted was unusual — “This is a dark day for the country.”',
    quotes: [{ quote: '“This is a dark day for the country.”', speaker: 'Tom Hardy', sieve: 'embedded-frame', resolver: 'name' }],
  },
  {
    name: 'a news outlet with no person framing the quote stays the source (according to Reuters)',
    text: 'The deal was “all but finished,” according to Reuters.',
    quotes: [{ quote: '“all but finished,”', speaker: 'Reuters', sieve: 'according-to', resolver: 'organisation' }],
  },
  {
    name: 'of two outlets framing a quote, the nearer one is the source (NBC News will accuse you of a “freak out”)',
    text: 'The Washington Post will brand you a liar and NBC News will accuse you of a “freak out.”',
    quotes: [{ quote: '“freak out.”', speaker: 'NBC News', sieve: 'embedded-frame', resolver: 'organisation' }],
  },
  {
    name: 'an inverted subject chain "said Org, Place\'s chancellor, Name." ends in the person',
    text: '"She was a brilliant scientist," said University of Oregon, Eugene\'s president, Maria Keller.',
    quotes: [{ quote: '"She was a brilliant scientist,"', speaker: 'Maria Keller', sieve: 'trailing-frame', resolver: 'name' }],
  },
  {
    name: 'an inverted subject followed by places ("said Jane Doe, of Springfield, Illinois") stays the person',
    text: '"It was fine," said Jane Doe, of Springfield, Illinois.',
    quotes: [{ quote: '"It was fine,"', speaker: 'Jane Doe', sieve: 'trailing-frame', resolver: 'name' }],
  },
  {
    name: 'a name two appositives away from an inverted subject is not the speaker (…, its president, Karen Lewis)',
    text: '"It was good," said Drew Hill, a member of the caucus, a group that elected its president, Karen Lewis.',
    quotes: [{ quote: '"It was good,"', speaker: 'Drew Hill', sieve: 'trailing-frame', resolver: 'organisation' }],
  },
  {
    name: '"according to a statement released by X\'s office" names X, the document\'s author',
    text: 'Governor Ann Reyes spoke on Monday. According to a statement released by Reyes\'s office, “stopping the floods” is the first aim.',
    quotes: [{ quote: '“stopping the floods”', speaker: 'Ann Reyes', mention: 'Reyes\'s office', sieve: 'according-to', resolver: 'name' }],
  },
  {
    name: 'a surname written without its accents is the same person (Martinez ~ José Martínez)',
    text: 'José Martínez opened the session.\n\n“We will not give up,” Martinez said.',
    quotes: [{ quote: '“We will not give up,”', speaker: 'José Martínez', mention: 'Martinez', sieve: 'trailing-frame', resolver: 'name' }],
  },
  {
    name: 'a person "of Institution" before an appositive description is the subject (Anna Weber of Nordbank, Germany\'s largest bank, warned)',
    text: 'Anna Weber of Nordbank, Germany\'s largest savings bank, warned that the rules “may trigger a run on deposits.”',
    quotes: [{ quote: '“may trigger a run on deposits.”', speaker: 'Anna Weber', mention: 'Anna Weber', sieve: 'embedded-frame', resolver: 'name' }],
  },
  {
    name: 'a name right after a lower-case title inside a phrase is the person, not the organisation before (Civic Watch president Tom Fenton)',
    text: '"It is a victory for the public," said Civic Watch president Tom Fenton.',
    quotes: [{ quote: '"It is a victory for the public,"', speaker: 'Tom Fenton', sieve: 'trailing-frame', resolver: 'name' }],
  },
  {
    name: 'after "for", the title-headed name stays the one the description serves (a spokesman for House Speaker Paul Ryan)',
    text: '"We have not been briefed," said a spokesman for House Speaker Paul Ryan.',
    quotes: [{ quote: '"We have not been briefed,"', speaker: 'a spokesman for House Speaker Paul Ryan', sieve: 'trailing-frame', resolver: 'description' }],
  },
  {
    name: 'an outlet after "tell/told" is the addressee, never the guessed subject (Officials tell Sky News …)',
    text: 'Officials tell Sky News every claim will be judged “on its own merits and with great care”.',
    quotes: [{ quote: '“on its own merits and with great care”', speaker: null, sieve: 'none' }],
  },
  {
    name: 'an accented first name (Chloé) has its gender, so "she" is the woman just introduced',
    text: 'Anna Berg spoke to reporters on Monday. "We are disappointed", Berg said.\n\nChloé Durand, a rapporteur who had studied the case, cautioned patience. "Justice takes time," she said.',
    quotes: [{ quote: '"We are disappointed"', speaker: 'Anna Berg', sieve: 'trailing-frame', resolver: 'name' }, { quote: '"Justice takes time,"', speaker: 'Chloé Durand', sieve: 'trailing-frame', resolver: 'pronoun' }],
  },
  {
    name: "a short guessed phrase that modifies the noun after it is a scare quote: the ''carried interest'' loophole",
    text: "Hillary Clinton spoke on Monday. She would close the notorious ''carried interest'' loophole that benefits fund managers.",
    quotes: [],
    none: ["''carried interest''"],
  },
  {
    name: 'a sentence-initial adverb before a comma is no speaker: Ironically, …',
    text: 'Ironically, the strategy of "massive resistance to the ruling, which we opposed," prompted change.',
    quotes: [{ quote: '"massive resistance to the ruling, which we opposed,"', speaker: null }],
  },
  {
    name: 'nickname is not reported',
    text: 'Rep. Robert C. “Bobby” Scott opened his yard for the cookout.',
    quotes: [],
    none: ['“Bobby”'],
  },
  {
    name: 'transcript label inside the quotation names the speaker',
    text: 'Chris Wallace asked the question.\n\n"WALLACE: Will she be there?',
    // The label is the attribution, not the speaker's words: the quotation starts after it.
    quotes: [{ quote: 'Will she be there?', speaker: 'Chris Wallace', mention: 'WALLACE', sieve: 'transcript-label', resolver: 'transcript-label' }],
  },
  {
    name: 'a transcript label with a title keeps the words after the colon as the quotation',
    text: 'Senator Mike Pence joined the programme.\n\n“PENCE: Well, look, this is serious business.”',
    quotes: [{ quote: 'Well, look, this is serious business.”', speaker: 'Mike Pence', mention: 'PENCE', sieve: 'transcript-label' }],
  },
  {
    name: 'a frame after a quote that ends with ? stays in its sentence',
    text: 'Hillary Clinton spoke in Charlotte.\n\n“How many times do we have to see this?” Clinton said.',
    quotes: [{ quote: '“How many times do we have to see this?”', speaker: 'Hillary Clinton', mention: 'Clinton', sieve: 'trailing-frame', resolver: 'name' }],
  },
  {
    name: 'nouns that look like cue verbs are not frames ("Republican claims")',
    text: 'PolitiFact rated 32% of Republican claims as “pants on fire” last year.',
    // "rated" is the cue: the subject before it frames the quotation, never "Republican claims".
    quotes: [{ quote: '“pants on fire”', speaker: 'PolitiFact', mention: 'PolitiFact', sieve: 'embedded-frame', resolver: 'organisation' }],
  },
  {
    name: 'nested attribution: the outer speech verb gives the source (She said she recalls …)',
    text: 'Loretta Lynch spoke about her career. She said she recalls the colleague being "confused," at first.',
    quotes: [{ quote: '"confused,"', speaker: 'Loretta Lynch', mention: 'She', sieve: 'embedded-frame', resolver: 'pronoun' }],
  },
  {
    name: 'nested attribution: a weak verb yields to the speech verb (Demonstrators said they want …)',
    text: 'Demonstrators said they want “justice for Terrence,” but pledged to remain civil.',
    quotes: [{ quote: '“justice for Terrence,”', speaker: 'Demonstrators', mention: 'Demonstrators', sieve: 'embedded-frame', resolver: 'organisation', type: 'group' }],
  },
  {
    name: 'a partial quote with its own named subject is not a continuation',
    text: '“He is a con man,” Harry Reid said. In recent weeks, Reid has gone after Trump as a “human leech.”',
    quotes: [
      { quote: '“He is a con man,”', speaker: 'Harry Reid', sieve: 'trailing-frame', resolver: 'name' },
      { quote: '“human leech.”', speaker: 'Harry Reid', kind: 'partial', sieve: 'sentence-subject', resolver: 'name' },
    ],
  },
  {
    name: 'any verb after a comma-closed quote frames it (“…,” Blige sings)',
    text: '“Promise mama you’ll keep your hands in sight,” Blige sings to Clinton.',
    quotes: [{ quote: '“Promise mama you’ll keep your hands in sight,”', speaker: 'Blige', mention: 'Blige', sieve: 'trailing-frame', resolver: 'name' }],
  },
  {
    name: 'appositive with commas inside: the person, not the place (X, curator at the University of Arkansas, Fayetteville, said)',
    text: 'Cynthia Thompson, curator of exhibits at the University of Arkansas, Fayetteville, said, "These images serve as documentation."',
    quotes: [{ quote: '"These images serve as documentation."', speaker: 'Cynthia Thompson', sieve: 'intro-frame', resolver: 'name' }],
  },
  {
    name: 'relative clause after "X of Place": who is X',
    text: 'Representative Andre Carson of Indiana, who is Muslim, referred to this as "Muslim ban 2.0" on Twitter.',
    quotes: [{ quote: '"Muslim ban 2.0"', speaker: 'Andre Carson', mention: 'who', sieve: 'embedded-frame', resolver: 'name' }],
  },
  {
    name: 'descriptor before the name is not part of the canonical name (NASA Administrator Charles Bolden)',
    text: '"We want to thank everyone," NASA Administrator Charles Bolden said.',
    quotes: [{ quote: '"We want to thank everyone,"', speaker: 'Charles Bolden', sieve: 'trailing-frame', resolver: 'name' }],
  },
  {
    name: 'a comma-closed quote framed by a description and a verb not in the cue table',
    text: '“France will always be France,” an angry François Hollande retaliated.',
    quotes: [{ quote: '“France will always be France,”', speaker: 'François Hollande', mention: 'François Hollande', sieve: 'trailing-frame', resolver: 'name' }],
  },
  {
    name: 'a document as source: “…,” the report concluded, then a continuation',
    text: '“Immigrants are integrating,” the report concluded. “Integration increases over time.”',
    quotes: [
      { quote: '“Immigrants are integrating,”', speaker: 'the report', mention: 'the report', sieve: 'trailing-frame', resolver: 'description' },
      { quote: '“Integration increases over time.”', speaker: 'the report', kind: 'continuation', sieve: 'paragraph-continuation', resolver: 'description' },
    ],
  },
  {
    name: 'an inverted description with a number: said the 46-year-old',
    text: '“He has always been a leader,” said the 46-year-old.',
    quotes: [{ quote: '“He has always been a leader,”', speaker: 'the 46-year-old', sieve: 'trailing-frame', resolver: 'description' }],
  },
  {
    name: 'a single scare-quoted word with no speech verb is not reported',
    text: 'Close to half of the campaign’s “bundlers” come from New York.',
    quotes: [],
    none: ['“bundlers”'],
  },
  {
    name: 'an earlier sentence ending in a participle clause (X pointed out those features to attendees, noting …): the sentence subject, not the object before the comma',
    text: 'In her remarks, Waters pointed out those features to attendees, noting the touches of the Factory. “It was a magical place to work.”',
    quotes: [{ quote: '“It was a magical place to work.”', speaker: 'Waters', sieve: 'earlier-sentence', resolver: 'name' }],
  },
  {
    name: 'a title between two quotations of a speaker does not end the run (“…,” Carson said on “Meet the Press.” “But …”)',
    text: '“It is wrong,” Carson said on “Meet the Press.” “But this is different.”',
    quotes: [
      { quote: '“It is wrong,”', speaker: 'Carson', sieve: 'trailing-frame', resolver: 'name' },
      { quote: '“But this is different.”', speaker: 'Carson', kind: 'continuation', sieve: 'paragraph-continuation', resolver: 'name' },
    ],
    none: ['“Meet the Press.”'],
  },
  {
    name: 'a scare-quoted word after another one in its paragraph does not continue it (“electric” … “pills”): nobody said either',
    text: 'Waters pointed out those features. She pointed to the table with “electric” Kool Aid and bowls of gumball “pills”.',
    quotes: [],
    none: ['“electric”', '“pills”'],
  },
  {
    name: 'participle after a clause: the subject, not a place named before it (in Salem, New Hampshire, Trump …, calling him)',
    text: 'Speaking in Salem, New Hampshire, Donald Trump went after Jeb Bush, calling him “a total stiff.”',
    quotes: [{ quote: '“a total stiff.”', speaker: 'Donald Trump', kind: 'partial', sieve: 'embedded-frame', resolver: 'name' }],
  },
  {
    name: 'pronoun gender learned from an appositive (Cengiz, fiancée of …) with a man named in between',
    text: 'Hatice Cengiz, fiancée of journalist Jamal Khashoggi, spoke in New York.\n\nShe explained, “He is distancing himself.”',
    quotes: [{ quote: '“He is distancing himself.”', speaker: 'Hatice Cengiz', mention: 'She', sieve: 'intro-frame', resolver: 'pronoun' }],
  },
  {
    name: 'pronouns never resolve to places or acronyms (PBS, Saudi Arabia)',
    text: 'Agnès Callamard spoke to PBS about Saudi Arabia.\n\n“True justice takes time,” she said.',
    quotes: [{ quote: '“True justice takes time,”', speaker: 'Agnès Callamard', mention: 'she', sieve: 'trailing-frame', resolver: 'pronoun' }],
  },
  {
    name: 'a dateline in capitals is not a speaker',
    text: 'JACKSON, Miss. — Judge Carlton Reeves blocked the law protecting a "sincere religious belief" on Thursday.',
    quotes: [{ quote: '"sincere religious belief"', speaker: 'Carlton Reeves', sieve: 'sentence-subject', resolver: 'name' }],
  },
  {
    name: 'a whole quoted sentence after a sentence whose subject is a named person (issued a statement …)',
    text: 'U.S. Senator John Cornyn, Republican from Texas, issued a statement on the decision. "Like many Texans, I am disappointed."',
    quotes: [{ quote: '"Like many Texans, I am disappointed."', speaker: 'John Cornyn', sieve: 'earlier-sentence', resolver: 'name' }],
  },
  {
    name: 'according to a statement: a document as source',
    text: 'According to a statement from the ministry, "the threat must be neutralized" soon.',
    quotes: [{ quote: '"the threat must be neutralized"', speaker: 'a statement from the ministry', sieve: 'according-to', resolver: 'description' }],
  },
  {
    name: 'a day between subject and cue (X on Thursday told NBC that “…”) keeps X as the subject, not an earlier name',
    text: 'Despite claims that Director James Comey was dismissed over the email case, President Donald Trump on Thursday told NBC that "this Russia thing" was among his reasons.',
    quotes: [{ quote: '"this Russia thing"', speaker: 'Donald Trump', mention: 'President Donald Trump', sieve: 'embedded-frame', resolver: 'name' }],
  },
  {
    name: 'a possessive name ("Comey\'s repeated claims") is not the antecedent of a later "he"',
    text: 'Donald Trump told NBC about Comey\'s repeated claims that he was not being investigated. He also accused Comey of "showboating".',
    quotes: [{ quote: '"showboating"', speaker: 'Donald Trump', mention: 'He', sieve: 'embedded-frame', resolver: 'pronoun' }],
  },
  {
    name: 'a surname first used as a modifier ("the Trump campaign") still joins the person: President Trump → Donald Trump',
    text: 'Donald Trump spoke. Comey led an inquiry into the Trump campaign, which placed Trump in power. President Trump told NBC: "I was going to fire him."',
    quotes: [{ quote: '"I was going to fire him."', speaker: 'Donald Trump', sieve: 'intro-frame', resolver: 'name' }],
  },
  {
    name: 'an organisation before a first name describes the person (Refugee Council Enver Solomon)',
    text: 'Refugee Council Enver Solomon said: "The plan is cruel."',
    quotes: [{ quote: '"The plan is cruel."', speaker: 'Enver Solomon', sieve: 'intro-frame', resolver: 'name' }],
  },
  {
    name: 'a place before a first name describes the person (Washington Chris Gregoire)',
    text: '"We will appeal," said Washington Chris Gregoire.',
    quotes: [{ quote: '"We will appeal,"', speaker: 'Chris Gregoire', sieve: 'trailing-frame', resolver: 'name' }],
  },
  {
    name: 'a broadcaster before a name (National Public Radio Domenico Montanaro)',
    text: 'National Public Radio Domenico Montanaro wrote that it was "a big deal."',
    quotes: [{ quote: '"a big deal."', speaker: 'Domenico Montanaro', sieve: 'embedded-frame', resolver: 'name' }],
  },
  {
    name: 'a country before a name (Scotland Nicola Sturgeon)',
    text: '"This is a disgrace," Scotland Nicola Sturgeon said.',
    quotes: [{ quote: '"This is a disgrace,"', speaker: 'Nicola Sturgeon', sieve: 'trailing-frame', resolver: 'name' }],
  },
  {
    name: 'an institution before a name (United Nations Nikki Haley)',
    text: 'United Nations Nikki Haley said the vote was "a mistake."',
    quotes: [{ quote: '"a mistake."', speaker: 'Nikki Haley', sieve: 'embedded-frame', resolver: 'name' }],
  },
  {
    name: 'a role word before a name (Conservative MP Philip Hammond)',
    text: '"It is wrong," said Conservative MP Philip Hammond.',
    quotes: [{ quote: '"It is wrong,"', speaker: 'Philip Hammond', sieve: 'trailing-frame', resolver: 'name' }],
  },
  {
    name: 'a role word before a name (Broadcaster Piers Morgan)',
    text: 'Broadcaster Piers Morgan called it "a farce."',
    quotes: [{ quote: '"a farce."', speaker: 'Piers Morgan', sieve: 'embedded-frame', resolver: 'name' }],
  },
  {
    name: 'a role word before a name (Assemblywoman Selena Torres)',
    text: 'Newly elected Assemblywoman Selena Torres said, "It is exciting."',
    quotes: [{ quote: '"It is exciting."', speaker: 'Selena Torres', sieve: 'intro-frame', resolver: 'name' }],
  },
  {
    name: 'an organisation run ending in a title then the name (Committee Represenative Adam Schiff)',
    text: 'House Intelligence Committee Represenative Adam Schiff said it was "a fake emergency."',
    quotes: [{ quote: '"a fake emergency."', speaker: 'Adam Schiff', sieve: 'embedded-frame', resolver: 'name' }],
  },
  {
    name: 'a two-word first name is not a descriptor (Billie Jean King)',
    text: 'Billie Jean King said he "walked the walk."',
    quotes: [{ quote: '"walked the walk."', speaker: 'Billie Jean King', sieve: 'embedded-frame', resolver: 'name' }],
  },
  {
    name: 'a first name that is also an organisation word stays in the name (Mayor Bill de Blasio)',
    text: '"It was an intentional act," said Mayor Bill de Blasio.',
    quotes: [{ quote: '"It was an intentional act,"', speaker: 'Bill de Blasio', sieve: 'trailing-frame', resolver: 'name' }],
  },
  {
    name: 'a possessive ends a name: Trump\'s Special Presidential Envoy Brett McGurk is McGurk',
    text: 'Donald Trump spoke. Trump\'s Special Presidential Envoy Brett McGurk said: "It was reckless."',
    quotes: [{ quote: '"It was reckless."', speaker: 'Brett McGurk', sieve: 'intro-frame', resolver: 'name' }],
  },
  {
    name: 'a possessive inside a title (Doris Day\'s Best Friends) does not lengthen the person\'s name',
    text: 'Doris Day hosted Doris Day\'s Best Friends on television. "I love dogs," Day said.',
    quotes: [{ quote: '"I love dogs,"', speaker: 'Doris Day', sieve: 'trailing-frame', resolver: 'name' }],
  },
  {
    name: 'Mr. + surname goes to the man of that surname, not a woman named later (Ivanka Trump)',
    text: 'Donald Trump flew home. Ivanka Trump joined him. "It is a truly great aircraft," Mr. Trump said.',
    quotes: [{ quote: '"It is a truly great aircraft,"', speaker: 'Donald Trump', sieve: 'trailing-frame', resolver: 'name' }],
  },
  {
    name: 'a bare surname goes to the bearer named most, not one named in passing',
    text: 'Bernie Sanders spoke. Sanders waved. Sanders smiled. His wife, Jane Sanders, was there. "Okay, great!" Sanders said.',
    quotes: [{ quote: '"Okay, great!"', speaker: 'Bernie Sanders', sieve: 'trailing-frame', resolver: 'name' }],
  },
  {
    name: 'a surname named before the full name takes the full name (Durbin … Senate Minority Whip Dick Durbin)',
    text: '"It is a fake crisis," Durbin said. Later Senate Minority Whip Dick Durbin voted no.',
    quotes: [{ quote: '"It is a fake crisis,"', speaker: 'Dick Durbin', sieve: 'trailing-frame', resolver: 'name' }],
  },
  {
    name: 'a particle surname takes the article\'s full name (De Blasio → Bill de Blasio)',
    text: 'Bill de Blasio left the race on Friday. "I feel I have contributed all I can," De Blasio said.',
    quotes: [{ quote: '"I feel I have contributed all I can,"', speaker: 'Bill de Blasio', sieve: 'trailing-frame', resolver: 'name' }],
  },
  {
    name: 'a surname shared by two people named in full stays the first-introduced person\'s on a tie',
    text: 'Hillary Clinton\'s health was discussed. Bill Clinton was there. Clinton noted, "It was a clot."',
    quotes: [{ quote: '"It was a clot."', speaker: 'Hillary Clinton', sieve: 'intro-frame', resolver: 'name' }],
  },
  {
    name: 'a headline run (Debating Clinton) is not the full name of a surname',
    text: 'Debating Clinton\n\nHillary Clinton spoke. Clinton said: "We will win."',
    quotes: [{ quote: '"We will win."', speaker: 'Hillary Clinton', sieve: 'intro-frame', resolver: 'name' }],
  },
  {
    name: 'a person from a place (Doug Collins of Georgia said) is the person, not the place',
    text: 'Republican committee member Doug Collins of Georgia said on Twitter, "Nobody is conducting a formal inquiry."',
    quotes: [{ quote: '"Nobody is conducting a formal inquiry."', speaker: 'Doug Collins', sieve: 'intro-frame', resolver: 'name' }],
  },
  {
    name: 'a person of a paper (Lucy Fischer of The Times told) is the person, not the paper',
    text: 'Lucy Fischer of The Times told NPR, "He had been released a year ago."',
    quotes: [{ quote: '"He had been released a year ago."', speaker: 'Lucy Fischer', sieve: 'intro-frame', resolver: 'name' }],
  },
  {
    name: 'an organisation with its of-phrase keeps it whole (U.S. Department of Agriculture)',
    text: 'The U.S. Department of Agriculture notes, "Ground-level ozone causes more damage to plants."',
    quotes: [{ quote: '"Ground-level ozone causes more damage to plants."', speaker: 'U.S. Department of Agriculture', sieve: 'intro-frame', resolver: 'organisation' }],
  },
  {
    name: 'a name between commas after a bare title is the speaker (A Republican Assemblywoman, Jill Tolles, commented)',
    text: 'A Republican Assemblywoman, Jill Tolles, also commented on party disparity: "There are not as many females in the party."',
    quotes: [{ quote: '"There are not as many females in the party."', speaker: 'Jill Tolles', sieve: 'intro-frame', resolver: 'name' }],
  },
  {
    name: 'a name between commas after a description is the speaker (the institute\'s director, Dr. Anthony Fauci, said)',
    text: 'The National Institute of Allergy and Infectious Disease\'s director, Dr. Anthony Fauci, said of the outbreak, "It\'s going to get worse."',
    quotes: [{ quote: '"It\'s going to get worse."', speaker: 'Anthony Fauci', sieve: 'intro-frame', resolver: 'name' }],
  },
  {
    name: 'a demonym modifying a subject does not speak (The Syrian refugee team had “…”): null, not Syrian',
    text: 'The Syrian refugee team had "a very hard week, but we are happy to be here."',
    quotes: [{ quote: '"a very hard week, but we are happy to be here."', speaker: null, sieve: 'none' }],
  },
  {
    name: 'an organisation whose modifier is a title word keeps its whole name (Syrian Democratic Forces)',
    text: 'The Syrian Democratic Forces opposed the withdrawal and said it had been given "assurances from the US."',
    quotes: [{ quote: '"assurances from the US."', speaker: 'Syrian Democratic Forces', sieve: 'embedded-frame', resolver: 'organisation' }],
  },
  {
    name: 'a bare title before "of Place" is not the person (Mayor of London Sadiq Khan)',
    text: '"I am in awe of the people who ran towards danger," tweeted Mayor of London Sadiq Khan.',
    quotes: [{ quote: '"I am in awe of the people who ran towards danger,"', speaker: 'Sadiq Khan', sieve: 'trailing-frame', resolver: 'name' }],
  },
  {
    name: 'a place in apposition after a preposition does not say (outside Washington, D.C. saying)',
    text: 'Trump issued a statement at his golf club outside Washington, D.C. saying, "The simple fact is this election is far from over."',
    quotes: [{ quote: '"The simple fact is this election is far from over."', speaker: 'Trump', sieve: 'intro-frame', resolver: 'name' }],
  },
  {
    name: 'a person of an organisation named with "and" (Matthew Ingram of The Globe and Mail dubbed)',
    text: 'Matthew Ingram of The Globe and Mail dubbed the conflict: "Scientology vs. the Internet, part XVII".',
    quotes: [{ quote: '"Scientology vs. the Internet, part XVII"', speaker: 'Matthew Ingram', sieve: 'intro-frame', resolver: 'name' }],
  },
  {
    name: 'a suffix keeps its dot (Robert Downey Jr.)',
    text: 'Robert Downey Jr. said: "He was having this immense success."',
    quotes: [{ quote: '"He was having this immense success."', speaker: 'Robert Downey Jr.', sieve: 'intro-frame', resolver: 'name' }],
  },
  {
    name: 'a person named right after an organisation heads the description (director of Amnesty International Man-kei Tam)',
    text: '"This announcement cannot change the fact," Hong Kong director of Amnesty International Man-kei Tam said in a statement.',
    quotes: [{ quote: '"This announcement cannot change the fact,"', speaker: 'Man-kei Tam', sieve: 'trailing-frame', resolver: 'name' }],
  },
  {
    name: 'a description speaker keeps its own lower case at a sentence start (a senior official …)',
    text: 'A senior official with the Trump administration said the aim was "timely repatriation".',
    quotes: [{ quote: '"timely repatriation"', speaker: 'a senior official with the Trump administration', sieve: 'embedded-frame', resolver: 'description' }],
  },
  {
    name: 'a possessive noun belongs to the description (The report\'s authors say)',
    text: 'The report\'s authors say iodine deficiency is "the sleeper health issue in Australia".',
    quotes: [{ quote: '"the sleeper health issue in Australia"', speaker: 'the report\'s authors', sieve: 'embedded-frame', resolver: 'description' }],
  },
  {
    name: '"they" is not a nationality adjective (They → not Australian)',
    text: 'The authors say the results confirm inadequate intake in the Australian population. They call for "urgent implementation of mandatory iodisation."',
    quotes: [{ quote: '"urgent implementation of mandatory iodisation."', speaker: null, sieve: 'embedded-frame', resolver: 'pronoun' }],
  },
  {
    name: 'initials that are also words stay in the name (Wayne A. I. Frederick)',
    text: 'Wayne A. I. Frederick, president of Howard University, wrote, "It is with profound sadness that we mourn."',
    quotes: [{ quote: '"It is with profound sadness that we mourn."', speaker: 'Wayne A. I. Frederick', sieve: 'intro-frame', resolver: 'name' }],
  },
  {
    name: 'a title before the name after "for" keeps the description (a spokesman for House Speaker Paul Ryan)',
    text: 'A spokesman for House Speaker Paul Ryan said, "We have not been briefed."',
    quotes: [{ quote: '"We have not been briefed."', speaker: 'a spokesman for House Speaker Paul Ryan', sieve: 'intro-frame', resolver: 'description' }],
  },
  {
    name: 'quote with no attribution anywhere keeps a null speaker',
    text: 'The weather was fine.\n\n“It is a beautiful day for everyone who came out.”',
    quotes: [{ quote: '“It is a beautiful day for everyone who came out.”', speaker: null, sieve: 'none' }],
  },
  {
    name: 'frame after: “…,” the statement read — a between-word that is the head noun after a determiner',
    text: '“Roger Ailes has spoken to Donald Trump a few times,” the statement read.',
    quotes: [{ quote: '“Roger Ailes has spoken to Donald Trump a few times,”', speaker: 'the statement', mention: 'the statement', sieve: 'trailing-frame', resolver: 'description' }],
  },
  {
    name: 'frame after a “?”-closed quotation: a name, an appositive, then the verb (“…?” Miller, a retired worker, said)',
    text: '"I am calling from the campaign. How are you today?" Miller, a retired worker from a nuclear plant, said pleasantly.',
    quotes: [{ quote: '"I am calling from the campaign. How are you today?"', speaker: 'Miller', mention: 'Miller', sieve: 'trailing-frame', resolver: 'name' }],
  },
  {
    name: 'frame before: an adverbial participle’s subject is the sentence’s description (“The former candidate continued, saying, …”)',
    text: 'Ben Carson spoke in Ohio.\n\nThe former Republican presidential candidate continued, saying, "You need somebody who understands economics."',
    quotes: [{ quote: '"You need somebody who understands economics."', speaker: 'the former Republican presidential candidate', mention: 'The former Republican presidential candidate', sieve: 'intro-frame', resolver: 'description' }],
  },
  {
    name: 'frame before: “by saying” takes the description subject of the sentence',
    text: 'The Republican candidate asserted his plans by saying, "I am trying to save lives."',
    quotes: [{ quote: '"I am trying to save lives."', speaker: 'Republican candidate', mention: 'The Republican candidate', sieve: 'intro-frame', resolver: 'description' }],
  },
  {
    name: 'frame before: a participle right after a noun (“a message stating”) never goes to the sentence’s subject (unattributed: giving it to the document scored lower on train and dev)',
    text: 'Some individuals reported that all they get is a message stating, "The word means search for truth."',
    quotes: [{ quote: '"The word means search for truth."', speaker: null }],
  },
  {
    name: 'conflict: a partial quotation whose own sentence has a named subject that acts is not an earlier sentence’s speaker’s',
    text: 'Foreign Secretary Dominic Raab urged the embassy to reconsider. The State Department gave its "deepest sympathies" to the family.',
    quotes: [{ quote: '"deepest sympathies"', speaker: 'State Department', mention: 'State Department', sieve: 'sentence-subject', resolver: 'organisation' }],
  },
  {
    name: 'frame before: after a document noun a noun-like cue form is the verb (“The Home Office letter reads “…””)',
    text: 'Sunak has made migration a priority. The Home Office letter reads "we may extend the use of the questionnaire", but no plans exist.',
    quotes: [{ quote: '"we may extend the use of the questionnaire"', speaker: 'Home Office letter', mention: 'The Home Office letter', sieve: 'embedded-frame', resolver: 'description' }],
  },
  {
    name: 'pronoun: a name opening a sentence as the subject of a speech verb is a person “he” may stand for (not one named earlier only because a first name tells the gender)',
    text: 'Doug Miller of Milltech Marine, a firm specialising in ships, told our correspondent the transponder works.\n\nBaslan Damang, a security official from the port, on Tuesday told The Jakarta Post radio was being used. He added authorities "are still waiting for updates".',
    quotes: [{ quote: '"are still waiting for updates"', speaker: 'Baslan Damang', mention: 'He', sieve: 'embedded-frame', resolver: 'pronoun' }],
  },
  {
    name: 'frame before: a base-form cue word after “a + noun” is a noun (“writing in a blog post “…””), the participle before it frames',
    text: 'One poster admitted to being a part of the effort, writing in a blog post "I have loaded up the tool and started."',
    quotes: [{ quote: '"I have loaded up the tool and started."', speaker: 'One poster', mention: 'One poster', sieve: 'embedded-frame', resolver: 'description' }],
  },
  {
    name: 'frame before: in a “with” clause the noun phrase before the participle is its subject (“with one poster writing “…””)',
    text: 'Critics of the church were critical of the attacks, with one poster writing "How can people look at both sides if one side is gone?"',
    quotes: [{ quote: '"How can people look at both sides if one side is gone?"', speaker: 'one poster', mention: 'one poster', sieve: 'embedded-frame', resolver: 'description' }],
  },
  {
    name: 'relative: an age between commas before “who” stands for nobody (“Thomas Gray, 24, who cited …: “…””)',
    text: 'Another was tour manager Thomas Gray, 24, who cited only his experience with the sport of rugby: "I did what any Londoner would do."',
    quotes: [{ quote: '"I did what any Londoner would do."', speaker: 'Thomas Gray', mention: 'who', sieve: 'intro-frame', resolver: 'name' }],
  },
  {
    name: 'frame before: a passive cue’s “by” phrase is the source, not the sentence’s subject (“a pattern described by Marine Bulletin as “…””), and a bulletin is an organisation',
    text: "Marine Traffic's tracking database shows contact with the ship on January 6, with a pattern described by Marine Bulletin as \"rather hectic and kind of confused\".",
    quotes: [{ quote: '"rather hectic and kind of confused"', speaker: 'Marine Bulletin', mention: 'Marine Bulletin', sieve: 'embedded-frame', resolver: 'organisation', type: 'organisation' }],
  },
  {
    name: 'frame after: “…,” as a memo put it — “put it” is the verb, and “as” no word of the subject',
    text: 'Dianne Feinstein spoke. The primary requirement for the program is a "lawful source of investment income," as a Homeland Security memo put it.',
    quotes: [{ quote: '"lawful source of investment income,"', speaker: 'a Homeland Security memo', mention: 'a Homeland Security memo', sieve: 'trailing-frame', resolver: 'description' }],
  },
  {
    name: 'frame after: a subordinator after the quotation starts no subject (“…,” until gunshots are heard); the frame before it holds',
    text: 'Diamond Reynolds urges her husband to come out of the car and repeatedly says, "Don\'t you do it," until gunshots are heard.',
    quotes: [{ quote: '"Don\'t you do it,"', speaker: 'Diamond Reynolds', mention: 'Diamond Reynolds', sieve: 'intro-frame' }],
  },
  {
    name: 'frame before: a description ending in “of” and a number is the subject (“the 34-year-old mother of three replied, “…””)',
    text: 'When pressed on why the plan leaves out dads, the 34-year-old mother of three replied, "It is meant to benefit the mother."',
    quotes: [{ quote: '"It is meant to benefit the mother."', speaker: 'the 34-year-old mother of three', mention: 'the 34-year-old mother of three', sieve: 'intro-frame', resolver: 'description' }],
  },
  {
    name: 'frame before: the possessor of a speech noun is not the sentence subject a participle takes (“Mr. Trump …, treating Mrs. Clinton’s remark as …, asserting, “…””)',
    text: "Mr. Trump hardly clarified the matter, treating Mrs. Clinton's remark first as a compliment and, when questioned after the debate, asserting, ''Of course, I pay federal taxes.''",
    quotes: [{ quote: "''Of course, I pay federal taxes.''", speaker: 'Trump', mention: 'Mr. Trump', sieve: 'intro-frame', resolver: 'name' }],
  },
  {
    name: 'frame before: “went on about” is a cue (“as Trump went on about “…”, the crowd cheered”); “went on to say” is unchanged',
    text: 'As Trump went on about "how the system is rigged" the crowd cheered.',
    quotes: [{ quote: '"how the system is rigged"', speaker: 'Trump', mention: 'Trump', sieve: 'embedded-frame', resolver: 'name' }],
  },
  {
    name: 'colon intro: a name between a dash and the colon signs the quotation, not the headline before the dash (“RED STATES OUTNUMBER BLUE STATES - Jeffrey M. Jones: “…””)',
    text: 'RED STATES OUTNUMBER BLUE STATES FOR THE FIRST TIME - Jeffrey M. Jones: "Gallup’s analysis of party affiliation shows a shift."',
    quotes: [{ quote: '"Gallup’s analysis of party affiliation shows a shift."', speaker: 'Jeffrey M. Jones', mention: 'Jeffrey M. Jones', sieve: 'colon-intro', resolver: 'name' }],
  },
  {
    name: 'frame after: “which” right after the quotation stands for the quoted words, not a speaker (“… its “Bathroom Bill,” which allows …”); the frame before it holds',
    text: 'Ward said Lynch sued the state over its “Bathroom Bill,” which allows owners to set their own rules.',
    quotes: [{ quote: '“Bathroom Bill,”', speaker: 'Ward', mention: 'Ward', sieve: 'embedded-frame', resolver: 'name' }],
  },
  {
    name: 'later frame: an inverted subject closing its clause is the speaker, not the noun phrase before the comma (“…” about the ruling, said Jane Miller, the director)',
    text: '“We are extremely happy” about the ruling, said Jane Miller, the director of the union.',
    quotes: [{ quote: '“We are extremely happy”', speaker: 'Jane Miller', mention: 'Jane Miller', sieve: 'later-frame', resolver: 'name' }],
  },
  {
    name: 'later frame: after “told” the noun phrase is whom it was told to, not an inverted subject (“…” for the role, Mary Jones, who served as chief of staff, told CBS News)',
    text: '“There is no job description” for the role, Mary Jones, who served as chief of staff, told CBS News.',
    quotes: [{ quote: '“There is no job description”', speaker: 'Mary Jones', mention: 'who', sieve: 'later-frame', resolver: 'name' }],
  },
  {
    name: 'later frame: “said of X” names whom it was about, not an inverted subject (“…” for the job, Mr. Ortiz, who is an actor, said of Mr. Trump)',
    text: '“He is not qualified” for the job, Mr. Ortiz, who is an actor, said of Mr. Trump.',
    quotes: [{ quote: '“He is not qualified”', speaker: 'Ortiz', mention: 'who', sieve: 'later-frame', resolver: 'name' }],
  },
  {
    name: 'frame after: manner-of-speaking verbs close a quotation (“…?” Hannity pressed; “…!” beamed Donald Hartley)',
    text: 'Donald Trump spoke first.\n\n“Would it be negotiable?” Hannity pressed.\n\n“This is fantastic!” beamed Donald Hartley of Madison.',
    quotes: [
      { quote: '“Would it be negotiable?”', speaker: 'Hannity', mention: 'Hannity', sieve: 'trailing-frame', resolver: 'name' },
      { quote: '“This is fantastic!”', speaker: 'Donald Hartley', sieve: 'trailing-frame', resolver: 'name' },
    ],
  },
  {
    name: 'subject: after an opening prepositional phrase the subject follows its comma, not a name inside it (“In a Fox interview later that day, Trump went further: “…””)',
    text: 'In a Fox interview later that day, Trump went even further: “If he loses, it is the end of his career.”',
    quotes: [{ quote: '“If he loses, it is the end of his career.”', speaker: 'Trump', mention: 'Trump', sieve: 'colon-intro', resolver: 'name' }],
  },
  {
    name: 'subject: a description after an opening phrase with a place in it (“In the hours after the attack in San Bernardino, Calif., a familiar voice celebrated …: “…””)',
    text: 'In the hours after the attack in San Bernardino, Calif., a familiar voice celebrated on Twitter: “We have already arrived.”',
    quotes: [{ quote: '“We have already arrived.”', speaker: 'a familiar voice', mention: 'a familiar voice', sieve: 'colon-intro', resolver: 'description' }],
  },
  {
    name: 'colon intro: a name between a dash and the colon signs the quotation, also after a lower-case heading with a verb (“Pollsters agree - Carl Bialik: “…””)',
    text: 'Pollsters agree - Carl Bialik: “One of the biggest lessons was a simple one.”',
    quotes: [{ quote: '“One of the biggest lessons was a simple one.”', speaker: 'Carl Bialik', mention: 'Carl Bialik', sieve: 'colon-intro', resolver: 'name' }],
  },
  {
    name: 'colon intro: a signature of two names, or after “More from”, between a dash and the colon (“- More from Newport and Harter: “…””)',
    text: 'VOTERS WANT A LEADER - Frank Newport and Jim Harter: “We found that leadership matters.”\n\nWhat that means - More from Newport: “The state is a starting point.”',
    quotes: [
      { quote: '“We found that leadership matters.”', speaker: 'Frank Newport', mention: 'Frank Newport and Jim Harter', sieve: 'colon-intro', resolver: 'name' },
      { quote: '“The state is a starting point.”', speaker: 'Frank Newport', mention: 'Newport', sieve: 'colon-intro', resolver: 'name' },
    ],
  },
  {
    name: 'frame before: a quotation inside an opening subordinate clause with its own cue is that clause’s, not the main clause subject’s after it (“While Sullivan calls the article a “…,” Clinton fixates on …”)',
    text: 'While Sullivan calls the article a “terrific piece,” Clinton fixates on one line.\n\nBut even as Trump claimed that “Petraeus got in trouble for far less,” one of the prosecutors disagreed.',
    quotes: [
      { quote: '“terrific piece,”', speaker: 'Sullivan', mention: 'Sullivan', sieve: 'embedded-frame', resolver: 'name' },
      { quote: '“Petraeus got in trouble for far less,”', speaker: 'Trump', mention: 'Trump', sieve: 'embedded-frame', resolver: 'name' },
    ],
  },
  {
    name: 'frame after: an opening clause whose cue is a participle or ends before a comma leaves the frame after the quotation (“After saying her foot was “…,” she was taken …”)',
    text: 'Hillary Clinton wrote about the clot. After saying her foot was “so swollen I could barely walk,” she was taken to the hospital.\n\nWhen asked about it, Mary Jones said: “No comment,” and left.',
    quotes: [
      { quote: '“so swollen I could barely walk,”', speaker: 'Hillary Clinton', mention: 'she' },
      { quote: '“No comment,”', speaker: 'Mary Jones', mention: 'Mary Jones' },
    ],
  },
  {
    name: 'according to: the author of a document “filed by” a described name, or of calculations, is the source (“according to a court document filed by state attorney Dave Aronberg”)',
    text: '“The evidence cannot support a charge,” according to a court document filed by state attorney Dave Aronberg.\n\nA “living wage” is about $12 an hour, according to calculations by Amy Glasmeier of MIT.',
    quotes: [
      { quote: '“The evidence cannot support a charge,”', speaker: 'Dave Aronberg', mention: 'state attorney Dave Aronberg', sieve: 'according-to', resolver: 'name' },
      { quote: '“living wage”', speaker: 'Amy Glasmeier', sieve: 'according-to', resolver: 'name' },
    ],
  },
  {
    name: 'subject: an opening “Early in …” or “Based on …” phrase is not the subject (“Early in his campaign, Trump attacked Romney, calling him “…””)',
    text: 'Early in his campaign, Trump attacked Romney, calling him “a failed candidate.”',
    quotes: [{ quote: '“a failed candidate.”', speaker: 'Trump', mention: 'Trump', sieve: 'embedded-frame', resolver: 'name' }],
  },
  {
    name: 'description: a number opens a described group like a determiner (“Only 52 percent of registered voters agreed that Clinton is in “…””)',
    text: 'Hillary Clinton was tired.\n\nOnly 52 percent of registered voters agreed that Clinton is in “good enough health to serve,” while 63 percent said she was “justified” in waiting.',
    quotes: [
      { quote: '“good enough health to serve,”', speaker: '52 percent of registered voters', mention: '52 percent of registered voters', resolver: 'description' },
      { quote: '“justified”', speaker: '63 percent', mention: '63 percent', resolver: 'description' },
    ],
  },
  {
    name: 'subject: “the two lawmakers” keeps “the” before the number, also past an interrupting “however” (“The two lawmakers, however, argue that “…””)',
    text: 'James Comey spoke first.\n\nThe two lawmakers, however, argue that “there is precedent for prosecution.”',
    quotes: [{ quote: '“there is precedent for prosecution.”', speaker: 'the two lawmakers', mention: 'The two lawmakers', sieve: 'embedded-frame', resolver: 'description' }],
  },
  {
    name: 'frame after: “went on” after a quotation ending in ? is its frame in the same sentence (“…?” Trump went on, as if …); “went on to endorse” is not',
    text: 'Megyn Kelly asked about it.\n\n“You know, it happens, right?” Trump went on, as if he did not hear her.',
    quotes: [{ quote: '“You know, it happens, right?”', speaker: 'Trump', mention: 'Trump', sieve: 'trailing-frame', resolver: 'name' }],
  },
  {
    name: 'colon intro: with no named subject, the description opening the sentence introduces the quotation (“A footnote in the report makes that clear: “…””)',
    text: 'A footnote in the report makes that clear: "These assessments do not apply to the system."',
    quotes: [{ quote: '"These assessments do not apply to the system."', speaker: 'a footnote', mention: 'A footnote', sieve: 'colon-intro', resolver: 'description' }],
  },
  {
    name: 'later frame: a quotation joined by “and” to the next one shares the frame after it (“Guns are “…” and “…,” Howard Dean proclaimed”)',
    text: 'Guns are “the ultimate public health crisis” and “stunt children’s growth,” Howard Dean, the former governor of Vermont, proclaimed.',
    quotes: [
      { quote: '“the ultimate public health crisis”', speaker: 'Howard Dean', mention: 'Howard Dean', sieve: 'later-frame', resolver: 'name' },
      { quote: '“stunt children’s growth,”', speaker: 'Howard Dean', mention: 'Howard Dean', sieve: 'trailing-frame', resolver: 'name' },
    ],
  },
  {
    name: "later frame: the sentence’s one frame after a later quotation frames an earlier one too (“''They are painful'' but necessary ''for the business,'' he said”); words run on from a quotation are no subject",
    text: "Robert McDonough runs the plant.\n\n''They are painful'' but necessary ''for the long-term health of the business,'' he said.",
    quotes: [
      { quote: "''They are painful''", speaker: 'Robert McDonough', mention: 'he', sieve: 'later-frame', resolver: 'pronoun' },
      { quote: "''for the long-term health of the business,''", speaker: 'Robert McDonough', mention: 'he', sieve: 'trailing-frame', resolver: 'pronoun' },
    ],
  },
  {
    name: 'later frame: words run on from a later quotation are no subject (“…,” a delegate, wearing “Ted Cruz” campaign pins, said: not “campaign pins”)',
    text: '“We have had more successful conventions than this one,” a delegate, wearing a hat and “Ted Cruz” campaign pins, said.',
    quotes: [{ quote: '“We have had more successful conventions than this one,”', speaker: null }],
  },
];

// Issue 9 §3: what the engine must get right, one row per general pattern.
const SECTION_3: Row[] = [
  {
    name: '§3 pronoun: a gendered noun before a name ("spokeswoman Sujata Raisinghani") makes her a person of that gender: she → her, not the woman named before',
    text: 'Spokesperson Julie Hahn said the rules apply to letters.\n\nEnvironment Canada spokeswoman Sujata Raisinghani told CBC News the department will look into it.\n\n"We take document security seriously," she said.',
    quotes: [{ quote: '"We take document security seriously,"', speaker: 'Sujata Raisinghani', mention: 'she', sieve: 'trailing-frame', resolver: 'pronoun', type: 'person' }],
  },
  {
    name: '§3 pronoun: a subject followed by "of <place>" still acts, across a reported clause (he → the Crown Prince, not Khashoggi of the paragraph before)',
    text: 'Jamal Khashoggi was murdered last October in Istanbul.\n\nThe broadcaster revealed that in December, Crown Prince Mohammad bin Salman of Saudi Arabia accepted responsibility for the murder of journalist Jamal Khashoggi but did not say he had ordered it. Speaking to Martin Smith of PBS, he said, “It happened under my watch.”',
    quotes: [{ quote: '“It happened under my watch.”', speaker: 'Mohammad bin Salman', mention: 'he', sieve: 'intro-frame', resolver: 'pronoun', type: 'person' }],
  },
  {
    name: '§3 pronoun: the subject of the last sentence, not a name in object position (he → the Crown Prince)',
    text: 'Crown Prince Mohammed bin Salman accepted responsibility for the murder of journalist Jamal Khashoggi. Speaking to Martin Smith of PBS, he said, “It happened under my watch.”',
    quotes: [{ quote: '“It happened under my watch.”', speaker: 'Mohammed bin Salman', mention: 'he', sieve: 'intro-frame', resolver: 'pronoun', type: 'person' }],
  },
  {
    name: '§3 pronoun: gender skips the nearer man (she → Maria Lopez)',
    text: 'Maria Lopez met the mayor, John Green, on Monday.\n\n“We need a new bridge,” she said.',
    quotes: [{ quote: '“We need a new bridge,”', speaker: 'Maria Lopez', mention: 'she', sieve: 'trailing-frame', resolver: 'pronoun' }],
  },
  {
    name: '§3 pronoun: a person the quotation names by surname is spoken about, not the speaker (he → the teacher, not the painter)',
    text: 'Painter Oscar Brandt opened his show on Friday. Visitors queued for hours.\n\nFor Paul Meyer, a teacher at the college, Brandt was a hero. He said, “Brandt changed how this town sees itself.”',
    quotes: [{ quote: '“Brandt changed how this town sees itself.”', speaker: 'Paul Meyer', mention: 'He', sieve: 'intro-frame', resolver: 'pronoun', type: 'person' }],
  },
  {
    name: '§3 pronoun: a man talking of himself by surname keeps the quotation when nobody else fits',
    text: 'Donald Trump spoke in Ohio on Monday.\n\n“Trump is going to win this state,” he said.',
    quotes: [{ quote: '“Trump is going to win this state,”', speaker: 'Donald Trump', mention: 'he', sieve: 'trailing-frame', resolver: 'pronoun' }],
  },
  {
    name: '§3 pronoun: the one man named in the sentence, as a possessor or object, when nobody acting fits there (he → Thomas Sam, not the prosecutor)',
    text: 'Prosecutor Mark Tedeschi told the court the couple had ignored advice.\n\nThomas Sam and his wife deny the charge. Thomas\' sister pleaded with him to see a doctor, but he replied "I am not able to do that".',
    quotes: [{ quote: '"I am not able to do that"', speaker: 'Thomas Sam', mention: 'he', resolver: 'pronoun', type: 'person' }],
  },
  {
    name: '§3 pronoun: an acting man in the previous sentence still wins over a man only named there (he → Obama, not Putin)',
    text: 'Vladimir Putin arrived late.\n\nBarack Obama met Vladimir Putin on Monday. “It was a frank talk,” he said.',
    quotes: [{ quote: '“It was a frank talk,”', speaker: 'Barack Obama', mention: 'he', sieve: 'trailing-frame', resolver: 'pronoun' }],
  },
  {
    name: '§3 head: an object pronoun after the cue is whom it was said to ("told me"), the subject before it speaks',
    text: "John Dickey, the chief executive of Ora Media, told me, ''We're a content provider.''",
    quotes: [{ quote: "''We're a content provider.''", speaker: 'John Dickey', mention: 'John Dickey', sieve: 'intro-frame', resolver: 'name' }],
  },
  {
    name: '§3 head: a name before a lower-case noun modifies it ("Trump supporters" are the speakers, not Trump)',
    text: 'Outside the hall, Trump supporters chanted "Lock her up" for an hour.',
    quotes: [{ quote: '"Lock her up"', speaker: 'Trump supporters', mention: 'Trump supporters', resolver: 'description' }],
  },
  {
    name: '§3 names: a particle joined to a capitalised surname is part of the name ("Suleiman al-Amr", not a clipped "Suleiman")',
    text: 'Civil Defense Authority director General Suleiman al-Amr, in remarks to television, said "All those who were wounded have been taken to hospital."',
    quotes: [{ quote: '"All those who were wounded have been taken to hospital."', speaker: 'Suleiman al-Amr', resolver: 'name', type: 'person' }],
  },
  {
    name: '§3 not a speaker: a way of speaking ("in Scientology jargon") is a thing; the term stays unattributed and says so',
    text: 'Members leave through a formal process. To "route out" in Scientology jargon refers to the member who wishes to leave.',
    quotes: [{ quote: '"route out"', speaker: null, reason: /is a thing, not a speaker/ }],
  },
  {
    name: '§3 pronoun gender: a name’s own pronoun after its verb tells the gender ("Kiara Perkins … admitted she"), so a later "he" skips her',
    text: 'Tom Reed opened the exhibit on Thursday.\n\nKiara Perkins, a second-year student, admitted she was late. “It is the best show in years,” he said.',
    quotes: [{ quote: '“It is the best show in years,”', speaker: 'Tom Reed', mention: 'he', sieve: 'trailing-frame', resolver: 'pronoun' }],
  },
  {
    name: '§3 not a cue: "pointed to" a thing is a gesture; words quoted in what she pointed at are not her words ("pointed out" still is a cue)',
    text: 'Kathryn Walsh hosted the party. She pointed to the table with soup served with "electric" lemonade.\n\nShe pointed out that "nobody went home early."',
    quotes: [{ quote: '"nobody went home early."', speaker: 'Kathryn Walsh', mention: 'She', resolver: 'pronoun' }],
    none: ['"electric"'],
  },
  {
    name: '§3 pronoun: a nationality word opening a headline ("Virginian could make history") is nobody "he" stands for',
    text: 'Virginian could make history\n\nThe crowd cheered as the results came in. “This is a big night for all of us,” he said.',
    quotes: [{ quote: '“This is a big night for all of us,”', speaker: null, mention: 'he', resolver: 'pronoun' }],
  },
  {
    name: '§3 pronoun: across paragraphs, the previous paragraph’s subject',
    text: 'Senator Ann Keller voted against the bill on Tuesday.\n\nThe vote was close. “This is a mistake,” she said.',
    quotes: [{ quote: '“This is a mistake,”', speaker: 'Ann Keller', mention: 'she', sieve: 'trailing-frame', resolver: 'pronoun' }],
  },
  {
    name: '§3 pronoun: never a name that is only inside a quotation',
    text: 'Tom Berger spoke first. “I told Peter Hall we would win,” he said.',
    quotes: [{ quote: '“I told Peter Hall we would win,”', speaker: 'Tom Berger', mention: 'he', resolver: 'pronoun' }],
  },
  {
    name: '§3 source head, not a modifier: a letter seen by Sky News says → the letter',
    text: 'A leaked internal letter seen by Sky News says “the service is at breaking point”.',
    quotes: [{ quote: '“the service is at breaking point”', speaker: 'a leaked internal letter seen by Sky News', sieve: 'embedded-frame', resolver: 'description' }],
  },
  {
    name: '§3 source head, not a modifier: the nominee, visibly annoyed, responded',
    text: 'The nominee, visibly annoyed, responded: “That is simply false.”',
    quotes: [{ quote: '“That is simply false.”', speaker: 'the nominee', sieve: 'intro-frame', resolver: 'description', type: 'role' }],
  },
  {
    name: '§3 frame after: “…,” one said',
    text: 'Two officials described the talks.\n\n“It went badly,” one said.',
    quotes: [{ quote: '“It went badly,”', speaker: 'one', sieve: 'trailing-frame' }],
  },
  {
    name: '§3 frame after: “…,” said another',
    text: 'Two officials described the talks.\n\n“It went well,” said another.',
    quotes: [{ quote: '“It went well,”', speaker: 'another', sieve: 'trailing-frame' }],
  },
  {
    name: '§3 frame after: “…?” asked the campaign manager',
    text: '“Who would believe that?” asked the campaign manager.',
    quotes: [{ quote: '“Who would believe that?”', speaker: 'the campaign manager', sieve: 'trailing-frame', resolver: 'description', type: 'role' }],
  },
  {
    name: '§3 frame after: “…,” the president’s adviser, a former prosecutor, said',
    text: '“The case is weak,” the president’s adviser, a former prosecutor, said.',
    quotes: [{ quote: '“The case is weak,”', speaker: 'the president’s adviser', sieve: 'trailing-frame', resolver: 'description', type: 'role' }],
  },
  {
    name: '§3 frame after: on the next line',
    text: 'The minister was asked about the delay.\n\n“We are working on it.”\n\nsaid Health Minister Greg Hunt.',
    quotes: [{ quote: '“We are working on it.”', speaker: 'Greg Hunt', sieve: 'next-line-frame', resolver: 'name' }],
  },
  {
    name: '§3 frame: as X put it',
    text: 'The plan, as Senator Mark Udall put it, is “a recipe for disaster.”',
    quotes: [{ quote: '“a recipe for disaster.”', speaker: 'Mark Udall', resolver: 'name' }],
  },
  {
    name: '§3 frame: in the words of X',
    text: 'The reform is, in the words of Governor Jerry Brown, “long overdue.”',
    quotes: [{ quote: '“long overdue.”', speaker: 'Jerry Brown', sieve: 'in-the-words-of', resolver: 'name' }],
  },
  {
    name: '§3 frame: in the words of a description, then the name in apposition',
    text: 'The child suffered for months and, in the words of the Crown prosecutor, Mark Tedeschi, “Gloria spent a lot of her life crying.”',
    quotes: [{ quote: '“Gloria spent a lot of her life crying.”', speaker: 'Mark Tedeschi', sieve: 'in-the-words-of', resolver: 'name' }],
  },
  {
    name: '§3 frame: , writing: “…”',
    text: 'Elena Ruiz responded on Twitter, writing: “We will not back down.”',
    quotes: [{ quote: '“We will not back down.”', speaker: 'Elena Ruiz', resolver: 'name' }],
  },
  {
    name: '§3 frame after: “…”, according to the report.',
    text: 'Water use rose “far beyond what was planned”, according to the report.',
    quotes: [{ quote: '“far beyond what was planned”', speaker: 'the report', sieve: 'according-to', resolver: 'description' }],
  },
  {
    name: '§3 nested double quotes inside a quotation do not split it',
    text: '“When he said “trust me” I did not believe him,” Lena Ortiz said.',
    quotes: [{ quote: '“When he said “trust me” I did not believe him,”', speaker: 'Lena Ortiz', sieve: 'trailing-frame' }],
  },
  {
    name: '§3 not quotations: a programme after “said on”',
    text: 'Senator Lindsey Graham said on “Fox News Sunday” that the deal was dead.',
    quotes: [],
    none: ['“Fox News Sunday”'],
  },
  {
    name: '§3 not quotations: a book, a memoir, a film, a song',
    text: 'In her memoir “Becoming” and the film “The Long Road Home,” she recalls the song “Born in the U.S.A.”',
    quotes: [],
    none: ['“Becoming”', '“The Long Road Home,”', '“Born in the U.S.A.”'],
  },
  {
    name: '§3 not quotations: so-called and terms after called / known as / dubbed, with nobody framing them',
    text: 'The so-called “dark money” groups, also known as “super PACs,” spent heavily. The project was dubbed “the bridge to nowhere.”',
    quotes: [],
    none: ['“dark money”', '“super PACs,”', '“the bridge to nowhere.”'],
  },
  {
    name: '§3 a name given by a framed speaker stays a quotation (Trump dubbed him “Little Marco”)',
    text: 'Donald Trump mocked Marco Rubio, who he dubbed “the little senator.”',
    quotes: [{ quote: '“the little senator.”', speaker: 'Donald Trump', sieve: 'embedded-frame' }],
  },
  {
    name: '§3 not quotations: Title-Case headline prose',
    text: 'Read more: “Senate Passes Budget After Long Night Of Debate”\n\nThe vote was 51 to 49.',
    quotes: [],
    none: ['“Senate Passes Budget After Long Night Of Debate”'],
  },
  {
    name: '§3 kept: an exclamation after blurted out',
    text: 'Mark Davis blurted out “Liar!” as the minister spoke.',
    quotes: [{ quote: '“Liar!”', speaker: 'Mark Davis' }],
  },
  {
    name: '§3 kept: one evaluative word the speaker used (slammed the “dishonest” press)',
    text: 'President Donald Trump slammed the “dishonest” press on Friday.',
    quotes: [{ quote: '“dishonest”', speaker: 'Donald Trump', kind: 'partial' }],
  },
  {
    name: '§3 speaker types: a spokesperson for the hospital is a described role',
    text: '“The patient is stable,” a spokesperson for the hospital said.',
    quotes: [{ quote: '“The patient is stable,”', speaker: 'a spokesperson for the hospital', resolver: 'description', type: 'role' }],
  },
  {
    name: '§3 speaker types: the report’s authors and officials are groups',
    text: 'The report’s authors say iodine deficiency is “a hidden problem”. “We are reviewing it,” officials said.',
    quotes: [
      { quote: '“a hidden problem”', speaker: 'the report’s authors', resolver: 'description', type: 'group' },
      { quote: '“We are reviewing it,”', speaker: 'officials', resolver: 'description', type: 'group' },
    ],
  },
  {
    name: '§3 speaker types: an organisation',
    text: '“We will appeal,” the State Department said.',
    quotes: [{ quote: '“We will appeal,”', speaker: 'State Department', type: 'organisation' }],
  },
  {
    name: '§3 never a speaker: a place',
    text: 'South Australia recorded “the hottest day in a century” on Friday.',
    quotes: [{ quote: '“the hottest day in a century”', speaker: null, reason: /place/ }],
  },
  {
    name: '§3 never a speaker: a thing (health checks, a song)',
    text: 'Health checks showed “no sign of infection” in the camp. A song says “we shall overcome” over and over.',
    quotes: [
      { quote: '“no sign of infection”', speaker: null, reason: /not a speaker/ },
      { quote: '“we shall overcome”', speaker: null, reason: /not a speaker/ },
    ],
  },
  {
    name: '§3 never a speaker: a date',
    text: 'Last Monday brought “a wave of relief for everyone who lives in this town.”',
    quotes: [{ quote: '“a wave of relief for everyone who lives in this town.”', speaker: null, reason: /date|not a speaker|no attribution/ }],
  },
  {
    name: '§3 never a speaker: a clipped word (a group of Afghan …)',
    text: 'A group of Afghan refugees told reporters they were “very afraid” of going back.',
    quotes: [{ quote: '“very afraid”', speaker: 'a group of Afghan refugees', type: 'group' }],
  },
  {
    name: '§3 names across the article: surname → full name',
    text: 'Chancellor Olaf Scholz arrived late.\n\n“We will deliver,” Scholz said.',
    quotes: [{ quote: '“We will deliver,”', speaker: 'Olaf Scholz', resolver: 'name' }],
  },
  {
    name: '§3 names across the article: a near spelling of a full name (Ms Bauchtman → Rachel Bauchtmann)',
    text: 'Rachel Bauchtmann, 34, runs the shelter.\n\n“We are full every night,” Ms Bauchtman said.',
    quotes: [{ quote: '“We are full every night,”', speaker: 'Rachel Bauchtmann', resolver: 'name' }],
  },
  {
    name: '§3 names across the article: accents (Erdogan → Recep Tayyip Erdoğan)',
    text: 'President Recep Tayyip Erdoğan spoke in Ankara.\n\n“We will respond,” Erdogan said.',
    quotes: [{ quote: '“We will respond,”', speaker: 'Recep Tayyip Erdoğan', resolver: 'name' }],
  },
  {
    name: 'frame before: “goes on to say” is the frame (not “refused to say”)',
    text: 'The email goes on to say: “We cannot accept this.”',
    quotes: [{ quote: '“We cannot accept this.”', speaker: 'the email', sieve: 'intro-frame', resolver: 'description' }],
  },
  {
    name: 'frame before: “the ad claims” — a noun-like cue after the + noun, before a quotation, is the verb',
    text: 'The ad claims “Jeb is the conservative you can trust.”',
    quotes: [{ quote: '“Jeb is the conservative you can trust.”', speaker: 'the ad', sieve: 'embedded-frame', resolver: 'description' }],
  },
];
ROWS.push(...SECTION_3);

describe('extractQuotes: one row per pattern', () => {
  it.each(ROWS)('$name', (row) => {
    const { quotes } = extractQuotes(row.text);
    const got = quotes.map((q) => ({
      quote: row.text.slice(q.start, q.end),
      speaker: q.speaker?.name ?? null,
      kind: q.kind,
      mention: q.mention ? row.text.slice(q.mention.start, q.mention.end) : undefined,
      sieve: q.sieve,
      resolver: q.resolver,
      type: q.speaker?.type,
      reason: q.reason,
    }));
    expect(got.map((g) => g.quote)).toEqual(row.quotes.map((e) => e.quote));
    row.quotes.forEach((e, i) => {
      expect(got[i]!.speaker, `speaker of ${e.quote}`).toBe(e.speaker);
      if (e.kind) expect(got[i]!.kind, `kind of ${e.quote}`).toBe(e.kind);
      if (e.mention) expect(got[i]!.mention, `mention of ${e.quote}`).toBe(e.mention);
      if (e.sieve) expect(got[i]!.sieve, `sieve of ${e.quote}`).toBe(e.sieve);
      if (e.resolver) expect(got[i]!.resolver, `resolver of ${e.quote}`).toBe(e.resolver);
      if (e.type) expect(got[i]!.type, `speaker type of ${e.quote}`).toBe(e.type);
      if (e.reason) expect(got[i]!.reason, `reason of ${e.quote}`).toMatch(e.reason);
    });
    for (const n of row.none ?? []) expect(got.map((g) => g.quote)).not.toContain(n);
  });
});

describe('extractTitleQuotes: headlines', () => {
  it.each([
    { title: "Trump: Cruz has 'to come a long way'", quote: "'to come a long way'", speaker: 'Trump' },
    { title: '“We will win,” says Obama', quote: '“We will win,”', speaker: 'Obama' },
    { title: 'Clinton says: “I am ready”', quote: '“I am ready”', speaker: 'Clinton' },
    { title: 'Sanders: We need a political revolution', quote: 'We need a political revolution', speaker: 'Sanders' },
  ])('$title', ({ title, quote, speaker }) => {
    const [q, ...rest] = extractTitleQuotes(title);
    expect(rest).toEqual([]);
    expect(title.slice(q!.start, q!.end)).toBe(quote);
    expect(q!.speaker?.name).toBe(speaker);
  });

  it('maps the headline name onto the body speaker', () => {
    const body = extractQuotes('President Barack Obama spoke.\n\n“We did it,” Obama said.');
    const [q] = extractTitleQuotes('Obama: “We did it”', body);
    expect(q!.speaker).toEqual({ id: 'barack-obama', name: 'Barack Obama', type: 'person' });
  });

  it('finds nothing in a headline without a quotation', () => {
    expect(extractTitleQuotes('Senate passes the budget after a long night')).toEqual([]);
  });
});

describe('analysis fields', () => {
  const text = 'President Barack Obama spoke.\n\n“We did it,” Obama said. “Again.”\n\n“No,” Hillary Clinton said.';
  const result = extractQuotes(text);

  it('numbers quotes q1..qN in text order', () => {
    expect(result.quotes.map((q) => q.id)).toEqual(['q1', 'q2', 'q3']);
  });

  it('counts speakers, most quoted first, with slug ids', () => {
    expect(result.speakers).toEqual([
      { id: 'barack-obama', name: 'Barack Obama', type: 'person', count: 2 },
      { id: 'hillary-clinton', name: 'Hillary Clinton', type: 'person', count: 1 },
    ]);
  });

  it('gives a cue span and a readable reason', () => {
    const q1 = result.quotes[0]!;
    expect(text.slice(q1.cue!.start, q1.cue!.end)).toBe('said');
    expect(q1.reason).toMatch(/Obama said/);
    expect(q1.confidence).toBeGreaterThan(0.8);
  });

  it('explains a pronoun resolution and gives it a lower confidence than a name', () => {
    const r = extractQuotes('Barack Obama met Hillary Clinton.\n\nShe left early. “It was troubling,” he said.');
    const q = r.quotes[0]!;
    expect(q.reason).toMatch(/he → Barack Obama, named in the previous paragraph/);
    expect(q.confidence).toBeLessThan(result.quotes[0]!.confidence);
  });

  // A guess (the sentence's subject, no speech verb) is always shown as uncertain. This row used
  // to loop over quotations whose reason said "guess" in a text that had none, asserting nothing.
  it.each([
    'Mary Smith was clear about the plan “Everything changes today, for all of us here.”',
    'Mayor Mary Smith “Everything changes today, for all of us here.”',
  ])('gives a fallback guess a confidence the app flags as low: %j', (text) => {
    const [q] = extractQuotes(text).quotes;
    expect(q?.reason).toMatch(/\(guess\)/);
    expect(q!.confidence).toBeLessThan(LOW_CONFIDENCE);
  });
});
