// The floor: the smallest app on the project's own react, react-dom and react-router-dom with
// a data router of two routes (one with a loader). Its first-page JavaScript is what any app on
// this stack must ship; the benchmark budgets Quote Reader's first page as a multiple of it.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, Link, Outlet, RouterProvider, useLoaderData } from 'react-router-dom';

function Layout() {
  return (
    <>
      <nav>
        <Link to="/">Home</Link> <Link to="/about">About</Link>
      </nav>
      <main>
        <Outlet />
      </main>
    </>
  );
}

function Home() {
  const { title } = useLoaderData() as { title: string };
  return <h1>{title}</h1>;
}

function About() {
  return <h1>About</h1>;
}

const router = createBrowserRouter([
  {
    path: '/',
    Component: Layout,
    children: [
      { index: true, Component: Home, loader: () => ({ title: 'Home' }) },
      { path: 'about', Component: About },
    ],
  },
]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
