// Adds jest-dom matchers and unmounts between tests.
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy*/waitFor give up after 1 s by default; a shared 2-core machine under load needs longer
// (search's 'finds body text and quotations' took 1.35 s in a loaded CI run). Behaviour, not speed.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => cleanup());
