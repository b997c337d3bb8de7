// Published corrections: the JSON files a maintainer puts in src/content/corrections/ (what a
// reader's "Export corrections" downloads). Read and validated at build time, each problem naming
// the file, the line of the entry and what to fix; applied to the analysed articles so every
// reader sees the fix, marked "corrected by the editors".
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { findNodeAtLocation, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { z } from 'zod';
import { applyCorrections, type UnappliedReason } from '../corrections/apply-corrections.ts';
import { CORRECTIONS_FORMAT, CORRECTIONS_VERSION, type Correction } from '../corrections/correction.ts';
import { lineAt, problem, type IngestProblem, type IngestWarning } from './errors.ts';
import { displayPath } from './read-sources.ts';
import type { AnalysedArticle } from './types.ts';

/** One correction of a published file, with where it stands. */
export interface PublishedCorrection {
  file: string;
  /** 1-based line where the entry starts. */
  line: number | null;
  /** Position in the file's `corrections` list, from 0. */
  index: number;
  correction: Correction;
}

/** Every published correction, and the problems of the files that are not right. */
export interface PublishedCorrections {
  entries: PublishedCorrection[];
  problems: IngestProblem[];
}

/** None: the build without a corrections folder. */
export const NO_CORRECTIONS: PublishedCorrections = { entries: [], problems: [] };

const speakerSchema = z.object({ name: z.string().trim().min(1, 'the speaker needs a name'), id: z.string().min(1).optional() }).strict();

const entrySchema = z.object({
  article: z.string().min(1, 'give the article’s slug'),
  action: z.enum(['speaker', 'remove', 'add']),
  quote: z.object({ text: z.string().min(1, 'give the quotation’s words'), start: z.number().int().min(0), end: z.number().int().min(0) }).strict()
    .refine((q) => q.end > q.start, { message: 'end must be after start' }),
  speaker: speakerSchema.nullable().optional(),
  engine: z.object({ speaker: z.string().nullable(), confidence: z.number().min(0).max(1) }).nullable().optional(),
  note: z.string().optional(),
  created: z.string().optional(),
}).strict().refine((c) => c.action === 'remove' || c.speaker !== undefined, {
  message: 'speaker missing: a "speaker" or "add" correction needs "speaker": {"name": "…"} (or null for no identifiable speaker)',
  path: ['speaker'],
});

const fileSchema = z.object({
  format: z.literal(CORRECTIONS_FORMAT),
  version: z.number().int().min(1).max(CORRECTIONS_VERSION),
  corrections: z.array(z.unknown()),
}).passthrough();

const issueText = (e: z.ZodError): string => e.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');

/** The problems and entries of one corrections file's text. */
export function parseCorrectionsFile(file: string, text: string): PublishedCorrections {
  // jsonc-parser in strict mode: JSON.parse names no position on Node 20, and entries need their lines.
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const lineOf = (offset: number | undefined): number | null => (offset === undefined ? null : lineAt(text, offset));
  let data: unknown;
  try {
    if (errors.length > 0 || !tree) throw new SyntaxError(errors[0] ? printParseErrorCode(errors[0].error) : 'empty file');
    data = JSON.parse(text);
  } catch (err) {
    return { entries: [], problems: [problem('corrections-file', file, errors[0] ? lineOf(errors[0].offset) : null,
      `This corrections file is not valid JSON (${(err as Error).message}).`,
      'Save it again from “Export corrections”, or fix the JSON syntax at that line.')] };
  }
  const top = fileSchema.safeParse(data);
  if (!top.success) {
    return { entries: [], problems: [problem('corrections-file', file, 1, `This is not a Quote Reader corrections file: ${issueText(top.error)}.`,
      `A corrections file is {"format": "${CORRECTIONS_FORMAT}", "version": ${CORRECTIONS_VERSION}, "corrections": [...]}, as “Export corrections” writes it.`)] };
  }
  const entryLine = (i: number): number | null => lineOf(findNodeAtLocation(tree, ['corrections', i])?.offset);
  const out: PublishedCorrections = { entries: [], problems: [] };
  top.data.corrections.forEach((raw, index) => {
    const parsed = entrySchema.safeParse(raw);
    if (parsed.success) out.entries.push({ file, line: entryLine(index), index, correction: parsed.data as Correction });
    else out.problems.push(problem('correction-entry', file, entryLine(index), `Correction ${index + 1} is not right: ${issueText(parsed.error)}.`,
      'Fix or remove this entry (README, “Publishing corrections”, lists the fields).'));
  });
  return out;
}

/** Reads every `.json` file of `dir` (none when the folder does not exist). */
export async function readCorrections(dir: string): Promise<PublishedCorrections> {
  let names: string[];
  try {
    names = (await readdir(dir)).sort();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return NO_CORRECTIONS;
    throw err;
  }
  const out: PublishedCorrections = { entries: [], problems: [] };
  for (const name of names) {
    const path = join(dir, name);
    if (name.startsWith('.') || /^readme(\.md|\.txt)?$/i.test(name)) continue;
    if (!name.endsWith('.json')) {
      out.problems.push(problem('corrections-file', displayPath(path), null, 'Only .json corrections files belong in the corrections folder.',
        'Move this file elsewhere, or save it as a .json file from “Export corrections”.'));
      continue;
    }
    const one = parseCorrectionsFile(displayPath(path), await readFile(path, 'utf8'));
    out.entries.push(...one.entries);
    out.problems.push(...one.problems);
  }
  return out;
}

const NOT_APPLIED: Record<UnappliedReason, { message: string; fix: string }> = {
  'text-not-found': { message: 'its quotation text is not in the article', fix: 'The article was edited: correct the quotation’s "text" to the article’s words, or remove the entry.' },
  'overlaps-other-quotation': { message: 'the engine finds a quotation that overlaps these words without matching them', fix: 'Give the quotation’s exact words as the engine marks them (see the article page), or remove the entry.' },
  'speaker-missing': { message: 'it names no speaker', fix: 'Add "speaker": {"name": "…"}, or null for no identifiable speaker.' },
  'engine-agrees': { message: 'the engine now gives this quotation that speaker itself', fix: 'Remove the entry: it is no longer needed.' },
};

/** Applies the published corrections to the articles; problems for entries that cannot apply. */
export function applyPublishedCorrections(articles: readonly AnalysedArticle[], published: PublishedCorrections): { articles: AnalysedArticle[]; problems: IngestProblem[]; warnings: IngestWarning[] } {
  const { bySlug, problems } = correctionsBySlug(published, new Set(articles.map((a) => a.slug)));
  const warnings: IngestWarning[] = [];
  if (published.entries.length === 0) return { articles: [...articles], problems, warnings };
  const corrected = articles.map((a) => {
    const entries = bySlug.get(a.slug);
    return entries ? correctArticle(a, entries, problems, warnings) : a;
  });
  return { articles: corrected, problems, warnings };
}

/**
 * The published entries grouped by the slug they correct, and the problems of the files and of
 * entries naming a slug the corpus (`slugs`) does not have. First half of applyPublishedCorrections;
 * the streaming build calls it with the compact rows' slugs.
 */
export function correctionsBySlug(published: PublishedCorrections, slugs: { has(slug: string): boolean }): { bySlug: Map<string, PublishedCorrection[]>; problems: IngestProblem[] } {
  const problems = [...published.problems];
  const bySlug = new Map<string, PublishedCorrection[]>();
  for (const e of published.entries) {
    const slug = e.correction.article;
    if (!slugs.has(slug)) {
      problems.push(problem('correction-unknown-article', e.file, e.line, slug.startsWith('mine:')
        ? `Correction ${e.index + 1} is for an article a reader added in their own browser (${slug}); it cannot be published.`
        : `Correction ${e.index + 1} is for an article "${slug}" that the corpus does not have.`,
      slug.startsWith('mine:') ? 'Remove this entry, or add the article to the corpus and use its slug.' : 'Use the slug in the article’s address (/articles/SLUG), or remove the entry.'));
      continue;
    }
    const list = bySlug.get(slug);
    if (list) list.push(e);
    else bySlug.set(slug, [e]);
  }
  return { bySlug, problems };
}

/** One article with its published `entries` applied; what cannot apply goes to `problems` / `warnings`. */
export function correctArticle(a: AnalysedArticle, entries: readonly PublishedCorrection[], problems: IngestProblem[], warnings: IngestWarning[]): AnalysedArticle {
  const out = applyCorrections(a.text, a.analysis.quotes, entries.map((e) => e.correction), 'editors');
  for (const u of out.unapplied) {
    const e = entries[u.index]!;
    const why = NOT_APPLIED[u.reason];
    // An entry the engine has caught up with does no harm: the build says so and goes on.
    if (u.reason === 'engine-agrees') warnings.push({ code: 'correction-redundant', file: e.file, line: e.line, message: `Correction ${e.index + 1} (${a.slug}) is not needed any more: ${why.message}. ${why.fix}` });
    else problems.push(problem('correction-not-applied', e.file, e.line, `Correction ${e.index + 1} (${a.slug}) cannot be applied: ${why.message}.`, why.fix));
  }
  return { ...a, analysis: { ...a.analysis, quotes: out.quotes, speakers: out.speakers } };
}
