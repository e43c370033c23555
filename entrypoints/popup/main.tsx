import { render } from 'preact';

function App() {
  return (
    <main>
      <h1>Reply Coach</h1>
    </main>
  );
}

render(<App />, document.getElementById('app')!);
