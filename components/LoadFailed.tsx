/** What shows in place of a part of the extension whose code could not be loaded (never a silent gap). */
export function LoadFailed() {
  return <p class="notice" role="alert">This part of the extension could not be loaded. Close the popup and open it again.</p>;
}
