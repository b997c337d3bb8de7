// Stage: validate an article's metadata with a zod schema and turn every issue into a
// problem that names the file, the line of the offending field and what to write instead.
import { z } from 'zod';
import { problem, type IngestProblem, type IngestWarning } from './errors.ts';
import { SLUG_PATTERN } from '../common/slug.ts';
import { MAX_EXPLICIT_SLUG_LENGTH } from '../common/slug-limits.ts';
import type { ArticleMeta, RawMeta } from './types.ts';
import { own } from '../common/own.ts';
import { checkTitle, MAX_TITLE_LENGTH } from '../common/title-rules.ts';

/** Fields an article may set; anything else is reported as a warning (often a typo). */
export const KNOWN_FIELDS = ['title', 'date', 'page_date', 'source', 'url', 'license', 'license_url', 'byline', 'slug', 'changed', 'changes'] as const;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** `YYYY-MM-DD` for a real calendar date written as ISO 8601 (date or date-time), else null. */
export function isoDate(value: string): string | null {
  const m = ISO_DATE.exec(value.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59)) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

const text = (what: string) =>
  z.union([z.string(), z.number()], { error: `must be text (${what})` })
    .transform((v) => String(v).replace(/\s+/g, ' ').trim());
const optionalText = (what: string) => text(what).nullish().transform((v) => (v ? v : null));
const webUrl = z
  .string({ error: 'must be a web address starting with https:// or http://' })
  .trim()
  .refine((v) => {
    try {
      const u = new URL(v);
      return u.protocol === 'https:' || u.protocol === 'http:';
    } catch {
      return false;
    }
  }, 'must be a web address starting with https:// or http://')
  // The parsed form percent-encodes quotes and angle brackets, so the value is safe in an href.
  .transform((v) => new URL(v).href)
  .nullish()
  .transform((v) => v ?? null);

/** An optional date written YYYY-MM-DD (or a YAML date), normalised to YYYY-MM-DD. */
const dateField = z
  .union([z.string(), z.date()], { error: 'must be a date written YYYY-MM-DD' })
  .nullish()
  .transform((v, ctx) => {
    if (v === null || v === undefined || v === '') return null;
    const iso = v instanceof Date ? (Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10)) : isoDate(v);
    if (iso === null) {
      ctx.addIssue({ code: 'custom', message: `"${String(v)}" is not a valid date` });
      return z.NEVER;
    }
    return iso;
  });

/** The metadata schema shared by every format (scraped/HTML parsers fill the same keys). */
export const articleMetaSchema = z.object({
  title: text('the headline').pipe(z.string().min(1, 'is empty')),
  date: dateField,
  /** The date printed on a scraped or saved page (the day it was captured), kept apart from `date`. */
  page_date: dateField,
  source: optionalText('the publication'),
  url: webUrl,
  byline: optionalText('the author'),
  license: optionalText('e.g. CC BY 2.5'),
  license_url: webUrl,
  changed: z.boolean({ error: 'must be true or false' }).nullish().transform((v) => v ?? false),
  changes: optionalText('what was changed'),
  slug: z
    .string({ error: 'must be text' })
    .regex(SLUG_PATTERN, 'must be lowercase letters, digits and single hyphens, e.g. "my-article"')
    .max(MAX_EXPLICIT_SLUG_LENGTH, `must be at most ${MAX_EXPLICIT_SLUG_LENGTH} characters`)
    .nullish()
    .transform((v) => v ?? null),
});

// Per field: what to write instead.
const FIXES: Record<string, string> = {
  title: 'Give the article a headline: "title: Your headline" in the front matter.',
  date: 'Write the date as YYYY-MM-DD (e.g. "date: 2024-05-01"), a real calendar date; or remove the line.',
  url: 'Write the full address of the original article, e.g. "url: https://example.org/news/123".',
  license_url: 'Write the full address of the license, e.g. "license_url: https://creativecommons.org/licenses/by/2.5/".',
  slug: 'Use lowercase ASCII words joined by hyphens, e.g. "slug: obama-putin-hacking", or remove the line to derive it from the title.',
  changed: 'Write "changed: true" when the text was adapted from its source, otherwise "changed: false".',
};

/** Validates raw metadata; on success also returns warnings (unknown fields, missing date). */
export function validateMeta(
  meta: RawMeta,
  metaLines: Record<string, number>,
  file: string,
): { ok: true; meta: ArticleMeta; warnings: IngestWarning[] } | { ok: false; problems: IngestProblem[] } {
  const result = articleMetaSchema.safeParse(meta);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const field = String(issue.path[0] ?? 'front matter');
      const line = own(metaLines, field) ?? null;
      if (field === 'title' && (meta.title === undefined || meta.title === null)) {
        // No title line to point at: point at the start of the metadata (the front matter's first line).
        return problem('missing-title', file, Object.keys(metaLines).length ? 1 : null, 'The article has no title.', FIXES.title!);
      }
      const code = field === 'date' ? 'invalid-date' : field === 'title' ? 'missing-title' : 'front-matter-field';
      return problem(code, file, line, `The "${field}" field ${issue.message}.`, own(FIXES, field) ?? `Fix or remove the "${field}" field.`);
    });
    return { ok: false, problems };
  }
  const v = result.data;
  const warnings: IngestWarning[] = [];
  // The title rules (src/common/title-rules.ts, decision 024): clean controls, reject the invisible and the absurd.
  const titleLine = own(metaLines, 'title') ?? null;
  const title = checkTitle(v.title);
  if (!title.ok) {
    return {
      ok: false,
      problems: [
        title.reason === 'invisible'
          ? problem('missing-title', file, titleLine, `The title has no visible characters (only zero-width or invisible characters${title.removed.length ? ` and ${title.removed.join(', ')}` : ''}): it would be an empty heading and link.`, 'Write the headline in visible characters, e.g. "title: Council approves the bridge".')
          : problem('title-too-long', file, titleLine, `The title is ${title.length.toLocaleString('en')} characters long; at most ${MAX_TITLE_LENGTH} are allowed (this looks like a paragraph, not a headline).`, `Shorten the title to at most ${MAX_TITLE_LENGTH} characters and put the rest in the article body.`),
      ],
    };
  }
  if (title.removed.length) {
    warnings.push({ code: 'title-cleaned', file, line: titleLine, message: `Removed from the title: ${title.removed.join(', ')} (invisible characters that can reorder or hide text).` });
  }
  for (const key of Object.keys(meta)) {
    if (!(KNOWN_FIELDS as readonly string[]).includes(key)) {
      warnings.push({ code: 'unknown-field', file, line: own(metaLines, key) ?? null, message: `Unknown front matter field "${key}" is ignored (known: ${KNOWN_FIELDS.join(', ')}).` });
    }
  }
  if (v.date === null) warnings.push({ code: 'missing-date', file, line: null, message: 'No date: the article is listed after the dated ones.' });
  return {
    ok: true,
    warnings,
    meta: {
      title: title.title,
      date: v.date,
      pageDate: v.page_date,
      source: v.source,
      url: v.url,
      byline: v.byline,
      license: v.license ? { name: v.license, url: v.license_url } : null,
      changed: v.changed,
      changes: v.changes,
      slug: v.slug,
    },
  };
}
