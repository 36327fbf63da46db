import type { Heading, OutlineNode } from './types';

/** Fills each heading's section span and nests the headings by level. */
export function buildOutline(headings: Heading[], textLength: number): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const stack: OutlineNode[] = [];
  for (const heading of headings) {
    const node: OutlineNode = { heading, children: [] };
    while (stack.length && stack[stack.length - 1].heading.level >= heading.level) {
      stack.pop()!.heading.section.end = heading.markerSpan.start;
    }
    (stack.length ? stack[stack.length - 1].children : roots).push(node);
    stack.push(node);
  }
  for (const node of stack) node.heading.section.end = textLength;
  return roots;
}
