// Keyboard shortcuts: j/k between highlighted quotations, n/p through rel links, `/` to the
// search box, `?` (and a button) for the help dialog, and no shortcut while typing.
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, Link, Outlet, RouterProvider, type RouteObject } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { KeyboardShortcuts } from '../../src/components/keyboard-shortcuts.tsx';
import { SearchBox } from '../../src/components/search-box.tsx';

function ArticleStub() {
  return (
    <>
      <h1>Article</h1>
      <p>
        <span data-quote-id="q1" data-speaker="Barack Obama" data-highlighted="true">
          First quote
        </span>{' '}
        <span data-quote-id="q2" data-speaker="Vladimir Putin" data-highlighted="false">
          Filtered out
        </span>{' '}
        <span data-quote-id="q3" data-speaker="Barack Obama" data-highlighted="true" tabIndex={0}>
          Third quote
        </span>
      </p>
      <p hidden>
        <span data-quote-id="q4" data-speaker="Barack Obama" data-highlighted="true">
          In a collapsed paragraph
        </span>
      </p>
      <p>
        <span data-quote-id="q5" data-speaker="Barack Obama" data-highlighted="true">
          Fifth quote
        </span>
      </p>
      <label>
        Note <input type="text" />
      </label>
      <div role="dialog" aria-label="Quote details">
        <button type="button">Copy with citation</button>
      </div>
      <Link to="/articles/next-one" rel="next">
        Next: another article
      </Link>
    </>
  );
}

const routes: RouteObject[] = [
  {
    path: '/',
    element: (
      <>
        <header>
          <SearchBox />
        </header>
        <main>
          <Outlet />
        </main>
        <footer>
          <KeyboardShortcuts />
        </footer>
      </>
    ),
    children: [
      { path: 'articles/first', element: <ArticleStub /> },
      { path: 'articles/next-one', element: <h1>Next article</h1> },
      { path: 'articles/prev-one', element: <h1>Previous article</h1> },
      { path: 'search', element: <h1>Search page</h1> },
    ],
  },
];

function renderArticle() {
  const router = createMemoryRouter(routes, { initialEntries: ['/articles/first'] });
  render(<RouterProvider router={router} />);
  return router;
}

const quote = (id: string) => document.querySelector<HTMLElement>(`[data-quote-id="${id}"]`)!;

afterEach(() => {
  document.body.focus();
});

describe('KeyboardShortcuts', () => {
  it('j and k walk the highlighted quotations in order, skipping filtered and hidden ones', async () => {
    const user = userEvent.setup();
    renderArticle();
    await screen.findByRole('heading', { name: 'Article' });

    await user.keyboard('j');
    // The first j/k/n/p press loads the navigation code (a chunk of its own); later ones act at once.
    await waitFor(() => expect(quote('q1')).toHaveFocus());
    // It was not focusable: j made it focusable without adding it to the Tab order.
    expect(quote('q1')).toHaveAttribute('tabindex', '-1');
    await user.keyboard('j');
    expect(quote('q3')).toHaveFocus();
    expect(quote('q3')).toHaveAttribute('tabindex', '0');
    await user.keyboard('j');
    expect(quote('q5')).toHaveFocus();
    // At the last one, j stays put.
    await user.keyboard('j');
    expect(quote('q5')).toHaveFocus();
    await user.keyboard('k');
    expect(quote('q3')).toHaveFocus();
    await user.keyboard('k');
    expect(quote('q1')).toHaveFocus();
  });

  it('j continues from whatever has focus', async () => {
    const user = userEvent.setup();
    renderArticle();
    await screen.findByRole('heading', { name: 'Article' });
    act(() => quote('q3').focus());
    await user.keyboard('j');
    expect(quote('q5')).toHaveFocus();
  });

  it('does nothing while typing in a field or with Ctrl, Meta or Alt', async () => {
    const user = userEvent.setup();
    const router = renderArticle();
    await screen.findByRole('heading', { name: 'Article' });
    const field = screen.getByRole('textbox', { name: 'Note' });
    await user.click(field);
    await user.keyboard('jn?/');
    expect(field).toHaveFocus();
    expect(field).toHaveValue('jn?/');
    expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('heading', { name: 'Article' }));
    await user.keyboard('{Control>}j{/Control}{Meta>}n{/Meta}{Alt>}j{/Alt}');
    expect(quote('q1')).not.toHaveFocus();
    expect(router.state.location.pathname).toBe('/articles/first');
  });

  it('does nothing while focus is in another dialog (the quote details)', async () => {
    const user = userEvent.setup();
    const router = renderArticle();
    const inDialog = await screen.findByRole('button', { name: 'Copy with citation' });
    act(() => inDialog.focus());
    await user.keyboard('jn');
    expect(inDialog).toHaveFocus();
    expect(router.state.location.pathname).toBe('/articles/first');
  });

  it('n follows the rel="next" link', async () => {
    const user = userEvent.setup();
    const router = renderArticle();
    await screen.findByRole('heading', { name: 'Article' });
    await user.keyboard('n');
    expect(await screen.findByRole('heading', { name: 'Next article' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/articles/next-one');
    // No rel="prev" link here: p does nothing.
    await user.keyboard('p');
    expect(router.state.location.pathname).toBe('/articles/next-one');
  });

  it('/ focuses the search box without typing the slash', async () => {
    const user = userEvent.setup();
    renderArticle();
    await screen.findByRole('heading', { name: 'Article' });
    await user.keyboard('/');
    const box = screen.getByRole('searchbox', { name: 'Search' });
    expect(box).toHaveFocus();
    expect(box).toHaveValue('');
  });

  it('? opens the shortcuts dialog; Esc closes it and focus returns', async () => {
    const user = userEvent.setup();
    renderArticle();
    await screen.findByRole('heading', { name: 'Article' });
    await user.keyboard('jj');
    expect(quote('q3')).toHaveFocus();

    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
    expect(dialog).toHaveTextContent('Next highlighted quotation');
    expect(dialog).toHaveTextContent('Focus the search box');

    // Shortcuts are off while it is open.
    await user.keyboard('j');
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).not.toBeInTheDocument());
    await waitFor(() => expect(quote('q3')).toHaveFocus());
  });

  it('the "Keyboard shortcuts" button opens the same dialog; Close returns focus to it', async () => {
    const user = userEvent.setup();
    renderArticle();
    const button = await screen.findByRole('button', { name: 'Keyboard shortcuts' });
    await user.click(button);
    expect(await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).not.toBeInTheDocument());
    await waitFor(() => expect(button).toHaveFocus());
  });
});

describe('KeyboardShortcuts: cleanup', () => {
  it('stops listening when unmounted', async () => {
    const user = userEvent.setup();
    const router = createMemoryRouter(routes, { initialEntries: ['/search'] });
    const view = render(<RouterProvider router={router} />);
    await screen.findByRole('heading', { name: 'Search page' });
    view.unmount();
    const stray = document.createElement('span');
    stray.dataset.quoteId = 'q1';
    stray.dataset.highlighted = 'true';
    document.body.append(stray);
    await user.keyboard('j');
    expect(stray).not.toHaveFocus();
    stray.remove();
  });
});
