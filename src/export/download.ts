/**
 * A picture as a PNG, and a file offered for download. The code is the tree's (it came first and is
 * the same for every picture): called here, so that other elements need not import from the tree's
 * folder. When the tree adopts src/export/, the two functions move here and tree-export.ts imports them.
 */
export { svgToPng as rasterize, downloadBlob as offerDownload } from '../components/tree-infographic/tree-export.js';
