// axe-core's browser build, which sets window.axe when imported (as chai-a11y-axe loads it).
declare module 'axe-core/axe.min.js';
