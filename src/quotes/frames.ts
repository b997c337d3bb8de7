// The frame readers the sieves share: each finds, in one token sentence, a cue and the noun
// phrase that frames a quotation in one way ("…,” X said", "X said: “…”", "according to X",
// "“…” for Clinton, said X"). A sieve (sieves/) decides when a frame counts and how sure it is.
import type { Token } from './tokenize.ts';
import { WEAK_CUES } from './tables/cue-verbs.ts';
import { ADDRESSING, DOCUMENT_NOUNS, GO_ON, MODIFYING_PARTICIPLES, SIGNATURE_JOINERS, SIGNATURE_LEADS, INDEFINITES, OUTER_SPEECH, POSSESSIVE_WORDS, PREPOSITIONS, SPEECH_NOUNS } from './tables/frame-words.ts';
import { MAX_SPEECH_NOUN_MODIFIERS, MAX_SUBJECT_CHAIN_PARTS, OUTER_SPEECH_WINDOW, TRAILING_CUE_WINDOW, TRAILING_VERB_WINDOW } from './tables/limits.ts';
import { NEWS_OUTLETS } from './tables/news-outlets.ts';
import { SPEAKER_PRONOUNS } from './tables/pronouns.ts';
import { TITLES } from './tables/titles.ts';
import { COMMON_VERBS, DEMONYM, DETERMINERS, NP_PREPOSITIONS, NP_STOPPERS, PLACE_WORDS, TIME_WORDS } from './tables/words.ts';
import { CUE_VERBS } from './tables/cue-verbs.ts';
import { cueAt, isCue, isNameGlue, isNameWord, isNounish, isPronoun, isPunct, isWord, looksLikeVerbAfter, npEndingAt, sentenceSubject, subjectAfter, subjectBefore, type NP } from './noun-phrases.ts';

/** A frame found: the noun phrase of the source and its cue ("said", "according to"). */
export interface Found {
  np: NP;
  cue: Token | null;
  cueEnd?: Token;
}

