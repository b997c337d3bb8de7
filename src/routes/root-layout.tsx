// The page frame around every route: skip link, header (site name, search, reading settings),
// keyboard shortcuts, <main id="main"> and footer.
import { Link, NavLink, Outlet, useNavigation } from 'react-router-dom';
import { KeyboardShortcuts } from '../components/keyboard-shortcuts.tsx';
import { ReadingSettingsControl } from '../components/reading-settings-control.tsx';
import { SearchBox } from '../components/search-box.tsx';
import { AppNotices } from '../components/app-notices.tsx';
import { ScrollRestorer } from '../lib/scroll-restoration.ts';

/** The thin bar at the top while a navigation loads; its own component so the frame does not re-render with it. */
function NavLoading() {
  const navigation = useNavigation();
  return <div className="nav-loading" data-active={navigation.state !== 'idle' ? 'true' : 'false'} aria-hidden="true" />;
}

/** The root route's component. */
export function RootLayout() {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <NavLoading />
      <header className="site-header">
        <Link className="site-name" to="/">
          <span className="logo" aria-hidden="true">
            “
          </span>
          <span className="site-name-text">Quote Reader</span>
        </Link>
        <nav className="site-nav" aria-label="Site">
          <NavLink to="/speakers">Speakers</NavLink>
          <NavLink to="/voices">Voices</NavLink>
          <NavLink to="/add">Add article</NavLink>
        </nav>
        <div className="header-tools">
          <SearchBox />
          <ReadingSettingsControl />
          <KeyboardShortcuts />
        </div>
      </header>
      <AppNotices />
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>
          Quote Reader shows who said what in the news. Articles from Wikinews and other sources, under their own licences (shown on each
          article).
        </p>
        <p>
          <Link to="/corrections">Your corrections</Link>
        </p>
      </footer>
      <ScrollRestorer />
    </>
  );
}
