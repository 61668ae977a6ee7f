import { createEngineHost } from '@/utils/engine-host';

export default defineBackground(() => {
  const handle = createEngineHost();
  browser.runtime.onMessage.addListener((message: unknown) => handle(message));
});
