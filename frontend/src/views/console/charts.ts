// ECharts, registered once with only the parts the dashboards use (keeps the console bundle small).
import { use } from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'
import { BarChart, LineChart, PieChart } from 'echarts/charts'
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components'

use([CanvasRenderer, BarChart, LineChart, PieChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent])

export const PALETTE = ['#1d4ed8', '#b3261e', '#e6a23c', '#3f8f1f', '#7c3aed', '#0891b2', '#db2777', '#64748b']
