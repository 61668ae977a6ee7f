/**
 * IndexedDB for unit tests (Node has none): fake-indexeddb, an in-memory implementation that follows the
 * spec and passes the web platform tests. Each test starts with no databases, as `fakeBrowser.reset()`
 * starts it with empty extension storage.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach } from 'vitest';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
