// How the app words the working days left: no calendar data here, so the main package stays small.

export function describeDaysLeft(left: number): string {
  if (left > 0) return `剩余${left}个工作日`;
  if (left === 0) return '今日到期';
  return `已超期${-left}个工作日`;
}
