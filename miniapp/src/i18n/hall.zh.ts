// The hall display's words in Chinese: they travel with the display subpackage.
export const hallZh = {
  hall: {
    noCode: '未指定网点：请在地址后加上网点编码，如 ?code=P01ZWZX',
    notFound: '未找到该网点，请检查网点编码',
    title: '叫号屏',
    calling: '正在叫号',
    goTo: '请到 {{window}} 号窗口',
    idle: '请留意叫号，耐心等候',
    waiting: '等候人数',
    recent: '最近叫号',
    foot: '请扫描网点二维码取号，叫号三次未到将过号',
    voiceOn: '开启语音播报',
    voiceIsOn: '语音播报已开启',
  },
};
