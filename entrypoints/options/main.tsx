import { render } from 'preact';
import { OptionsPage } from '@/components/options-page';
import { SECTIONS } from './sections';

render(<OptionsPage sections={SECTIONS} />, document.getElementById('app')!);
