import { render } from 'preact';
import '../../lib/ui/base.css';
import './popup.css';
import { PopupApp } from './PopupApp';

render(<PopupApp />, document.getElementById('app')!);
