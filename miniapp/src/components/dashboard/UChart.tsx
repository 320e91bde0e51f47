// A uCharts chart: on a Taro Canvas (type 2d) found by a selector query in WeChat, on a plain DOM
// canvas in h5. Only bureau pages use it, so the library stays in the bureau subpackage.
import { Canvas, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import UCharts, { type UChartsOptions } from '@qiun/ucharts';
import { useEffect } from 'react';
import type { Series } from './figures';
import { image } from '../../lib/a11y';

export type ChartProps =
  | { kind: 'column' | 'bar'; stacked?: boolean; categories: string[]; series: Series[]; /** Top of the value axis (it starts at 0). */ max?: number; /** Column labels slanted; by default when there are many or long ones. */ rotateLabels?: boolean }
  | { kind: 'pie'; slices: { name: string; value: number; color: string }[] };

interface CanvasNode {
  width: number;
  height: number;
  getContext(kind: '2d'): unknown;
}
interface Measured {
  node: CanvasNode;
  width: number;
  height: number;
}

/** The canvas behind `id` and its CSS size, or undefined when it is not on screen. */
function findCanvas(id: string): Promise<Measured | undefined> {
  if (process.env.TARO_ENV === 'weapp') {
    return new Promise((resolve) => {
      Taro.createSelectorQuery()
        .select(`#${id}`)
        .fields({ node: true, size: true }, () => undefined)
        .exec((res: ({ node?: CanvasNode; width: number; height: number } | null)[]) => {
          const found = res[0];
          resolve(found?.node ? { node: found.node, width: found.width, height: found.height } : undefined);
        });
    });
  }
  return findDomCanvas(id);
}

function findDomCanvas(id: string): Promise<Measured | undefined> {
  const canvas = typeof document === 'undefined' ? null : document.getElementById(id);
  if (!(canvas instanceof HTMLCanvasElement)) return Promise.resolve(undefined);
  const box = canvas.getBoundingClientRect();
  return Promise.resolve({ node: canvas, width: box.width || canvas.clientWidth, height: box.height || canvas.clientHeight });
}

function optionsFor(props: ChartProps): Omit<UChartsOptions, 'context' | 'width' | 'height' | 'pixelRatio'> {
  if (props.kind === 'pie') {
    return {
      type: 'pie',
      series: props.slices.map((s) => ({ name: s.name, data: s.value, color: s.color })),
      dataLabel: true,
      legend: { show: true, position: 'right', lineHeight: 22 },
      extra: { pie: { border: true, borderColor: '#ffffff', borderWidth: 2, labelWidth: 12 } },
    };
  }
  const valueAxis = { min: 0, ...(props.max === undefined ? {} : { max: props.max }) };
  return {
    type: props.kind,
    categories: props.categories,
    series: props.series,
    dataLabel: !props.stacked,
    // Room on the right for the data label of the longest bar.
    padding: props.kind === 'bar' ? [10, 36, 0, 10] : undefined,
    legend: { show: props.series.length > 1, position: 'top' },
    // The value axis starts at 0 so bars compare honestly: xAxis in a (horizontal) bar chart, yAxis in a column chart.
    xAxis: { disableGrid: props.kind === 'column', rotateLabel: props.rotateLabels ?? (props.kind === 'column' && (props.categories.length > 3 || props.categories.some((c) => c.length > 6))), fontSize: 13, ...(props.kind === 'bar' ? { ...valueAxis, boundaryGap: 'justify' } : {}) },
    yAxis: { gridType: 'dash', ...(props.kind === 'column' ? { data: [valueAxis] } : {}) },
    extra: {
      column: { type: props.stacked ? 'stack' : 'group', width: 18, seriesGap: 2 },
      bar: { type: props.stacked ? 'stack' : 'group', width: 14, seriesGap: 2 },
    },
  };
}

export function UChart({ id, height = 440, label, ...props }: ChartProps & { id: string; height?: number; label: string }) {
  const key = JSON.stringify(props);

  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout>;
    // In WeChat the view layer draws after React's update is sent over, so the canvas may not be
    // there yet: look again a few times before giving up.
    const draw = (attemptsLeft: number) =>
      void findCanvas(id).then((found) => {
        if (!live) return;
        if ((!found || !found.width) && attemptsLeft > 0) {
          timer = setTimeout(() => draw(attemptsLeft - 1), 100);
          return;
        }
        if (!found) return;
        const pixelRatio = process.env.TARO_ENV === 'weapp' ? Taro.getWindowInfo().pixelRatio : (typeof window !== 'undefined' && window.devicePixelRatio) || 1;
        const width = Math.max(1, Math.round(found.width || 345));
        const cssHeight = Math.max(1, Math.round(found.height || height / 2));
        found.node.width = width * pixelRatio;
        found.node.height = cssHeight * pixelRatio;
        // uCharts draws once on construction; a change of data builds a new one on the same canvas.
        new UCharts({
          ...optionsFor(props as ChartProps),
          context: found.node.getContext('2d'),
          canvas2d: true,
          width: width * pixelRatio,
          height: cssHeight * pixelRatio,
          pixelRatio,
          animation: false,
          background: '#FFFFFF',
          // Names of departments are read whole: horizontal bars, and text no smaller than 13 px.
          fontSize: 13,
        });
      });
    timer = setTimeout(() => draw(10), 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // Redrawn whenever the data (key) changes; props itself is a new object on every render.
  }, [id, key, height]);

  const style = { height: `${height / 2}px` };
  return (
    <View className='dash-chart' {...image(label)}>
      {process.env.TARO_ENV === 'weapp' ? (
        <Canvas id={id} canvasId={id} type='2d' className='dash-chart-canvas' style={style} />
      ) : (
        // h5: a plain canvas. Taro's h5 <Canvas> resets its bitmap on every re-render, wiping the chart.
        <canvas id={id} className='dash-chart-canvas' style={style} />
      )}
    </View>
  );
}
