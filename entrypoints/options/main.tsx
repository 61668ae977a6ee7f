import { render } from 'preact';
import { OptionsPage } from '@/components/options/options-page';
import { SECTIONS } from './sections';

render(<OptionsPage sections={SECTIONS} />, document.getElementById('app')!);
