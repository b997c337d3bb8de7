// Sieve: "according to X" anywhere in the quotation's sentence names the source.
import { accordingTo as readAccordingTo } from '../frames.ts';
import { frameFinding, type Sieve } from './sieve.ts';

/** “…,” according to the report / according to a statement released by X's office, “…”. */
export const accordingTo: Sieve = {
  name: 'according-to',
  confidence: 0.9,
  reason: '“according to” names the source',
  // (Read directly: propose() asks each sieve once per quotation and nothing else reads it, so a memo only cost a Map per quotation.)
  apply: (ctx) => frameFinding(ctx.toks, readAccordingTo(ctx.toks)),
};
