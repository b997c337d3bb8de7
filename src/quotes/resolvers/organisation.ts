// Resolver step: the phrase names an organisation ("the State Department", "U.S. Department of
// Agriculture", "Democrats"): the speaker is the organisation or group.
import { slug } from '../slug.ts';
import { namedInPhrase } from './named-in-phrase.ts';
import { speakerOf, type Resolver } from './resolver.ts';

/** "The U.S. Department of Agriculture notes" → U.S. Department of Agriculture. */
export const organisationResolver: Resolver = {
  name: 'organisation',
  apply(ctx) {
    const { inside, named } = namedInPhrase(ctx);
    if (!named) return null;
    const { entities, targetWords } = ctx;
    // "U.S. Department of Agriculture": an organisation named with its "of" phrase keeps it whole.
    if (ctx.phrase === 'name' && inside[0] && entities[inside[0].entity]!.org && / of /.test(targetWords) && !inside.some((m) => entities[m.entity]!.person)) {
      const display = targetWords.replace(/^[Tt]he\s+/, '').replace(/\s+/g, ' ').trim();
      return { speaker: { id: slug(display), name: display, type: 'organisation' }, how: display, certainty: 0.9 };
    }
    const ent = entities[named.entity]!;
    if (!ent.org) return null;
    const how = ent.canonical === targetWords ? ent.canonical : `${targetWords} → ${ent.canonical}`;
    return { speaker: speakerOf(ent), how, certainty: 1 };
  },
};
