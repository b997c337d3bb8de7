// Problems found while ingesting articles: errors stop the build, warnings go to the report.
// Every problem names its file, the line where there is one, and what to fix.

/** What kind of problem; stable codes so tests and tools can match on them. */
export type ProblemCode =
  | 'empty-file'
  | 'binary-file'
  | 'not-utf8'
  | 'unreadable-file'
  | 'unknown-extension'
  | 'front-matter-unclosed'
  | 'front-matter-yaml'
  | 'front-matter-not-mapping'
  | 'front-matter-field'
  | 'missing-title'
  | 'title-too-long'
  | 'invalid-date'
  | 'empty-body'
  | 'duplicate-slug'
  | 'html-no-article'
  | 'parse-failed'
  | 'worker-failed'
  | 'missing-folder'
  | 'broken-link'
  | 'link-loop'
  | 'duplicate-file'
  | 'not-a-file'
  | 'corrections-file'
  | 'correction-entry'
  | 'correction-unknown-article'
  | 'correction-not-applied';

/** A file that cannot be ingested as it is. */
export interface IngestProblem {
  code: ProblemCode;
  /** Path as the user knows it (relative to the working directory). */
  file: string;
  /** 1-based line, when the problem sits on one. */
  line: number | null;
  /** What is wrong. */
  message: string;
  /** What to do about it. */
  fix: string;
}

/** Something odd that does not stop the build. */
export interface IngestWarning {
  code: 'no-articles' | 'missing-date' | 'unbalanced-quote' | 'unattributed-quote' | 'unknown-field' | 'furniture-removed' | 'engine-failed' | 'slug-suffixed' | 'furniture-kept' | 'title-cleaned' | 'huge-article' | 'correction-redundant';
  file: string;
  line: number | null;
  message: string;
}

/** Thrown (and shown by Vite) when one or more articles fail; carries every problem at once. */
export class IngestError extends Error {
  constructor(readonly problems: readonly IngestProblem[]) {
    super(formatProblems(problems));
    this.name = 'IngestError';
  }
}

/** Builds a problem; a small helper so call sites stay one line. */
export function problem(code: ProblemCode, file: string, line: number | null, message: string, fix: string): IngestProblem {
  return { code, file, line, message, fix };
}

/** `file:line` or just `file`. */
export function location(p: { file: string; line: number | null }): string {
  return p.line === null ? p.file : `${p.file}:${p.line}`;
}

/** Problems listed in full in one message; the rest are counted (all are in ingest-report.json). */
export const MAX_LISTED_PROBLEMS = 100;

/** Where the full list is: the build's report file, or (dev server, which writes none) how to get one. */
export const DEFAULT_REPORT = 'ingest-report.json';

/** What the dev server names instead of a report it never writes. */
export const DEV_SERVER_REPORT = 'the build report (the dev server writes none; `npm run build` writes dist.ingest-report.json)';

/** One message listing every bad file (up to `limit` problems), in path order; `report` says where the rest are. */
export function formatProblems(problems: readonly IngestProblem[], limit = MAX_LISTED_PROBLEMS, report = DEFAULT_REPORT): string {
  const sorted = [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  const files = new Set(sorted.map((p) => p.file));
  const head = `${files.size} article file${files.size === 1 ? '' : 's'} could not be ingested (${problems.length} problem${problems.length === 1 ? '' : 's'}). Fix ${files.size === 1 ? 'it' : 'them'} and the build will continue:`;
  const body = sorted.slice(0, limit).map((p) => `\n  ${location(p)}\n    ${p.message}\n    Fix: ${p.fix}`);
  // A folder of thousands of wrong files (say, a build output copied in) must not flood the terminal.
  if (sorted.length > limit) body.push(`\n  … and ${sorted.length - limit} more problems; every one is listed in ${report}.`);
  return [head, ...body].join('\n');
}

/** A plain-text table of warnings for the terminal, at most `limit` rows plus a count of the rest. */
export function formatWarningTable(warnings: readonly IngestWarning[], limit = 30, report = DEFAULT_REPORT): string {
  if (warnings.length === 0) return 'Ingestion: no warnings.';
  const counts = new Map<string, number>();
  for (const w of warnings) counts.set(w.code, (counts.get(w.code) ?? 0) + 1);
  const summary = [...counts].map(([code, n]) => `${n} ${code}`).join(', ');
  const rows = warnings.slice(0, limit).map((w) => [location(w), w.code, w.message] as const);
  const widths = [0, 1].map((i) => Math.min(60, Math.max(...rows.map((r) => r[i]!.length), i === 0 ? 4 : 7)));
  const pad = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));
  const lines = [
    `Ingestion warnings (${warnings.length}: ${summary}); full list in ${report}`,
    `  ${pad('file', widths[0]!)}  ${pad('warning', widths[1]!)}  message`,
    ...rows.map((r) => `  ${pad(r[0], widths[0]!)}  ${pad(r[1], widths[1]!)}  ${r[2].length > 100 ? `${r[2].slice(0, 99)}…` : r[2]}`),
  ];
  if (warnings.length > limit) lines.push(`  … and ${warnings.length - limit} more`);
  return lines.join('\n');
}

/** 1-based line of a UTF-16 offset in `text`. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** At most this many other files are named in one message; the rest are counted. */
export const MAX_NAMED_FILES = 5;

/** "a, b and c", or "a, b, c, d, e and 7 more" past MAX_NAMED_FILES; `total` counts files not passed in. */
export function listFiles(files: readonly string[], max = MAX_NAMED_FILES, total = files.length): string {
  if (total <= max && files.length <= max) return files.length <= 1 ? (files[0] ?? '') : `${files.slice(0, -1).join(', ')} and ${files[files.length - 1]}`;
  const named = files.slice(0, max);
  return `${named.join(', ')} and ${Math.max(total, files.length) - named.length} more`;
}
