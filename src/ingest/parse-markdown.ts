// Stage: a Markdown article with YAML front matter → raw metadata + paragraphs.
// The body is plain paragraphs separated by blank lines; no Markdown is interpreted, so
// whatever an author writes (even "<script>") stays literal text.
import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';
import { problem, type IngestProblem } from './errors.ts';
import { splitParagraphs } from './paragraphs.ts';
import type { ParsedSource } from './types.ts';
import { bareRecord } from '../common/own.ts';

/** A fence line: three dashes, optional trailing spaces. */
const FENCE = /^---[ \t]*$/;

/** Parses `text` (already UTF-8 decoded, LF line ends); returns the parsed source or problems. */
export function parseMarkdown(text: string, file: string): { ok: true; source: ParsedSource } | { ok: false; problems: IngestProblem[] } {
  const lines = text.split('\n');
  if (!FENCE.test(lines[0] ?? '')) {
    return { ok: false, problems: [problem('missing-title', file, 1,
      'The Markdown file has no front matter, so it has no title.',
      'Start the file with a front matter block: a line "---", then "title: Your headline" (and date, source, url, license…), then a closing "---" line.')] };
  }
  const close = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (close === -1) {
    return { ok: false, problems: [problem('front-matter-unclosed', file, 1,
      'The front matter opened on line 1 is never closed.',
      'Add a line with exactly "---" after the last front matter field, before the article body.')] };
  }
  const yamlText = lines.slice(1, close).join('\n');
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  // Front matter line n is file line n + 1 (the opening fence is line 1).
  const fileLine = (offset: number) => counter.linePos(offset).line + 1;
  if (doc.errors.length > 0) {
    return { ok: false, problems: doc.errors.map((err) => tooDeep(err.message)
      ? problem('front-matter-yaml', file, fileLine(err.pos[0]),
        'The front matter nests lists or mappings inside each other too deeply to be read.',
        'Front matter holds flat fields: write one "key: value" per line, and put a value that starts with "[" or "{" in double quotes.')
      : problem('front-matter-yaml', file, fileLine(err.pos[0]),
        `The front matter is not valid YAML: ${firstLine(err.message)}`,
        yamlHint(err.code, err.message))) };
  }
  const metaLines = bareRecord<number>();
  if (doc.contents !== null && !isMap(doc.contents)) {
    return { ok: false, problems: [problem('front-matter-not-mapping', file, 2,
      'The front matter must be a list of "key: value" fields.',
      'Write one field per line, e.g. "title: Your headline" and "date: 2024-05-01".')] };
  }
  if (isMap(doc.contents)) {
    for (const item of doc.contents.items) {
      if (isScalar(item.key) && item.key.range) metaLines[String(item.key.value)] = fileLine(item.key.range[0]);
    }
  }
  let meta: Record<string, unknown>;
  try {
    meta = (doc.toJS({ maxAliasCount: 50 }) ?? {}) as Record<string, unknown>;
  } catch (err) {
    if (tooDeep((err as Error).message)) {
      return { ok: false, problems: [problem('front-matter-yaml', file, 2,
        'The front matter nests lists or mappings inside each other too deeply to be read.',
        'Front matter holds flat fields: write one "key: value" per line, and put a value that starts with "[" or "{" in double quotes.')] };
    }
    // Aliases are resolved only here: an alias to a missing anchor, or an alias bomb.
    const alias = /[*&]\w/.exec(yamlText);
    return { ok: false, problems: [problem('front-matter-yaml', file, alias ? fileLine(alias.index) : 2,
      `The front matter is not valid YAML: ${firstLine((err as Error).message)}`,
      'A value starts with "*" or "&", which YAML reads as an alias or anchor: put the value in double quotes.')] };
  }
  const paragraphs = splitParagraphs(lines.slice(close + 1).join('\n'), close + 2);
  return {
    ok: true,
    source: {
      format: 'markdown',
      meta,
      metaLines,
      paragraphs: paragraphs.map((p) => p.text),
      paragraphLines: paragraphs.map((p) => p.line),
      removed: [],
    },
  };
}

// The parser recurses once per level of nesting: thousands of "[" exhaust the stack.
const tooDeep = (message: string) => /call stack|too much recursion/i.test(message);

function firstLine(s: string): string {
  return s.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

// The yaml library's error codes → advice in plain words.
function yamlHint(code: string, message: string): string {
  if (/nested mappings|implicit key/i.test(message)) {
    return 'A value contains ": " (or starts like a list or mapping): put it in double quotes, e.g. title: "Trump: no deal on the wall".';
  }
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'Each field may appear once; delete or rename the repeated key.';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'A value seems to run over several lines or a ":" is missing; keep each field on one line as "key: value".';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return 'Check the indentation and that every field is written "key: value".';
    default:
      return 'Put values that contain ":" , "#", quotes or start with "[", "{", "&", "*", "!" in double quotes, e.g. title: "Trump: \\"no deal\\"".';
  }
}
