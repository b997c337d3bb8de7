// Data table: lower-case particles inside personal names ("Bill de Blasio", "Chris Van Hollen",
// "Mohammed bin Salman"). The one list the engine, the surname completion and the corpus
// resolution share.

/** Particles that start a surname: "de Blasio" is a surname of two words. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'van', 'von', 'der', 'den', 'la', 'le', 'da', 'di', 'del', 'bin', 'al', 'el', 'ibn',
]);

/** Further lower-case glue met inside a capitalised name but never starting a surname ("mc", "st."). */
export const NAME_GLUE_ONLY: ReadonlySet<string> = new Set(['mc']);
