/** The header's search entry point; replaced by the search feature. */
export function SearchBox() {
  return null;
}
