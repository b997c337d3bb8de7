// Resolver step: a bare title ("the President", "the senator") is whoever holds it in the article.
import { ROLE_NOUNS } from '../tables/titles.ts';
import { speakerOf, type Resolver } from './resolver.ts';

// (A regex with \p is a module constant: esbuild, as tsx and the worker bundle run it (target node20),
// turns a \p escape outside a class into a `new RegExp` evaluated at every use: one per call.)
const BARE_TITLE = /^(?:the\s+)?(?:former\s+|then-|current\s+)?([\p{L}-]+)$/iu;

/** "the President said" → the article's President (the one it is most about so far). */
export const titleResolver: Resolver = {
  name: 'title',
  apply(ctx) {
    const { targetWords, target, holders, names, entities } = ctx;
    const role = BARE_TITLE.exec(targetWords);
    const roleKey = role ? ROLE_NOUNS.get(role[1]!.toLowerCase()) : undefined;
    if (!roleKey) return null;
    const list = holders.get(roleKey) ?? [];
    // Several people may hold a title ("Russian President Vladimir Putin"): take the one the
    // article is most about so far (most name mentions), the latest on a tie.
    const before = list.filter((h) => h.at < target.start);
    const pool = before.length ? before : list;
    const mentions = (e: number): number => names.filter((m) => m.entity === e && m.start < target.start).length;
    let holder = pool[pool.length - 1];
    for (const h of pool) if (holder && mentions(h.entity) > mentions(holder.entity)) holder = h;
    if (!holder) return null;
    const ent = entities[holder.entity]!;
    return { speaker: speakerOf(ent), how: `${targetWords} → ${ent.canonical}, who holds that title here`, certainty: 0.85 };
  },
};
