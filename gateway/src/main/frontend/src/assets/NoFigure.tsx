/**
 * A table cell's dash where there is no figure: the dash is what the eye needs, the reason (read by
 * screen readers only) says why it is empty.
 */
export function NoFigure({ reason }: { reason: string }) {
  return (
    <>
      <span className="groenagenda-visually-hidden">{reason}</span>
      <span aria-hidden="true">-</span>
    </>
  );
}
