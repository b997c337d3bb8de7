// Resolver step: the phrase names a person ("Obama", "Chicago Alderman Jason C. Ervin", "Dr.
// Tristan Smith of UCL"): the speaker is that person, by the full name the article gives.
import { namedInPhrase } from './named-in-phrase.ts';
import { speakerOf, type Resolver } from './resolver.ts';

/** "Obama said" → Barack Obama, named in full elsewhere in the article. */
export const nameResolver: Resolver = {
  name: 'name',
  apply(ctx) {
    const { named } = namedInPhrase(ctx);
    if (!named) return null;
    const ent = ctx.entities[named.entity]!;
    const how = ent.canonical === ctx.targetWords ? ent.canonical : `${ctx.targetWords} → ${ent.canonical}`;
    return { speaker: speakerOf(ent), how, certainty: 1 };
  },
};
