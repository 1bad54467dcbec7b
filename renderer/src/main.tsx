// Entry point of the renderer: picks the transport (taking the web token out of the address bar first),
// then mounts the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startClient } from './api/client';
import { DEFAULT_ROUTE } from './routing/hashRoute';
import './styles/base.css';
import './styles/shell.css';
import './styles/grid.css';
import './styles/detail.css';
import './styles/pages.css';
import './styles/imports.css';
import './styles/risk.css';
import './styles/thumbnail.css';

startClient(DEFAULT_ROUTE);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
