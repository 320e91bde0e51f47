// The signature pad's ink: quick Chinese handwriting is many short strokes, and the second may
// start a moment after the first ends; each pen-down must start a path of its own at its point.
import { Ink, type InkContext } from '../src/components/entrust/ink';

function recordingContext(): InkContext & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    lineWidth: 1,
    lineCap: 'butt',
    lineJoin: 'miter',
    strokeStyle: '#000',
    beginPath: () => calls.push('beginPath'),
    moveTo: (x, y) => calls.push(`moveTo ${x},${y}`),
    lineTo: (x, y) => calls.push(`lineTo ${x},${y}`),
    stroke: () => calls.push('stroke'),
    clearRect: () => calls.push('clear'),
  };
}

test('two strokes in quick succession are two paths: the second begins at its own point, never joined to the first', () => {
  const ctx = recordingContext();
  const ink = new Ink(ctx, { width: 3, colour: '#1f2329' });
  ink.down(10, 10);
  ink.move(20, 20);
  ink.move(30, 10);
  ink.up();
  // The next stroke starts at once (no time passes between the events).
  ink.down(60, 40);
  ink.move(70, 50);
  ink.up();
  expect(ctx.calls).toEqual([
    'beginPath', 'moveTo 10,10', 'lineTo 20,20', 'stroke', 'lineTo 30,10', 'stroke',
    'beginPath', 'moveTo 60,40', 'lineTo 70,50', 'stroke',
  ]);
  expect(ink.segments).toBe(3);
});

test('moves with the pen up draw nothing, and clearing forgets the strokes', () => {
  const ctx = recordingContext();
  const ink = new Ink(ctx, { width: 3, colour: '#1f2329' });
  ink.move(5, 5);
  expect(ctx.calls).toEqual([]);
  ink.down(1, 1);
  ink.move(2, 2);
  ink.clear(100, 50);
  ink.move(3, 3);
  expect(ink.segments).toBe(0);
  expect(ctx.calls.at(-1)).toBe('clear');
});
