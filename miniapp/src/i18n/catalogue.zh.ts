// The catalogue's words in Chinese (事项清单, 事项详情), and the service kinds and modes that the
// entrustment also names: registered by the pages that show them (i18n/catalogue.ts).
import { ServiceKind, ServiceMode } from '@app/shared';

export const catalogueZh = {
  catalogue: {
    // The domain's own labels stay in shared/ (one place for each truth).
    kind: ServiceKind.labels,
    mode: ServiceMode.labels,
    all: '全部',
    searchField: '搜索事项',
    searchPlaceholder: '搜索事项名称、部门或关键词',
    search: '搜索',
    byScope: '按领域筛选',
    results: '“{{q}}”的搜索结果',
    clearSearch: '清除搜索',
    empty: '暂无相关事项，换个关键词试试',
    commitment: '承诺时限 {{n}} 个工作日',
    statutory: '法定时限 {{n}} 个工作日',
    loadMore: '加载更多',
    noId: '缺少事项编号，请从事项清单进入',
    notFound: '该事项不存在或已调整，请在事项清单中重新查找',
    toList: '查看事项清单',
    department: '办理部门：{{name}}',
    code: '事项编码：{{code}}',
    withdrawn: '该事项已停用，暂不受理新的委托',
    free: '免费',
    freeAll: '代办帮办全程免费',
    agentsCan: '代办帮办员可以为您',
    modes: '服务方式',
    materials: '申请材料（{{n}} 项）',
    noMaterials: '本事项无需提交材料',
    required: '必交',
    optional: '视情况提交',
    commitmentAllowed: '可告知承诺',
    commitmentNote: '标有“可告知承诺”的材料，可签署书面承诺代替提交，由部门事后核查。',
    kindHints: {
      consult: '解答办理条件、流程和所需材料',
      guide: '指导填写表格、准备和核对材料',
      coordinate: '协调相关部门，推动跨部门事项办理',
      handleOnBehalf: '经您委托，由代办员代您跑腿、全程办理',
      assist: '帮办员陪同或协助您本人办理',
    },
    actions: {
      entrust: '委托代办',
      appointment: '预约帮办',
      onSite: '申请上门',
    },
  },
};
