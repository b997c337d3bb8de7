// Remembers the paragraph at the top of the window as the reader scrolls an article, and offers the
// saved one when the article opens again (a button, never a jump the reader did not ask for).
import { useCallback, useEffect, useState, type RefObject } from 'react';
import { loadPlace, savePlace } from './reading-position.ts';

/** The saved paragraph (null when none or dismissed), and actions to go there or forget it. */
export function useReadingPlace(slug: string, article: RefObject<HTMLElement | null>, offer: boolean) {
  const [saved, setSaved] = useState<number | null>(null);

  useEffect(() => {
    setSaved(offer ? (loadPlace(slug)?.paragraph ?? null) : null);
  }, [slug, offer]);

  useEffect(() => {
    let timer = 0;
    const record = () => {
      timer = 0;
      const root = article.current;
      if (!root) return;
      // The first paragraph whose bottom is below the top of the window is the one being read.
      const paras = root.querySelectorAll<HTMLElement>('p[data-para]');
      let current = 0;
      for (const p of paras) {
        if (p.getBoundingClientRect().bottom > 80) {
          current = Number(p.dataset.para ?? 0);
          break;
        }
      }
      savePlace(slug, current);
    };
    // Saving is not urgent: once scrolling pauses, at most every half second.
    const onScroll = () => {
      if (timer) window.clearTimeout(timer);
      timer = window.setTimeout(record, 500);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      window.removeEventListener('scroll', onScroll);
      if (timer) window.clearTimeout(timer);
    };
  }, [slug, article]);

  const resume = useCallback(() => {
    const target = saved === null ? null : article.current?.querySelector<HTMLElement>(`p[data-para="${saved}"]`);
    setSaved(null);
    if (target) {
      target.scrollIntoView?.({ block: 'start' });
      target.setAttribute('tabindex', '-1');
      target.focus({ preventScroll: true });
    }
  }, [saved, article]);
  const dismiss = useCallback(() => {
    setSaved(null);
    savePlace(slug, 0);
  }, [slug]);
  return { saved, resume, dismiss };
}
