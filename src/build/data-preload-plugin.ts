// Build-only Vite plugin: the page opened directly starts downloading its own data and code with
// the HTML. The app has no server rendering, so without this a route's first data file was
// requested only once the entry script (React, ~100 kB gz) had been fetched, parsed and run its
// loader, and a lazy route's chunk only then too: a waterfall of two or three round trips after the
// entry. A static `<link rel="preload">` in index.html would make every route download every
// other route's files, so a tiny external script (the CSP's script-src 'self' forbids inline ones)
// adds the home page's links on the home page and anywhere else loads a second script, which
// matches the address against a short table and adds the links for that route only; the home page,
// whose first-page JavaScript is held to a budget, never downloads that table (docs/decisions/085, 087). Data links are `as="fetch" crossorigin`, matching the data client's
// fetch() (CORS mode, same-origin credentials), so the loader's request takes the preloaded
// response; chunk links are `modulepreload crossorigin`, as Vite's own dynamic-import preloads are,
// so import() finds them in the module map.
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { dataPaths } from '../contract/article-data.ts';
import { searchPaths } from '../contract/search-data.ts';

/** Stands for the route's one parameter in data paths (a private-use character: never in a real path). */
const PARAM = '\uE000';
/** PARAM as the data path functions write it (they percent-encode their argument). */
const ENCODED_PARAM = encodeURIComponent(PARAM);

/** What one route opened directly preloads. */
export interface RoutePreload {
  /** The route's path under the base, as in app-routes.tsx: '' is the home page, ':param' one segment. */
  path: string;
  /** The data files its loader reads first; `param` is the decoded path parameter. */
  data: (param: string) => string[];
  /** The route module whose chunk (and the chunks it imports statically) the route needs, from the project root. */
  module?: string;
  /** Preload only when this query parameter is non-empty (search without a query reads nothing). */
  query?: string;
}

/** Each directly opened route's first files, the home page first. A route not listed preloads nothing. */
export const ROUTE_PRELOADS: readonly RoutePreload[] = [
  { path: '', data: () => [dataPaths.manifest(), dataPaths.indexPage(0)] },
  { path: 'articles/:param', data: (slug) => [dataPaths.article(slug)], module: 'src/routes/article-page.tsx' },
  { path: 'speakers', data: () => [dataPaths.speakers()], module: 'src/routes/speakers-page.tsx' },
  { path: 'speakers/:param', data: (id) => [dataPaths.speaker(id)], module: 'src/routes/speaker-page.tsx' },
  { path: 'search', data: () => [searchPaths.searchManifest()], module: 'src/routes/search-page.tsx', query: 'q' },
  { path: 'voices', data: () => [dataPaths.voices()], module: 'src/routes/voices-page.tsx' },
];

/** The data files the home page's loader reads first (manifest, then index page 0). */
export const FIRST_DATA_PATHS: readonly string[] = ROUTE_PRELOADS[0]!.data('');

/** The site's base with one trailing slash ("/", "/reader/"). */
const rootOf = (base: string) => (base.endsWith('/') ? base : `${base}/`);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The anchored pattern of a route's address under `root`, one capture group for its parameter; a trailing slash is allowed. */
export function routePattern(root: string, path: string): string {
  const rest = path
    .split('/')
    .map((s) => (s === ':param' ? '([^/]+)' : escapeRegExp(s)))
    .join('/');
  // The home page is the base with or without its trailing slash.
  return path === '' ? `^${escapeRegExp(root.slice(0, -1))}/?$` : `^${escapeRegExp(root)}${rest}/?$`;
}

/** One route in the script's table: [pattern, data templates, chunk files, style files, query parameter]. */
export type PreloadRow = [pattern: string, data: string[], modules: string[], styles: string[], query: string];

/** The route's files as resolved from the bundle (module path -> its chunks and styles). */
export type RouteFiles = (module: string) => { modules: string[]; styles: string[] };

/** The table the script matches, for a base and the bundle's chunk files. */
export function preloadRows(base: string, files: RouteFiles = () => ({ modules: [], styles: [] }), routes: readonly RoutePreload[] = ROUTE_PRELOADS): PreloadRow[] {
  const root = rootOf(base);
  return routes.map((r) => {
    const own = r.module ? files(r.module) : { modules: [], styles: [] };
    return [routePattern(root, r.path), r.data(PARAM), own.modules, own.styles, r.query ?? ''];
  });
}

/**
 * The route table script's source: the first row whose pattern matches the address adds its links
 * (the parameter decoded, then encoded as the data client encodes it); no match, an empty query
 * or an undecodable parameter adds nothing.
 */
export function preloadScript(base: string, rows: readonly PreloadRow[]): string {
  const root = JSON.stringify(rootOf(base));
  return (
    `for(const[x,d,m,c,q]of ${JSON.stringify(rows)}){const k=new RegExp(x).exec(location.pathname);if(!k)continue;` +
    `if(q&&!(new URLSearchParams(location.search).get(q)||"").trim())break;let a="";try{a=k[1]?encodeURIComponent(decodeURIComponent(k[1])):""}catch{break}` +
    `const l=o=>document.head.append(Object.assign(document.createElement("link"),{crossOrigin:"anonymous"},o));` +
    `d.forEach(f=>l({rel:"preload",as:"fetch",type:"application/json",href:${root}+f.replace(${JSON.stringify(ENCODED_PARAM)},a)}));` +
    `m.forEach(f=>l({rel:"modulepreload",href:${root}+f}));c.forEach(f=>l({rel:"preload",as:"style",href:${root}+f}));break}\n`
  );
}

