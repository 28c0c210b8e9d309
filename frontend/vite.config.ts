import { fileURLToPath, URL } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

// The running backend for the dev server; RONGHE_BACKEND points elsewhere.
const backend = process.env.RONGHE_BACKEND ?? 'http://localhost:8080'

export default defineConfig({
  plugins: [vue()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    // The specs use the pilot process's real forms as fixtures (src/test/fixtures/forms.ts).
    fs: { allow: ['.', '../processes/src/main/resources/forms'] },
    proxy: {
      '/api': backend,
      '/actuator': backend,
    },
  },
  build: {
    // The Maven build packs this folder into the jar: static/ is served by Spring Boot at '/'.
    outDir: 'target/classes/static',
    emptyOutDir: true,
    // ECharts with only bars, grid, tooltip, legend and canvas is still one ~506 kB chunk; it is
    // fetched when the first chart mounts (components/echarts.ts), never with the app's entry.
    chunkSizeWarningLimit: 520,
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.spec.ts'],
    restoreMocks: true,
    testTimeout: 15_000,
    // Let Vite transform Element Plus, so its CommonJS dependency async-validator (form
    // validation) is imported the way the browser build imports it.
    server: { deps: { inline: ['element-plus'] } },
  },
})
