import '../src/ui/support-finder.ts';
