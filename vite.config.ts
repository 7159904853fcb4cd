/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'

export default defineConfig({
  base: './',
  plugins: [react(), tailwindcss()],
  worker: { format: 'es' },
  // Pyodide's loader finds its files at runtime (public/pyodide); pre-bundling would break that.
  optimizeDeps: { exclude: ['pyodide'] },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'],
    testTimeout: 30000,
    // Test files run one at a time: several spawn language runtimes (worker threads, Pyodide,
    // headless runner processes) and on a 2-core machine running them side by side starved
    // them without making the suite any faster (53 s either way).
    fileParallelism: false,
  },
})
