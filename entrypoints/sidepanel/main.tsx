import { render } from 'preact';
import '../../lib/ui/base.css';
import './sidepanel.css';
import { SidePanelApp } from './SidePanelApp';

render(<SidePanelApp />, document.getElementById('app')!);
