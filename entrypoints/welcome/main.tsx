import { render } from 'preact';
import { WelcomePage } from '@/components/welcome/welcome-page';

render(<WelcomePage />, document.getElementById('app')!);
