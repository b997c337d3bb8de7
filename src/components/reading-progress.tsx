// A thin bar at the top of the window showing how far through the article the reader is. Updated
// from scroll events through requestAnimationFrame and direct style writes, never React state.
import { useEffect, useRef, type RefObject } from 'react';

/** Progress through `target` (the article element) as the window scrolls. */
export function ReadingProgress({ target }: { target: RefObject<HTMLElement | null> }) {
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let frame = 0;
    let last = -1;
    const update = () => {
      frame = 0;
      const el = target.current;
      const node = bar.current;
      if (!el || !node) return;
      const rect = el.getBoundingClientRect();
      const total = rect.height - window.innerHeight;
      const done = total <= 0 ? (rect.top < window.innerHeight ? 1 : 0) : Math.min(1, Math.max(0, -rect.top / total));
      const percent = Math.round(done * 100);
      node.style.setProperty('--progress', String(done));
      if (percent !== last) {
        last = percent;
        node.setAttribute('aria-valuenow', String(percent));
      }
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [target]);
  return (
    <div ref={bar} className="reading-progress" role="progressbar" aria-label="Reading progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={0} />
  );
}
