import { render } from 'preact';
import { DashboardApp } from '@/components/dashboard/dashboard-app';

render(<DashboardApp />, document.getElementById('app')!);
