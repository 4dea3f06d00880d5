import { render } from 'preact';

render(
  <main>
    <h1>News Context options</h1>
  </main>,
  document.getElementById('app') as HTMLElement,
);
