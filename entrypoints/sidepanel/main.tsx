import { render } from 'preact';
import { SidePanelApp } from '@/components/panel/side-panel-app';

// `?tabId=` pins the panel to one tab when it is opened as an ordinary page (browser tests, debugging).
const param = new URLSearchParams(location.search).get('tabId');
const tabId = param !== null && /^\d+$/.test(param) ? Number(param) : undefined;

render(<SidePanelApp tabId={tabId} />, document.getElementById('app')!);
