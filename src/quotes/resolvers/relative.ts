// Resolver step: a relative pronoun ("…, who said") with no noun phrase before it names nobody.
import type { Resolver } from './resolver.ts';

/** “…,” said one official, who …: "who" with no antecedent found stays unresolved. */
export const relativeResolver: Resolver = {
  name: 'relative',
  apply: (ctx) => (ctx.a.mentionType === 'relative' && !ctx.a.antecedent ? { speaker: null, how: `“${ctx.words}” with no antecedent`, certainty: 0.3 } : null),
};
