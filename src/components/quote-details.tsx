// The details of an opened quotation with its correction actions: the reading view loads this
// chunk (with @floating-ui/dom) when the reader first points at, focuses or opens a quotation, not
// with the article, since an article's first render never shows it (decision 085).
import type { ArticleChunk } from '../contract/article-data.ts';
import type { Quote } from '../quotes/types.ts';
import type { StoredCorrection } from '../lib/corrections-db.ts';
import { QuotePopover } from './quote-popover.tsx';
import { CorrectionPanel } from './correction-panel.tsx';

/** Props of QuoteDetails: the popover's and the correction panel's. */
export interface QuoteDetailsProps {
  quote: Quote;
  article: ArticleChunk;
  anchor: HTMLElement;
  /** `slug` for a bundled article, `mine:<id>` for the reader's own. */
  articleKey: string;
  corrections: readonly StoredCorrection[];
  onClose(): void;
  onOnly(key: string): void;
  onChanged(message: string, undoKey?: string): void;
}

/** The quote details dialog with "Correct speaker", "Not a quotation" and "Undo correction". */
export function QuoteDetails({ quote, article, anchor, articleKey, corrections, onClose, onOnly, onChanged }: QuoteDetailsProps) {
  return (
    <QuotePopover quote={quote} article={article} anchor={anchor} onClose={onClose} onOnly={onOnly}>
      <CorrectionPanel quote={quote} article={article} articleKey={articleKey} corrections={corrections} onChanged={onChanged} />
    </QuotePopover>
  );
}
