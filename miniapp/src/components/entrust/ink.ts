// Handwriting on a 2d canvas, drawn as it happens: every pen-down starts a new path at its own
// point, so two quick strokes are never joined by a straight line (NutUI's pad deferred each
// segment a tick, and a stroke begun within that tick inherited the last one's point).

/** The part of CanvasRenderingContext2D the ink uses (WeChat's 2d canvas has the same). */
export interface InkContext {
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  stroke(): void;
  clearRect(x: number, y: number, w: number, h: number): void;
  lineWidth: number;
  lineCap: string;
  lineJoin: string;
  strokeStyle: string;
}

export class Ink {
  private drawing = false;
  /** Segments drawn: a tap is not a signature. */
  segments = 0;

  constructor(
    private readonly ctx: InkContext,
    private readonly style: { width: number; colour: string },
  ) {}

  down(x: number, y: number): void {
    this.drawing = true;
    this.ctx.lineWidth = this.style.width;
    this.ctx.lineCap = 'round';
    this.ctx.lineJoin = 'round';
    this.ctx.strokeStyle = this.style.colour;
    this.ctx.beginPath();
    this.ctx.moveTo(x, y);
  }

  move(x: number, y: number): void {
    if (!this.drawing) return;
    this.ctx.lineTo(x, y);
    this.ctx.stroke();
    this.segments += 1;
  }

  up(): void {
    this.drawing = false;
  }

  clear(width: number, height: number): void {
    this.drawing = false;
    this.segments = 0;
    this.ctx.clearRect(0, 0, width, height);
  }
}
