// Vite plugin: build-time ingestion of src/content/articles (or $ARTICLES_DIR).
// PLACEHOLDER from the scaffold; the ingestion work replaces it.
import type { Plugin } from 'vite';

/** Reads, validates and analyses the articles, and emits the `data/` files of the contract. */
export function articlesPlugin(): Plugin {
  return { name: 'quote-reader-articles' };
}
