// Speaker types (person, organisation, group, role) as the engine reports them, with the words the
// app uses for each. Until every data file carries a type, a missing one is "type not known" and
// never guessed by the app.

/** A type the engine can give a speaker. */
export type SpeakerType = 'person' | 'organisation' | 'group' | 'role';

/** Types in display order. */
export const SPEAKER_TYPES: readonly SpeakerType[] = ['person', 'organisation', 'group', 'role'];

/** Group headings (plural) and single labels of each type. */
export const SPEAKER_TYPE_LABELS: Record<SpeakerType | 'unknown', { many: string; one: string }> = {
  person: { many: 'People', one: 'Person' },
  organisation: { many: 'Organisations', one: 'Organisation' },
  group: { many: 'Groups', one: 'Group' },
  role: { many: 'Roles and titles', one: 'Role or title' },
  unknown: { many: 'Type not known', one: 'Type not known' },
};

/** The speaker's type if the data gives a known one, else 'unknown'. */
export function speakerTypeOf(speaker: object | null | undefined): SpeakerType | 'unknown' {
  const type = (speaker as { type?: unknown } | null | undefined)?.type;
  return typeof type === 'string' && (SPEAKER_TYPES as readonly string[]).includes(type) ? (type as SpeakerType) : 'unknown';
}
