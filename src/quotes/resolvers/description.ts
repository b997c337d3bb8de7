// Resolver step (last): a description that names nobody ("a spokesman for the hospital", "the
// report's authors", "officials") is itself the speaker: a described role, or a group when plural.
import { slug } from '../slug.ts';
import type { Resolver } from './resolver.ts';

/** "a senior official with the administration said" → that official, as described. */
export const descriptionResolver: Resolver = {
  name: 'description',
  apply(ctx) {
    // A description keeps its own case ("a senior official with the administration"), not the sentence's.
    const display = ctx.targetWords.replace(/^[Tt]he\s+(?=\p{Lu})/u, '').replace(/^(A|An|The)(?=\s+\p{Ll})/u, (d) => d.toLowerCase()).replace(/[,;:]+$/, '').replace(/\s+/g, ' ').trim();
    return { speaker: { id: slug(display), name: display, type: describedType(display) }, how: display, certainty: 0.8 };
  },
};

/** A plural head ("officials", "the report's authors") is a group; otherwise a described role. */
function describedType(display: string): 'group' | 'role' {
  const head = /([\p{L}'’-]+)(?:\s+(?:of|for|at|with|from|to|in)\b.*)?$/u.exec(display)?.[1]?.toLowerCase() ?? '';
  return /(?<!s)s$|people$|men$|staff$|police$/u.test(head) ? 'group' : 'role';
}
