/** The script-tag entry: one self-contained file that defines `<support-finder>`. */
import './ui/support-finder.ts';
