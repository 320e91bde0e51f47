// The service points list's words in Chinese (服务网点: levels, nearness, address, hours, phone).
export const pointsZh = {
  points: {
    levels: '网点层级',
    nearestFirst: '已按距您由近到远排列',
    empty: '该层级暂无服务网点',
    parent: '隶属：{{name}}',
    address: '地址：{{address}}',
    hours: '办公时间：{{hours}}',
    extended: '延时服务',
    callLabel: '拨打{{name}}电话 {{phone}}',
    phone: '电话：',
    call: '拨打',
    metres: '{{n}}米',
    kilometres: '{{n}}公里',
  },
};
