// H5 on a desktop browser has a mouse, not a finger: NutUI's Signature listens to touch events only,
// so inside one element a mouse drag is replayed as touchstart / touchmove / touchend on its canvas.

/** How long after a real touch the browser's compatibility mouse events are ignored. */
const TOUCH_GRACE_MS = 800;

function replay(type: 'touchstart' | 'touchmove' | 'touchend', target: Element, e: MouseEvent): void {
  const point = { identifier: 0, target, clientX: e.clientX, clientY: e.clientY, pageX: e.pageX, pageY: e.pageY, screenX: e.screenX, screenY: e.screenY };
  const active = type === 'touchend' ? [] : [point];
  const event = new Event(type, { bubbles: true, cancelable: true });
  Object.defineProperties(event, {
    changedTouches: { value: [point] },
    touches: { value: active },
    targetTouches: { value: active },
  });
  target.dispatchEvent(event);
}

/** Starts the bridge inside `container` (the canvas is looked up on each stroke); returns its stop. */
export function bridgeMouseToTouch(container: HTMLElement): () => void {
  let drawingOn: Element | null = null;
  let lastTouchAt = 0;
  const onTouch = (e: TouchEvent) => {
    if (e.isTrusted) lastTouchAt = Date.now();
  };
  const onDown = (e: MouseEvent) => {
    if (e.button !== 0 || Date.now() - lastTouchAt < TOUCH_GRACE_MS) return;
    const canvas = container.querySelector('canvas');
    if (!canvas) return;
    e.preventDefault();
    drawingOn = canvas;
    replay('touchstart', canvas, e);
  };
  const onMove = (e: MouseEvent) => {
    if (drawingOn) replay('touchmove', drawingOn, e);
  };
  const onUp = (e: MouseEvent) => {
    if (!drawingOn) return;
    replay('touchend', drawingOn, e);
    drawingOn = null;
  };
  container.addEventListener('touchstart', onTouch, { capture: true, passive: true });
  container.addEventListener('mousedown', onDown);
  container.addEventListener('mousemove', onMove);
  container.addEventListener('mouseleave', onUp);
  window.addEventListener('mouseup', onUp);
  return () => {
    container.removeEventListener('touchstart', onTouch, { capture: true });
    container.removeEventListener('mousedown', onDown);
    container.removeEventListener('mousemove', onMove);
    container.removeEventListener('mouseleave', onUp);
    window.removeEventListener('mouseup', onUp);
  };
}