/** Rule 1: the frame right after the quotation: “…,” Obama said / “…,” said Obama. */
export function trailingFrame(toks: Token[], p: number, innerEnd: string): Found | null {
  let i = p + 1;
  // A partial quote inside a clause ("the ad “…” suggests that") has no frame of its own after it:
  // a real trailing frame follows a quote that ends with , ? ! or a dash, or stands at the sentence start.
  const closesClause = /[,?!—–…-]['’]?$/.test(innerEnd) || isPunct(toks[i], ',—–-―') || p === 0 || toks[p - 1]?.kind === 'quote' || isPunct(toks[p - 1], ':');
  // "“…” ― Sonya Herridge": a dash and a name closing the line, no verb.
  if (isPunct(toks[i], '―—–-') && isNameWord(toks[i + 1])) {
    const np = subjectAfter(toks, i + 1);
    const after = np ? toks[np.last + 1] : undefined;
    if (np && (!after || isPunct(after, '.,') || after.kind === 'quote')) return { np, cue: toks[i]! };
  }
  if (!closesClause) return null;
  while (isPunct(toks[i], ',—–-―')) i++;
  const t = toks[i];
  if (!isWord(t)) return null;
  if (cueAt(toks, i) && !t.key.endsWith('ing')) {
    const np = subjectAfter(toks, i + 1);
    if (np) return { np: appositiveChainEnd(toks, np) ?? np, cue: t };
    // "said Tuesday Obama" is rare; "said Tuesday." has no subject here.
    return null;
  }
  // “…,” Blige sings to Clinton: after a quote closed by a comma, a name or pronoun and any verb frame it.
  if (/,['’]?$/.test(innerEnd) && (isPronoun(t) || isNameWord(t))) {
    const np = isPronoun(t) ? npEndingAt(toks, i, i) : null;
    let j = i;
    while (!np && j + 1 < toks.length && (isNameWord(toks[j + 1]) || isNameGlue(toks[j + 1]))) j++;
    const verb = toks[(np ? i : j) + 1];
    const verbLike = verb !== undefined && isWord(verb) && !verb.cap && (looksLikeVerbAfter(toks, (np ? i : j) + 1) || (/(s|ed)$/.test(verb.key) && !NP_STOPPERS.has(verb.key)));
    if (verb && verbLike && !CUE_VERBS.has(verb.key) && !SPEAKER_PRONOUNS.get(t.key)?.relative) {
      const subject = np ?? npEndingAt(toks, j, i);
      if (subject && subject.first === i) return { np: subject, cue: verb };
    }
  }
  for (let v = i + 1; v < toks.length && v < i + TRAILING_CUE_WINDOW; v++) {
    const x = toks[v]!;
    if (x.kind === 'quote' || isPunct(x, '.?!;:')) break;
    if (!cueAt(toks, v)) continue;
    if (WEAK_CUES.has(x.key) && x.key !== 'put') continue;
    const np = subjectBefore(toks, v, i);
    if (!np) break;
    // "“…,” as a Homeland Security memo put it": the "as" of "as X put it" is no word of the subject's.
    const asPutIt = x.key === 'put' && isWord(toks[i]) && toks[i]!.key === 'as';
    const between = toks.slice(asPutIt ? i + 1 : i, np.first);
    if (between.every((b) => isWord(b) && !CUE_VERBS.has(b.key) && (b.cap || !NP_STOPPERS.has(b.key)))) return { np, cue: x };
    break;
  }
  // “…,” an angry Hollande retaliated / “…,” Howard Dean, the former governor, proclaimed: after a
  // comma-closed quote, the first verb-like word whose subject starts right after the quote frames it.
  if (/,['’]?$/.test(innerEnd)) {
    for (let v = i + 1; v < toks.length && v < i + TRAILING_VERB_WINDOW; v++) {
      const x = toks[v]!;
      if (x.kind === 'quote' || isPunct(x, '.?!;:')) break;
      if (!isWord(x) || x.cap || NP_STOPPERS.has(x.key) || DETERMINERS.has(x.key)) continue;
      if (!(COMMON_VERBS.has(x.key) || /(ed|[^s]s)$/.test(x.key))) continue;
      const np = subjectBefore(toks, v, i);
      if (np && np.first === i && np.last < v) return { np, cue: x };
      if (np) break;
    }
  }
  return null;
}

/**
 * "said University of California, San Diego's chancellor, Pradeep Khosla.": an inverted subject
 * followed by comma-separated parts, the last a name ending the sentence right after a part that
 * ends in a title, is that name. (A title is required: "said Jane Doe, of Springfield, Illinois" ends in a place.)
 */
function appositiveChainEnd(toks: Token[], np: NP): NP | null {
  let k = np.last + 1;
  let prevLast = toks[np.last];
  // At most one part between ("…, a committee member for X, a group who elected its president, Karen Lewis" is not her).
  for (let hop = 0; hop < MAX_SUBJECT_CHAIN_PARTS; hop++) {
    if (!isPunct(toks[k], ',')) return null;
    let m = k + 1;
    while (m < toks.length && isWord(toks[m])) m++;
    const end = toks[m];
    if (m === k + 1) return null;
    if (end === undefined || isPunct(end, '.!?')) {
      const name = subjectAfter(toks, k + 1);
      if (name && name.type === 'name' && name.last === m - 1 && isWord(prevLast) && TITLES.has(prevLast.key)) return name;
      return null;
    }
    if (!isPunct(end, ',')) return null;
    prevLast = toks[m - 1];
    k = m;
  }
  return null;
}

/** Whether a noun phrase names a news outlet ("the BBC", "NBC News"), which reports rather than speaks. */
export function isNewsOutlet(toks: Token[], np: NP): boolean {
  // The phrase's word keys joined by spaces, a first "the" left out, built without the arrays.
  let key = '';
  let seen = false;
  let taken = 0;
  for (let k = np.first; k <= np.last && k < toks.length; k++) {
    const t = toks[k]!;
    if (!isWord(t)) continue;
    const opening = !seen;
    seen = true;
    if (opening && t.key === 'the') continue;
    key = taken === 0 ? t.key : `${key} ${t.key}`;
    taken++;
  }
  return NEWS_OUTLETS.has(key);
}


/**
 * "Pollsters agree - Carl Bialik: “…”", "… - More from Blumenthal and Cohen: “…”": a name (or two
 * joined by "and"), maybe after "More from", between a dash and the colon right before the
 * quotation signs it; the words before the dash are a heading, not its subject.
 */
export function dashSignature(toks: Token[], p: number): Found | null {
  const colon = toks[p - 1];
  if (!isPunct(colon, ':')) return null;
  let k = p - 2;
  while (k >= 0 && (isNameWord(toks[k]) || isNameGlue(toks[k]) || (isWord(toks[k]) && SIGNATURE_JOINERS.has(toks[k]!.key)))) k--;
  if (!isPunct(toks[k], '-–—―')) return null;
  let first = k + 1;
  // "More from Jones:": the lead-in words are no part of the name.
  while (first < p - 1 && isWord(toks[first]) && SIGNATURE_LEADS.has(toks[first]!.key)) first++;
  if (first > p - 2 || !isNameWord(toks[first]) || !isNameWord(toks[p - 2])) return null;
  return { np: { first, last: p - 2, type: 'name' }, cue: colon! };
}

/** Rule 3: "according to X" anywhere in the sentence. */
export function accordingTo(toks: Token[]): Found | null {
  for (let i = 0; i + 2 < toks.length; i++) {
    if (isWord(toks[i]) && toks[i]!.key === 'according' && isWord(toks[i + 1]) && toks[i + 1]!.key === 'to') {
      const np = subjectAfter(toks, i + 2);
      // "according to a statement released by Erdogan's office": the document's author is the source.
      // ("according to a court document filed by state attorney Dave Aronberg": a participle may come between.)
      const filed = np && isWord(toks[np.last + 1]) && MODIFYING_PARTICIPLES.has(toks[np.last + 1]!.key) ? 1 : 0;
      const by = np ? toks[np.last + 1 + filed] : undefined;
      if (np && isWord(by) && (by.key === 'by' || by.key === 'from') && toks.slice(np.first, np.last + 1).some((t) => DOCUMENT_NOUNS.has(t.key))) {
        const author = subjectAfter(toks, np.last + 2 + filed);
        // ("filed by state attorney Dave Aronberg": a described name is the author too.)
        if (author && (author.type === 'name' || toks.slice(author.first, author.last + 1).some(isNameWord))) return { np: author, cue: toks[i]!, cueEnd: toks[i + 1]! };
      }
      if (np) return { np, cue: toks[i]!, cueEnd: toks[i + 1]! };
    }
  }
  return null;
}


/** Rules 4 and 6: the nearest cue verb before the quotation in its sentence, and its subject. */
export function frameBefore(toks: Token[], p: number): (Found & { participle: boolean }) | null {
  let weak: (Found & { participle: boolean }) | null = null;
  // Used only when no verb frames the quote: the possessor of a speech noun.
  let possessed: (Found & { participle: boolean }) | null = null;
  // "Bercow commented — which the BBC noted as unusual — “…”": an outlet's verb yields to a named person's.
  let outlet: (Found & { participle: boolean }) | null = null;
  for (let v = p - 1; v >= 0; v--) {
    const x = toks[v]!;
    // "Trump’s claim that there have been “…”", "his remarks about “…”": the possessor is the source.
    // ("Hollande denounced Trump’s remarks as “…”": words after "as" judge the remarks; they are the judge's, not the possessor's.)
    const judged = isWord(toks[v + 1]) && toks[v + 1]!.key === 'as' && v + 2 === p;
    if (!possessed && !judged && isWord(x) && SPEECH_NOUNS.has(x.key) && !x.cap) {
      // "Trump’s recent evidence-free assertion that “…”": modifiers may stand between owner and noun.
      let o = v - 1;
      while (o > v - 1 - MAX_SPEECH_NOUN_MODIFIERS && isNounish(toks[o]) && !SPEECH_NOUNS.has(toks[o]!.key)) o--;
      if (!(isWord(toks[o]) && (POSSESSIVE_WORDS.has(toks[o]!.key) || /['’]s?$/.test(toks[o]!.text)))) o = v - 1;
      const owner = toks[o];
      if (isWord(owner) && (POSSESSIVE_WORDS.has(owner.key) || (owner.cap && /['’]s?$/.test(owner.text) && isNameWord(owner)))) {
        const np = POSSESSIVE_WORDS.has(owner.key) ? { first: o, last: o, type: 'pronoun' as const } : npEndingAt(toks, o, 0);
        if (np) possessed = { np, cue: x, participle: false };
      }
    }
    if (!cueAt(toks, v)) continue;
    const prev = toks[v - 1];
    // "refused to say" is not the frame; "The email goes on to say" is.
    if (isWord(prev) && prev.key === 'to' && !isCue(toks[v - 2]) && !(isWord(toks[v - 2]) && toks[v - 2]!.key === 'on' && isWord(toks[v - 3]) && GO_ON.has(toks[v - 3]!.key))) continue;
    // "anybody who complains …": a relative clause on an indefinite pronoun is not the frame.
    if (isWord(prev) && (prev.key === 'who' || prev.key === 'which') && !isPunct(toks[v - 2], ',') && (!isWord(toks[v - 2]) || INDEFINITES.has(toks[v - 2]!.key))) continue;
    const participle = x.key.endsWith('ing');
    let np: NP | null = null;
    // "a pattern described by Marine Bulletin as “…”", "was called by critics “…”": a passive cue's
    // "by" phrase before the quotation is its source.
    const by = toks[v + 1];
    if (!participle && /ed$/.test(x.key) && isWord(by) && by.key === 'by' && v + 2 < p) {
      const agent = subjectAfter(toks, v + 2);
      if (agent && agent.last < p && agent.type !== 'pronoun') np = agent;
    }
    if (!participle && !np) {
      np = subjectBefore(toks, v, 0);
      // "marching through the streets chanted": an object of a preposition is not the subject.
      if (np && np.type === 'description' && isWord(toks[np.first - 1]) && PREPOSITIONS.has(toks[np.first - 1]!.key)) {
        np = sentenceSubject(toks, np.first);
      }
      // "Said Obama, “…”" / "…, said the spokesman: “…”"
      if (!np && (v === 0 || toks[v - 1]!.kind !== 'word')) {
        const after = subjectAfter(toks, v + 1);
        if (after && (isPunct(toks[after.last + 1], ',:') || toks[after.last + 1]?.kind === 'quote')) np = after;
      }
    }
    // "footage of Trump saying, “…”": a participle right after a name belongs to that name.
    if (!np && participle && (isNameWord(toks[v - 1]) || isPronoun(toks[v - 1]))) {
      np = npEndingAt(toks, v - 1, 0);
      // "at his golf club outside Washington, D.C. saying": a place after a preposition does not say.
      // ("footage of Trump saying" keeps Trump: only a place in apposition, after a comma, is dropped.)
      const b = np ? np.first - 1 : -1;
      const place = isPunct(toks[b], ',') && isNameWord(toks[b - 1]) ? npEndingAt(toks, b - 1, 0) : null;
      if (place && isWord(toks[place.first - 1]) && PREPOSITIONS.has(toks[place.first - 1]!.key)) np = null;
    }
    // "…, with one poster writing “…”", "with many marchers chanting": in a "with" clause the
    // noun phrase before the participle is its subject.
    if (!np && participle && isWord(prev) && !prev.cap) {
      const subject = npEndingAt(toks, v - 1, 0);
      const w = subject ? toks[subject.first - 1] : undefined;
      if (subject && subject.type === 'description' && isWord(w) && w.key === 'with') np = subject;
    }
    if (!np) {
      // "The prince called for Trump to quit, calling him “…”": a participle's subject is the
      // sentence's, also when that is a description.
      // (Not "a message stating": a participle right after a noun modifies that noun.)
      np = sentenceSubject(toks, v, participle && (isPunct(prev, ',') || (isWord(prev) && prev.key === 'by')));
    }
    if (!np) return outlet ?? weak ?? possessed;
    const found = { np, cue: x, participle };
    if (!outlet && isNewsOutlet(toks, np)) {
      outlet = found;
      continue;
    }
    if (outlet && (np.type !== 'name' || isNewsOutlet(toks, np))) return outlet;
    // "Demonstrators said they want “…”": a weak verb inside reported speech yields to the speech verb.
    if (WEAK_CUES.has(x.key)) {
      weak ??= found;
      continue;
    }
    // "She said she recalls the colleague being “confused”": the outer speech verb's subject is the source.
    const outer = outerSpeechVerb(toks, v);
    if (outer >= 0 && !participle) {
      const np2 = subjectBefore(toks, outer, 0);
      if (np2 && np2.type !== 'relative') return { np: np2, cue: toks[outer]!, participle: false };
    }
    return found;
  }
  return outlet ?? weak ?? possessed;
}


/** An earlier say-type verb in the same clause chain before v (no ; or , and / , but between), or -1. */
function outerSpeechVerb(toks: Token[], v: number): number {
  for (let u = v - 1; u >= 0 && u > v - OUTER_SPEECH_WINDOW; u--) {
    const t = toks[u]!;
    if (t.kind === 'quote' || isPunct(t, ';:(,')) return -1;
    if (isWord(t) && (t.key === 'and' || t.key === 'but' || t.key === 'while' || t.key === 'when') ) return -1;
    if (OUTER_SPEECH.has(t.key) && cueAt(toks, u)) return u;
  }
  return -1;
}

/**
 * "“…,” she said. “We feel good.” She noted a rally …", "“…” He added: “…”": after a quotation
 * closed by a full stop, a subject and cue that go on to an object, a that-clause or a quotation
 * of their own open the next sentence; they frame the quotation only when nothing but a time or
 * place phrase follows them ("“…” Trump said.", "“…” Obama said on Tuesday."). `e` is the frame's
 * last token (its cue, or an inverted subject).
 */
export function frameAfterFullStop(toks: Token[], innerEnd: string, e: number): boolean {
  if (!/[^.]\.['’]?$/.test(innerEnd)) return true;
  const next = toks[e + 1];
  if (next !== undefined && !isPunct(next, '.!?,') && !(isWord(next) && (TIME_WORDS.has(next.key) || PREPOSITIONS.has(next.key)))) return false;
  for (let i = e + 1; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.kind === 'quote' || (isWord(t) && t.key === 'that')) return false;
  }
  return true;
}

/** Rule 5: a cue later in the sentence: “…” for Clinton, said Brad Bannon. */
export function frameLater(toks: Token[], p: number): Found | null {
  let lastQuote = -1;
  for (let v = p + 1; v < toks.length; v++) {
    const x = toks[v]!;
    // "Guns are “…” and “stunt children’s growth,” Howard Dean proclaimed", "''They are painful''
    // but necessary ''for the long term,'' he said": the sentence's one frame, after its later
    // quotations, frames this one too.
    if (x.kind === 'quote') {
      lastQuote = v;
      continue;
    }
    if (!cueAt(toks, v) || WEAK_CUES.has(x.key) || x.key.endsWith('ing')) continue;
    // Inverted only after a comma: "…, said Brad Bannon" (not "criticized Obama", a verb and its object).
    const after = isPunct(toks[v - 1], ',') ? subjectAfter(toks, v + 1) : null;
    // "“…” about the decision, said RoseAnn DeMoro, executive director …": an inverted subject that
    // closes its clause is the speaker, not the noun phrase before the comma.
    // ("…, told CBS News." names whom it was told to; "said of Mr. Trump" whom it was about.)
    const closed = after && !ADDRESSING.has(x.key) && !NP_PREPOSITIONS.has(toks[after.first]!.key)
      && (toks[after.last + 1] === undefined || isPunct(toks[after.last + 1], ',.;'));
    if (after && closed) return { np: after, cue: x };
    const before = subjectBefore(toks, v, p + 1);
    // ("wearing “Ted Cruz” campaign pins, said": words run on from a quotation are no subject.)
    if (before && lastQuote >= 0 && before.first === lastQuote + 1 && before.type === 'description' && !DETERMINERS.has(toks[before.first]!.key)) return null;
    if (before) return { np: before, cue: x };
    if (after) return { np: after, cue: x };
    return null;
  }
  return null;
}

/**
 * The guessed subject of a sentence with no cue verb may speak only if it is person- or
 * organisation-like: a pronoun, a description, or a name that acts (not "The Syrian refugee
 * team", where "Syrian" modifies).
 */
export function speakerLike(toks: Token[], np: NP): boolean {
  if (np.type === 'pronoun' || np.type === 'relative') return true;
  if (np.type === 'name') {
    const words = toks.slice(np.first, np.last + 1).filter(isWord);
    const last = words[words.length - 1];
    if (last && words.every((t) => PLACE_WORDS.has(t.key)) && DEMONYM.test(last.key)) return false;
    return true;
  }
  return true;
}
