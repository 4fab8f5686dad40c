/** A read-model document as the API shows it: without the projection runner's bookkeeping. */
export function publicView<T extends object>(doc: T): Omit<T, '_position'> {
  const { _position: _ignored, ...view } = doc as T & { _position?: number };
  return view;
}
