// The reading view's speaker filter: checkboxes by role, URL state, highlights, All/None,
// "only their paragraphs", back/forward, and unknown ids.
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeArticle, sampleCorpus } from './helpers/fixtures.ts';
import { currentUrl, renderApp } from './helpers/render-app.tsx';
import { corpusData, stubClient } from './helpers/stub-client.ts';

const highlights = () =>
  Object.fromEntries([...document.querySelectorAll<HTMLElement>('[data-quote-id]')].map((q) => [q.dataset.quoteId, q.dataset.highlighted]));

describe('speaker filter', () => {
  it('lists speakers with counts, Unattributed, and speaker-page links in a group named Speakers', async () => {
    renderApp('/articles/comey-fired', stubClient(corpusData(sampleCorpus())));
    const group = await screen.findByRole('group', { name: /^Speakers/ });
    const boxes = within(group).getAllByRole('checkbox', { name: /quotation/ });
    expect(boxes).toHaveLength(4);
    expect(boxes[0]).toHaveAccessibleName('Donald Trump Person 2 quotations');
    expect(boxes[1]).toHaveAccessibleName('Matthew Miller Person 1 quotation');
    expect(boxes[2]).toHaveAccessibleName('Sarah Sanders Person 1 quotation');
    expect(boxes[3]).toHaveAccessibleName('Unattributed 1 quotation');
    expect(boxes.every((b) => (b as HTMLInputElement).checked)).toBe(true);
    expect(within(group).getByRole('link', { name: 'Donald Trump' })).toHaveAttribute('href', '/speakers/donald-trump');
  });

  it('says what kind of speaker each is: person, organisation, group, role', async () => {
    const a = makeArticle({
      slug: 'types',
      title: 'Speaker types',
      paragraphs: ['"We will appeal," the State Department said. "Not now," officials said. "Fine," a spokesperson for the hospital said. "Yes," Ann Lee said.'],
      quotes: [
        { text: '"We will appeal,"', speaker: 'State Department', speakerType: 'organisation' },
        { text: '"Not now,"', speaker: 'officials', speakerType: 'group' },
        { text: '"Fine,"', speaker: 'a spokesperson for the hospital', speakerType: 'role' },
        { text: '"Yes,"', speaker: 'Ann Lee' },
      ],
    });
    renderApp('/articles/types', stubClient(corpusData([a])));
    const group = await screen.findByRole('group', { name: /^Speakers/ });
    expect(within(group).getByRole('checkbox', { name: 'State Department Organisation 1 quotation' })).toBeInTheDocument();
    expect(within(group).getByRole('checkbox', { name: 'officials Group 1 quotation' })).toBeInTheDocument();
    expect(within(group).getByRole('checkbox', { name: 'a spokesperson for the hospital Role or title 1 quotation' })).toBeInTheDocument();
    expect(within(group).getByRole('checkbox', { name: 'Ann Lee Person 1 quotation' })).toBeInTheDocument();
    // The link to the speaker's page keeps the bare name.
    expect(within(group).getByRole('link', { name: 'State Department' })).toHaveAttribute('href', '/speakers/state-department');
  });

  it('toggling writes ?speaker= and updates data-highlighted; All and None; back and forward walk it', async () => {
    const { user, router } = renderApp('/articles/comey-fired', stubClient(corpusData(sampleCorpus())));
    const group = await screen.findByRole('group', { name: /^Speakers/ });
    await user.click(within(group).getByRole('button', { name: 'None' }));
    expect(currentUrl(router)).toBe('/articles/comey-fired?speaker=');
    expect(Object.values(highlights()).every((h) => h === 'false')).toBe(true);

    await user.click(within(group).getByRole('checkbox', { name: /Donald Trump/ }));
    expect(currentUrl(router)).toBe('/articles/comey-fired?speaker=donald-trump');
    expect(highlights()).toEqual({ q1: 'true', q2: 'true', q3: 'false', q4: 'false', q5: 'false' });

    await user.click(within(group).getByRole('checkbox', { name: /Unattributed/ }));
    expect(currentUrl(router)).toBe('/articles/comey-fired?speaker=donald-trump&speaker=unattributed');
    expect(highlights()).toEqual({ q1: 'true', q2: 'true', q3: 'false', q4: 'true', q5: 'false' });

    await act(() => router.navigate(-1));
    expect(currentUrl(router)).toBe('/articles/comey-fired?speaker=donald-trump');
    expect(highlights().q4).toBe('false');
    expect(within(group).getByRole('checkbox', { name: /Unattributed/ })).not.toBeChecked();
    await act(() => router.navigate(1));
    expect(highlights().q4).toBe('true');

    await user.click(within(group).getByRole('button', { name: 'All' }));
    expect(currentUrl(router)).toBe('/articles/comey-fired');
    expect(Object.values(highlights()).every((h) => h === 'true')).toBe(true);
  });

  it('unchecking one speaker from "all" keeps the others chosen', async () => {
    const { user, router } = renderApp('/articles/comey-fired', stubClient(corpusData(sampleCorpus())));
    const group = await screen.findByRole('group', { name: /^Speakers/ });
    await user.click(within(group).getByRole('checkbox', { name: /Matthew Miller/ }));
    expect(currentUrl(router)).toBe('/articles/comey-fired?speaker=donald-trump&speaker=sarah-sanders&speaker=unattributed');
    expect(highlights().q3).toBe('false');
  });

  it('"only their paragraphs" collapses the other paragraphs and says how many are hidden', async () => {
    const { user, router } = renderApp('/articles/comey-fired?speaker=matthew-miller', stubClient(corpusData(sampleCorpus())));
    const group = await screen.findByRole('group', { name: /^Speakers/ });
    await user.click(within(group).getByRole('checkbox', { name: 'only their paragraphs' }));
    expect(currentUrl(router)).toBe('/articles/comey-fired?speaker=matthew-miller&only=paragraphs');
    const article = screen.getByRole('article');
    expect(article.querySelectorAll('p')).toHaveLength(1);
    expect(article).toHaveTextContent('2 paragraphs hidden');
    expect(within(article).getAllByText(/paragraphs? hidden/).map((n) => n.textContent)).toEqual(['2 paragraphs hidden', '2 paragraphs hidden']);
    await user.click(within(article).getAllByRole('button', { name: 'Show all paragraphs' })[0]!);
    expect(article.querySelectorAll('p')).toHaveLength(5);
  });

  it('"only their paragraphs" without a filter keeps the paragraphs that quote anyone', async () => {
    const { user } = renderApp('/articles/comey-fired', stubClient(corpusData(sampleCorpus())));
    const group = await screen.findByRole('group', { name: /^Speakers/ });
    await user.click(within(group).getByRole('checkbox', { name: 'only their paragraphs' }));
    expect(within(group).getByRole('checkbox', { name: 'only their paragraphs' })).toBeChecked();
    const article = screen.getByRole('article');
    expect(article.querySelectorAll('p')).toHaveLength(4);
    expect(article).toHaveTextContent('1 paragraph hidden');
  });

  it('says when a speaker could not be looked up (a network failure), instead of "Looking up…" for good', async () => {
    const client = stubClient(corpusData(sampleCorpus()));
    client.loadSpeaker.mockImplementation(() => Promise.reject(new TypeError('Failed to fetch')));
    renderApp('/articles/comey-fired?speaker=someone-else', client);
    await screen.findByRole('article');
    expect(await screen.findByText(/“someone-else” could not be looked up .*reload to try again/)).toBeInTheDocument();
    expect(screen.queryByText(/Looking up speaker/)).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Remove it from the filter' })).toBeInTheDocument();
  });

  it('explains speaker ids the article does not know instead of crashing', async () => {
    renderApp('/articles/comey-fired?speaker=no-such-person&speaker=%E0%A4%A', stubClient(corpusData(sampleCorpus())));
    await screen.findByRole('article');
    expect(await screen.findByText(/unknown speaker, “no-such-person”/)).toBeInTheDocument();
    expect(Object.values(highlights()).every((h) => h === 'false')).toBe(true);
  });
});
