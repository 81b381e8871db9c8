/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'

// Dev server: `npm run dev` proxies the API to a platform started with `make run` (GONGKAI_API, default :8000).
const api = process.env.GONGKAI_API ?? 'http://127.0.0.1:8000'

export default defineConfig({
  plugins: [
    vue(),
    // Element Plus components (and their CSS) are imported where they are used, so the phone portal does not
    // download the whole library.
    Components({ resolvers: [ElementPlusResolver({ importStyle: 'css', directives: true })], dts: false }),
  ],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: { proxy: { '/api': api, '/.well-known': api } },
  build: {
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender|vue-echarts)/ },
            { name: 'vue', test: /node_modules[\\/](@vue|vue|vue-router|pinia|vue-i18n|@intlify)[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.spec.ts'],
    css: false,
    server: { deps: { inline: ['element-plus'] } },
  },
})
