// Generates the size-and-shape articles of issue 6 item 6 into a folder, so the end-to-end
// tests can build and open them without committing megabytes of text.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One generated article: where it went, its title, and a phrase from its very end. */
export interface OddArticle {
  file: string;
  title: string;
  /** Text near the end of the body: seeing it proves the whole article rendered. */
  lastWords: string;
  /** Number of quotation elements the article should show (null when not fixed by construction). */
  quotes: number | null;
}

const SENTENCES = [
  'The council met on Tuesday to discuss the budget for the coming year.',
  'Residents raised concerns about road repairs, school funding and the new library.',
  'Officials said a decision would follow after a public consultation in the spring.',
  'Several members asked for more detail on the cost of the proposed bridge.',
];

function frontMatter(title: string, date: string): string {
  return `---\ntitle: "${title}"\ndate: ${date}\nsource: Quote Reader test suite\n---\n\n`;
}

function paragraph(n: number, withQuote: boolean): string {
  const base = `Paragraph ${n}. ${SENTENCES[n % SENTENCES.length]} ${SENTENCES[(n + 1) % SENTENCES.length]}`;
  return withQuote ? `${base} "We will publish the figures in full," said Jane Porter, the council's treasurer.` : base;
}

/** Writes the odd articles into `dir` and describes them. */
export function writeOddArticles(dir: string): OddArticle[] {
  const articles: OddArticle[] = [];
  const add = (file: string, title: string, date: string, body: string, lastWords: string, quotes: number | null) => {
    writeFileSync(join(dir, file), frontMatter(title, date) + body + '\n');
    articles.push({ file, title, lastWords, quotes });
  };

  // About 3 MB: paragraphs of plain reporting with a quotation every tenth paragraph.
  const big: string[] = [];
  let size = 0;
  for (let n = 0; size < 3 * 1024 * 1024; n++) {
    const p = paragraph(n, n % 10 === 0);
    big.push(p);
    size += p.length + 2;
  }
  big.push('The three megabyte article ends here.');
  add('odd-three-megabytes.md', 'Odd: a three megabyte article', '2001-01-01', big.join('\n\n'), 'The three megabyte article ends here.', null);

  const many = Array.from({ length: 4000 }, (_, n) => paragraph(n, n % 50 === 0));
  many.push('Paragraph four thousand and one closes the long article.');
  add('odd-four-thousand-paragraphs.md', 'Odd: four thousand paragraphs', '2001-01-02', many.join('\n\n'), 'Paragraph four thousand and one closes the long article.', null);

  const huge = Array.from({ length: 6000 }, (_, n) => SENTENCES[n % SENTENCES.length]).join(' ') + ' The single paragraph finally stops.';
  add('odd-one-huge-paragraph.md', 'Odd: one huge paragraph', '2001-01-03', huge, 'The single paragraph finally stops.', 0);

  const none = Array.from({ length: 12 }, (_, n) => paragraph(n, false)).join('\n\n') + '\n\nNobody is quoted in this article at all.';
  add('odd-no-quotations.md', 'Odd: no quotations at all', '2001-01-04', none, 'Nobody is quoted in this article at all.', 0);

  const onlyQuotes = Array.from({ length: 20 }, (_, n) => `“This is quotation number ${n + 1} and nothing else surrounds it.”`);
  add('odd-only-quotations.md', 'Odd: only quotations', '2001-01-05', onlyQuotes.join('\n\n'), 'quotation number 20 and nothing else', 20);

  const rtl = [
    'قال المتحدث باسم الوزارة: "سنعلن النتائج غدا" 🎉 في مؤتمر صحفي.',
    'שלום עולם! "זה ציטוט בעברית," אמר הדובר. 👋🏽',
    'Mixed direction: English then العربية then עברית, with emoji 👨‍👩‍👧‍👦 🇺🇳 ✅ and a ZWJ sequence.',
    'النهاية هنا 🌙',
  ];
  add('odd-rtl-emoji.md', 'Odd: right-to-left العربية עברית and emoji 🌍', '2001-01-06', rtl.join('\n\n'), 'النهاية هنا 🌙', null);

  return articles;
}
