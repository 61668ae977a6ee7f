export default defineBackground(() => {
  // The engine is wired in by the composer issue; the background stays idle until then.
});