/**
 * The first script's source: on the home page (the base, with or without its trailing slash, any
 * query) it adds the home row's data links itself; anywhere else it loads the route table script
 * (`routesFile`, under the base). Short on purpose: it is first-page JavaScript on every route.
 */
export function firstScript(base: string, home: PreloadRow, routesFile: string): string {
  const root = rootOf(base);
  const homes = root === '/' ? ['/'] : [root, root.slice(0, -1)];
  const el = (tag: string, props: string) => `document.head.append(Object.assign(document.createElement("${tag}"),${props}))`;
  const link = `{rel:"preload",as:"fetch",type:"application/json",crossOrigin:"anonymous",href:${JSON.stringify(root)}+f}`;
  return `${JSON.stringify(homes)}.includes(location.pathname)?${JSON.stringify(home[1])}.map(f=>${el('link', link)}):${el('script', `{async:true,src:${JSON.stringify(root + routesFile)}}`)};\n`;
}

/** Where a script is written under the output directory (`preload`, `preload-routes`): content-hashed, so it caches forever. */
export function preloadFileName(source: string, name = 'preload'): string {
  return `assets/${name}-${createHash('sha256').update(source).digest('hex').slice(0, 8)}.js`;
}

/** index.html with the script's tag before the entry script (or at the end of <head>). */
export function withPreloadTag(html: string, src: string, file = 'index.html'): string {
  const anchor = /<script type="module"/i.exec(html) ?? /<\/head>/i.exec(html);
  if (!anchor) throw new Error(`data-preload: ${file} has no <head> to put the preload script in.`);
  // `async`: it runs as soon as it arrives, blocking neither parsing nor the first render; placed
  // before the module script and its modulepreloads, so its requests go out first.
  return `${html.slice(0, anchor.index)}<script async src="${src}"></script>\n    ${html.slice(anchor.index)}`;
}

/** The part of a Rollup output chunk the plugin reads. */
interface ChunkLike {
  type: 'chunk';
  fileName: string;
  isEntry: boolean;
  facadeModuleId: string | null;
  imports: readonly string[];
  viteMetadata?: { importedCss: ReadonlySet<string> };
}

/** For each route module: its chunk and every chunk it imports statically, minus what the entry already loads; and their styles. */
export function routeFilesOf(chunks: readonly ChunkLike[], projectRoot: string): RouteFiles {
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const closure = (start: string) => {
    const seen = new Set<string>();
    const visit = (f: string) => {
      if (seen.has(f)) return;
      seen.add(f);
      for (const i of byFile.get(f)?.imports ?? []) visit(i);
    };
    visit(start);
    return seen;
  };
  const entry = chunks.find((c) => c.isEntry);
  // The entry's own imports are modulepreloaded by index.html already.
  const loaded = entry ? closure(entry.fileName) : new Set<string>();
  const root = projectRoot.endsWith('/') ? projectRoot : `${projectRoot}/`;
  return (module) => {
    const chunk = chunks.find((c) => c.facadeModuleId === `${root}${module}`);
    if (!chunk) throw new Error(`data-preload: no chunk for ${module} in the bundle (is the route still lazy, the file still there? update ROUTE_PRELOADS).`);
    const files = [...closure(chunk.fileName)].filter((f) => !loaded.has(f));
    const styles = new Set<string>();
    for (const f of files) for (const s of byFile.get(f)?.viteMetadata?.importedCss ?? []) styles.add(s);
    return { modules: files, styles: [...styles] };
  };
}

/** Emits the preload script and loads it from the built index.html, before the entry script's tag. */
export function dataPreloadPlugin(routes: readonly RoutePreload[] = ROUTE_PRELOADS): Plugin {
  let base = '/';
  let projectRoot = '/';
  return {
    name: 'quote-reader-data-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
      projectRoot = config.root;
    },
    generateBundle: {
      // After Vite has written index.html into the bundle, when every chunk's file name is known.
      order: 'post',
      handler(_options, bundle) {
        const html = bundle['index.html'];
        if (!html || html.type !== 'asset') return;
        const chunks = Object.values(bundle).filter((o): o is typeof o & ChunkLike => o.type === 'chunk');
        if (routes[0]?.path !== '') throw new Error('data-preload: the first row of ROUTE_PRELOADS must be the home page (path "").');
        const [home, ...others] = preloadRows(base, routeFilesOf(chunks, projectRoot), routes);
        const table = preloadScript(base, others);
        const tableFile = preloadFileName(table, 'preload-routes');
        const source = firstScript(base, home!, tableFile);
        const fileName = preloadFileName(source);
        this.emitFile({ type: 'asset', fileName: tableFile, source: table });
        this.emitFile({ type: 'asset', fileName, source });
        const text = typeof html.source === 'string' ? html.source : new TextDecoder().decode(html.source);
        html.source = withPreloadTag(text, `${rootOf(base)}${fileName}`);
      },
    },
  };
}
