// The article's "Voices" view (its own lazily loaded chunk): each speaker's share of the quotations
// and of the quoted words, grouped by speaker type, in the speakers' colours. Choosing a speaker
// filters the article to them, as the filter's "Only" does.
import { useMemo } from 'react';
import type { ArticleChunk } from '../contract/article-data.ts';
import { plural } from '../lib/format.ts';
import { SPEAKER_TYPE_LABELS } from '../common/speaker-type.ts';
import { UNATTRIBUTED } from '../lib/speaker-param.ts';
import { articleVoices, percent, type VoiceGroup } from '../lib/voices.ts';
import { VoicesChart, type ChartRow } from './voices-chart.tsx';
import '../styles/voices.css';

/** Heading of each group. */
export function groupLabel(group: VoiceGroup): string {
  return group === 'unattributed' ? 'Unattributed' : SPEAKER_TYPE_LABELS[group].many;
}

interface ArticleVoicesProps {
  article: Pick<ArticleChunk, 'text' | 'quotes' | 'speakers'>;
  /** Colour slot and pattern of each speaker id, as in the text. */
  styleOf(key: string): { slot: number | 'none'; pattern: number };
  /** The URL that filters the article to one speaker. */
  hrefFor(key: string): string;
  onOnly(key: string): void;
}

/** The chart of one article's voices. */
export function ArticleVoices({ article, styleOf, hrefFor, onOnly }: ArticleVoicesProps) {
  const data = useMemo(() => articleVoices(article, UNATTRIBUTED), [article]);
  const rows = data.voices.map<ChartRow>((v) => {
    const q = percent(v.quotes, data.totalQuotes);
    const w = percent(v.words, data.totalWords);
    const style = styleOf(v.key);
    return {
      key: v.key,
      label: v.name,
      group: groupLabel(v.group),
      value: q,
      second: w,
      figure: `${q}% · ${w}%`,
      description: `${plural(v.quotes, 'quotation')} (${q}%), ${plural(v.words, 'quoted word')} (${w}%). Show only ${v.name}.`,
      slot: style.slot,
      pattern: style.pattern,
      href: hrefFor(v.key),
    };
  });
  if (rows.length === 0) return <p className="voices-empty">No quotations in this article.</p>;
  return (
    <VoicesChart
      title="Voices in this article"
      legend="Solid bar: share of the quotations. Outline: share of the quoted words."
      rows={rows}
      max={100}
      onActivate={(row) => onOnly(row.key)}
      columns={[
        { heading: 'Quotations', cell: (r) => `${data.voices.find((v) => v.key === r.key)?.quotes ?? 0} (${r.value}%)` },
        { heading: 'Quoted words', cell: (r) => `${data.voices.find((v) => v.key === r.key)?.words ?? 0} (${r.second ?? 0}%)` },
      ]}
    />
  );
}
