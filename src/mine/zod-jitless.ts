// Zod compiles its parsers with new Function() unless told not to, and the CSP forbids eval. Imported
// first by add-articles.ts, so it runs before the shared validation builds its schemas.
import { z } from 'zod';

z.config({ jitless: true });
