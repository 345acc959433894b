import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const apiPort = process.env.PORT ?? '4000';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      '/graphql': `http://127.0.0.1:${apiPort}`,
      '/auth': `http://127.0.0.1:${apiPort}`,
      '/calendar': `http://127.0.0.1:${apiPort}`,
      '/export': `http://127.0.0.1:${apiPort}`,
      '/imports': `http://127.0.0.1:${apiPort}`,
    },
  },
  // No source maps: the server would hand the app's source to anyone (it serves none in
  // production either). Vite's dev server makes its own.
  build: { outDir: 'dist', sourcemap: false },
});
