// Setup file of every test project: a test that runs no assertion fails ("no test that asserts
// nothing", GUIDE). expect.hasAssertions() is checked when each test ends.
import { beforeEach, expect } from 'vitest';

beforeEach(() => {
  expect.hasAssertions();
});
