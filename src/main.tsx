// Browser entry point. PLACEHOLDER from the scaffold; the app work replaces it.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <main><h1>Quote Reader</h1></main>
  </StrictMode>,
);
