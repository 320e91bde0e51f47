// The part of uCharts (@qiun/ucharts, shipped without types) that the dashboard uses.
declare module '@qiun/ucharts' {
  export interface UChartsOptions {
    type: 'column' | 'bar' | 'pie' | 'ring' | 'line';
    context: unknown;
    width: number;
    height: number;
    pixelRatio?: number;
    canvas2d?: boolean;
    categories?: string[];
    series: { name: string; data: number | number[]; color?: string }[];
    color?: string[];
    animation?: boolean;
    background?: string;
    padding?: number[];
    fontSize?: number;
    dataLabel?: boolean;
    legend?: Record<string, unknown>;
    xAxis?: Record<string, unknown>;
    yAxis?: Record<string, unknown>;
    extra?: Record<string, unknown>;
  }
  export default class UCharts {
    constructor(options: UChartsOptions);
    opts: UChartsOptions;
    updateData(data: Partial<UChartsOptions>): void;
  }
}
