// A prerender worker thread (piscina): the nested build bundles it with the renderer, so it runs as
// built JavaScript. Each task is one page; the page's context comes once, as the pool's workerData.
import { workerData } from 'piscina';
import * as renderer from '../prerender/render-page.tsx';
import { pageWriter, type PageContext, type PageJob } from './prerender-page.ts';

const write = pageWriter(renderer, workerData as PageContext);

/** Writes one page; true when its markup came from the cache. */
export default function prerenderTask(job: PageJob): Promise<boolean> {
  return write(job);
}
