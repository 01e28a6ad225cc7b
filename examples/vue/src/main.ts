// Defines <support-finder>; import it once, before the app mounts.
import 'support-finder';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
